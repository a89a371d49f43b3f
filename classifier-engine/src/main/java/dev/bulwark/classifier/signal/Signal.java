package dev.bulwark.classifier.signal;

import dev.bulwark.classifier.normalize.Span;
import java.util.List;

/**
 * One detector finding.
 *
 * @param id stable id of the detector and rule, for example {@code lexicon:violence:kill}
 * @param category policy category the finding counts towards
 * @param weight strength in [0, 1]
 * @param evidence spans of the original text that matched
 */
public record Signal(String id, String category, double weight, List<Span> evidence) {

    public Signal {
        if (weight < 0 || weight > 1) {
            throw new IllegalArgumentException("weight outside [0, 1]: " + weight);
        }
        evidence = List.copyOf(evidence);
    }
}
