package dev.bulwark.classifier.scoring;

import dev.bulwark.classifier.decision.CategoryScore;
import dev.bulwark.classifier.decision.Decision;
import dev.bulwark.classifier.signal.Signal;
import java.util.List;

/** Everything one classification produced: scores, signals, the decision and what made it. */
public record Classification(
        List<CategoryScore> scores,
        List<Signal> signals,
        Decision decision,
        String policyVersion,
        List<String> modelVersions) {

    public Classification {
        scores = List.copyOf(scores);
        signals = List.copyOf(signals);
        modelVersions = List.copyOf(modelVersions);
    }
}
