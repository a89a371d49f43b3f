package dev.bulwark.classifier.hashbank;

import java.time.Instant;

/**
 * One hash in a bank.
 *
 * @param hash lower-case hex, 64 digits
 * @param label what the image is, in the curator's words (optional)
 * @param source where the hash came from, for example an industry hash list (optional)
 * @param addedBy the person who added it
 */
public record HashEntry(HashKind kind, String hash, String label, String source, String addedBy, Instant addedAt) {}
