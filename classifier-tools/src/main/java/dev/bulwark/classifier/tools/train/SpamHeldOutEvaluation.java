package dev.bulwark.classifier.tools.train;

import dev.bulwark.classifier.decision.CategoryScore;
import dev.bulwark.classifier.scoring.Classification;
import dev.bulwark.classifier.scoring.Classifier;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.tools.dataset.LabelledText;
import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.Threshold;
import dev.bulwark.policy.UsagePolicy;
import java.util.List;

/**
 * Measures spam detection on held-out texts as Bulwark ships it: each text goes through
 * {@link Classifier#withBundledRules()} (normaliser, rules and models) and its spam category score
 * is compared with the chat surface's thresholds. The spam model's own signal is measured beside it.
 */
public final class SpamHeldOutEvaluation {

    /**
     * The figures.
     *
     * @param count texts measured
     * @param spam of which spam
     * @param threshold the chat surface's spam thresholds
     * @param classifierAtReview the shipped classifier's spam score at the review threshold
     * @param classifierAtBlock the shipped classifier's spam score at the block threshold
     * @param modelAtReview the spam model's probability alone at the review threshold
     * @param modelAtBlock the spam model's probability alone at the block threshold
     */
    public record Report(int count, int spam, Threshold threshold, BinaryMetrics classifierAtReview,
            BinaryMetrics classifierAtBlock, BinaryMetrics modelAtReview, BinaryMetrics modelAtBlock) {}

    private SpamHeldOutEvaluation() {}

    public static Report evaluate(List<LabelledText> heldOut) {
        UsagePolicy policy = PolicyLoader.loadBundled();
        Surface surface = policy.surface(SpamModelTraining.SURFACE).orElseThrow();
        Classifier classifier = Classifier.withBundledRules();
        String modelSignal = "model:" + SpamModelTraining.NAME + "@" + SpamModelTraining.VERSION;
        double[] scores = new double[heldOut.size()];
        double[] modelScores = new double[heldOut.size()];
        for (int i = 0; i < scores.length; i++) {
            Classification c = classifier.classify(policy, surface, heldOut.get(i).text());
            scores[i] = c.scores().stream()
                    .filter(s -> s.category().equals(SpamModelTraining.CATEGORY))
                    .mapToDouble(CategoryScore::score)
                    .findFirst()
                    .orElseThrow();
            modelScores[i] = c.signals().stream()
                    .filter(s -> s.id().equals(modelSignal))
                    .mapToDouble(Signal::weight)
                    .findFirst()
                    .orElse(0);
        }
        boolean[] gold = SpamModelTraining.spamFlags(heldOut);
        Threshold t = surface.thresholdFor(SpamModelTraining.CATEGORY);
        return new Report(heldOut.size(), (int) heldOut.stream().filter(LabelledText::spam).count(), t,
                BinaryMetrics.at(t.review(), scores, gold), BinaryMetrics.at(t.block(), scores, gold),
                BinaryMetrics.at(t.review(), modelScores, gold), BinaryMetrics.at(t.block(), modelScores, gold));
    }
}
