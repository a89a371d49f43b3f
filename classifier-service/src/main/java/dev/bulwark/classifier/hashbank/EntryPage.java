package dev.bulwark.classifier.hashbank;

import java.util.List;

/** One page of a bank's hashes, oldest first; {@code nextCursor} is null on the last page. */
public record EntryPage(List<HashEntry> entries, String nextCursor) {

    public EntryPage {
        entries = List.copyOf(entries);
    }
}
