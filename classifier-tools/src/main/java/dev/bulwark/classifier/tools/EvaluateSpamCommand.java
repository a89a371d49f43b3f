package dev.bulwark.classifier.tools;

import dev.bulwark.classifier.tools.dataset.DatasetCache;
import dev.bulwark.classifier.tools.dataset.SpamDataset;
import dev.bulwark.classifier.tools.dataset.Split;
import dev.bulwark.classifier.tools.train.SpamHeldOutEvaluation;
import java.util.Locale;

/** {@code evaluate-spam}: the held-out figures of the model card, for the classifier as shipped. */
final class EvaluateSpamCommand {

    private EvaluateSpamCommand() {}

    static void run() throws Exception {
        SpamHeldOutEvaluation.Report r = SpamHeldOutEvaluation.evaluate(
                SpamDataset.load(DatasetCache.fromEnvironment()).part(Split.TEST));
        System.out.println("held-out: " + r.count() + " messages (" + r.spam() + " spam)");
        System.out.printf(Locale.ROOT, "classifier spam score @ review %.2f: %s%n", r.threshold().review(), r.classifierAtReview());
        System.out.printf(Locale.ROOT, "classifier spam score @ block  %.2f: %s%n", r.threshold().block(), r.classifierAtBlock());
        System.out.printf(Locale.ROOT, "spam model alone      @ review %.2f: %s%n", r.threshold().review(), r.modelAtReview());
        System.out.printf(Locale.ROOT, "spam model alone      @ block  %.2f: %s%n", r.threshold().block(), r.modelAtBlock());
    }
}
