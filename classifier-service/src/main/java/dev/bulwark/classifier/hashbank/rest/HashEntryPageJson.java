package dev.bulwark.classifier.hashbank.rest;

import dev.bulwark.classifier.hashbank.EntryPage;
import java.time.Instant;
import java.util.List;

/** One page of a bank's hashes, oldest first; pass {@code nextCursor} back as {@code cursor}, null on the last. */
public record HashEntryPageJson(List<HashEntryJson> hashes, String nextCursor) {

    /** One hash of a bank. */
    public record HashEntryJson(String kind, String hash, String label, String source, String addedBy, Instant addedAt) {}

    static HashEntryPageJson of(EntryPage page) {
        return new HashEntryPageJson(page.entries().stream()
                .map(e -> new HashEntryJson(e.kind().name(), e.hash(), e.label(), e.source(), e.addedBy(), e.addedAt()))
                .toList(), page.nextCursor());
    }
}
