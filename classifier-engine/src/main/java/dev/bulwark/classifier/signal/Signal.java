package dev.bulwark.classifier.signal;

import dev.bulwark.classifier.normalize.Span;
import java.util.List;

/**
 * One detector finding.
 *
 * @param id stable id of the detector and rule, for example {@code lexicon:violence:kill}
 * @param category policy category the finding counts towards
 * @param weight strength in [0, 1]
 * @param evidence spans of the original text that matched (none for image signals)
 */
public record Signal(String id, String category, double weight, List<Span> evidence) {

    /** Id prefix of hash-bank matches: {@code hashbank:<bank>:sha256} or {@code hashbank:<bank>:pdq}. */
    public static final String HASH_BANK_PREFIX = "hashbank:";

    public Signal {
        if (weight < 0 || weight > 1) {
            throw new IllegalArgumentException("weight outside [0, 1]: " + weight);
        }
        evidence = List.copyOf(evidence);
    }

    /** Whether this is a match against a curated bank of known items, not a likelihood. */
    public boolean isHashBankMatch() {
        return id.startsWith(HASH_BANK_PREFIX);
    }
}
