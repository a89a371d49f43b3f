package dev.bulwark.classifier.signal;

import java.util.List;

/**
 * Signals a detector outside the classifier already produced for the text (for example an external
 * moderation service), with the version string that names that detector in the model versions.
 */
public record PrecomputedSignals(String version, List<Signal> signals) {

    public PrecomputedSignals {
        signals = List.copyOf(signals);
    }
}
