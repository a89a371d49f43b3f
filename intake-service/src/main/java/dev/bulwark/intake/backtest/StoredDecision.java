package dev.bulwark.intake.backtest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What a stored submission needs for a backtest: the surface it appeared on, the category scores the
 * classifier gave, the signals behind them and the reasons of the decision made then. Read leniently
 * from the stored judgement, so rows written before signals were stored still count.
 */
public record StoredDecision(String submissionId, String surface, boolean fallback, Judgement judgement) {

    /** The stored judgement's scores, reasons and signals. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Judgement(List<Score> scores, List<Reason> reasons, List<Signal> signals) {

        public Judgement {
            scores = scores == null ? List.of() : List.copyOf(scores);
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
            signals = signals == null ? List.of() : List.copyOf(signals);
        }
    }

    /** A detector's finding, as far as a decision depends on it (a hash-bank match decides sexual/minors). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Signal(String id, String category, double score) {}

    /** One category's calibrated score. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Score(String category, double confidence) {}

    /** A category that reached REVIEW or BLOCK when the submission was decided. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String category, String verdict, double score, double threshold, boolean autoEnforce) {}
}
