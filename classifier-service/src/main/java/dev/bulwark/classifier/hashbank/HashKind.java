package dev.bulwark.classifier.hashbank;

import dev.bulwark.classifier.image.PdqHash;
import dev.bulwark.classifier.image.Sha256;
import java.util.Locale;
import java.util.Optional;

/** The two kinds of hash a bank holds: exact (SHA-256 of the bytes) and perceptual (PDQ of the pixels). */
public enum HashKind {
    SHA256,
    PDQ;

    /** The kind named {@code name} in any case ({@code sha256}, {@code PDQ}); empty for anything else. */
    public static Optional<HashKind> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.strip().toUpperCase(Locale.ROOT)) {
            case "SHA256" -> Optional.of(SHA256);
            case "PDQ" -> Optional.of(PDQ);
            default -> Optional.empty();
        };
    }

    /** Whether {@code hex} is a hash of this kind: both are 64 hex digits, in either case. */
    public boolean accepts(String hex) {
        return this == SHA256 ? Sha256.isValidHex(hex) : PdqHash.isValidHex(hex);
    }

    /** The stored form: lower-case hex. */
    public String normalise(String hex) {
        return hex.strip().toLowerCase(Locale.ROOT);
    }
}
