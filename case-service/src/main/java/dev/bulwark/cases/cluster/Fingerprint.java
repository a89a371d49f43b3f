package dev.bulwark.cases.cluster;

import dev.bulwark.classifier.normalize.TextNormalizer;
import java.util.List;
import java.util.Optional;

/**
 * The 64-bit SimHash of an item's text after the classifier's normalisation (case, look-alike
 * letters, leetspeak, spaced and stretched letters), so obfuscated copies of a text fingerprint alike.
 *
 * <p>Lookups go by {@link #BANDS} bands of {@link #BAND_BITS} bits: two fingerprints that differ in at
 * most {@value #MAX_FINDABLE_DISTANCE} bits leave at least one band untouched (pigeonhole), so a
 * near-duplicate always shares a whole band with its match and an index on each band finds it.
 * Stored fingerprints only compare with new ones while the features, hash and normalisation rules
 * stay the same.
 */
public record Fingerprint(long bits) {

    public static final int BANDS = 4;
    public static final int BAND_BITS = 16;
    public static final int MAX_FINDABLE_DISTANCE = BANDS - 1;

    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final int BAND_MASK = (1 << BAND_BITS) - 1;

    /** The fingerprint of a text; empty when it has no letters or digits to compare. */
    public static Optional<Fingerprint> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<String> features = TextFeatures.of(NORMALIZER.normalize(text).text());
        return features.isEmpty() ? Optional.empty() : Optional.of(new Fingerprint(SimHash.of(features)));
    }

    /** How many bits differ. */
    public int distanceTo(Fingerprint other) {
        return Long.bitCount(bits ^ other.bits);
    }

    /** Band {@code index} (0 is the lowest 16 bits) as an unsigned value, 0 to 65535. */
    public int band(int index) {
        if (index < 0 || index >= BANDS) {
            throw new IndexOutOfBoundsException("band " + index);
        }
        return (int) (bits >>> (index * BAND_BITS)) & BAND_MASK;
    }

    /** Whether any band is identical: what the database lookup selects candidates by. */
    public boolean sharesBandWith(Fingerprint other) {
        for (int i = 0; i < BANDS; i++) {
            if (band(i) == other.band(i)) {
                return true;
            }
        }
        return false;
    }
}
