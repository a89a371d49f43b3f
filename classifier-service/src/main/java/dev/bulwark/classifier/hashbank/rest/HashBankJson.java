package dev.bulwark.classifier.hashbank.rest;

import dev.bulwark.classifier.hashbank.HashBank;
import java.time.Instant;

/** A hash bank on the wire, with how many hashes of each kind it holds. */
public record HashBankJson(String id, String name, String category, boolean enabled, String description,
        String createdBy, Instant createdAt, Instant updatedAt, long sha256Count, long pdqCount) {

    static HashBankJson of(HashBank b) {
        return new HashBankJson(b.id().toString(), b.name(), b.category(), b.enabled(), b.description(),
                b.createdBy(), b.createdAt(), b.updatedAt(), b.sha256Count(), b.pdqCount());
    }
}
