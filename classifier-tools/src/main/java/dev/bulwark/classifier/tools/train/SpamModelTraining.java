package dev.bulwark.classifier.tools.train;

import dev.bulwark.classifier.model.FeaturizerSpec;
import dev.bulwark.classifier.model.HashedNgramFeaturizer;
import dev.bulwark.classifier.model.LinearModel;
import dev.bulwark.classifier.model.LinearModelArtifact;
import dev.bulwark.classifier.model.ModelDescriptor;
import dev.bulwark.classifier.model.ModelSignalProvider;
import dev.bulwark.classifier.model.ShortTextLimit;
import dev.bulwark.classifier.normalize.TextNormalizer;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.tools.dataset.LabelledText;
import dev.bulwark.classifier.tools.dataset.SpamDataset;
import dev.bulwark.classifier.tools.dataset.SpamSplit;
import dev.bulwark.classifier.tools.dataset.Split;
import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Threshold;
import java.time.Duration;
import java.util.List;

/**
 * The recipe of the spam model shipped in the engine's {@code models/spam}: trained on the train
 * split, calibrated (Platt) on the tune split and measured there, as the classifier runs it, at the
 * chat surface's spam thresholds. The held-out split is never read.
 */
public final class SpamModelTraining {

    public static final String NAME = "spam";
    /** Bump on every change of data, features or hyper-parameters. */
    public static final String VERSION = "1";
    public static final String CATEGORY = "spam";
    public static final String SURFACE = "chat";

    /** Chosen on the tune split: see the model card for the alternatives measured. */
    public static final TrainingConfig CONFIG = new TrainingConfig(
            new FeaturizerSpec(HashedNgramFeaturizer.NAME, 1, 4, 16, 0, 5000), 10, 5, 1.0, 42L, 0.5);
    /** Emails teach little about chat-length texts: under 100 characters the model is weak evidence only. */
    public static final ShortTextLimit SHORT_TEXT_LIMIT = new ShortTextLimit(100, 0.35);

    private SpamModelTraining() {}

    /**
     * What one training produced.
     *
     * @param artifact the model to ship
     * @param train the examples trained on
     * @param tune the examples calibrated and measured on
     * @param threshold the chat surface's spam thresholds
     * @param atReview tune metrics at the review threshold
     * @param atBlock tune metrics at the block threshold
     * @param took wall time of featurising and training
     */
    public record Result(LinearModelArtifact artifact, List<LabelledText> train, List<LabelledText> tune,
            Threshold threshold, BinaryMetrics atReview, BinaryMetrics atBlock, Duration took) {}

    public static Result train(SpamDataset data) {
        List<LabelledText> train = data.part(Split.TRAIN);
        List<LabelledText> tune = data.part(Split.TUNE);
        long start = System.nanoTime();
        BinaryLogisticTrainer trainer = new BinaryLogisticTrainer(CONFIG);
        LinearModel model = trainer.toLinearModel(trainer.train(train));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        double[] margins = tune.stream().mapToDouble(t -> model.margin(trainer.features().vector(t.text()))).toArray();
        boolean[] gold = spamFlags(tune);
        ModelDescriptor descriptor = new ModelDescriptor(NAME, VERSION, CATEGORY, CONFIG.featurizer(), model.bias(),
                PlattFitter.fit(margins, gold), SHORT_TEXT_LIMIT, SpamSplit.idsSha256(data.ids(Split.TRAIN)));
        LinearModelArtifact artifact = new LinearModelArtifact(descriptor, model);
        double[] probabilities = probabilities(new ModelSignalProvider(artifact), tune);
        Threshold threshold = spamThreshold();
        return new Result(artifact, train, tune, threshold,
                BinaryMetrics.at(threshold.review(), probabilities, gold),
                BinaryMetrics.at(threshold.block(), probabilities, gold), took);
    }

    /** The spam thresholds of the bundled policy's chat surface, which the figures are reported at. */
    public static Threshold spamThreshold() {
        return PolicyLoader.loadBundled().surface(SURFACE).orElseThrow().thresholdFor(CATEGORY);
    }

    /** The model's signal weight for each text, as the classifier would see it (0 where it reports none). */
    private static double[] probabilities(ModelSignalProvider provider, List<LabelledText> texts) {
        TextNormalizer normalizer = new TextNormalizer();
        return texts.stream()
                .mapToDouble(t -> provider.detect(normalizer.normalize(t.text())).stream()
                        .mapToDouble(Signal::weight)
                        .findFirst()
                        .orElse(0))
                .toArray();
    }

    static boolean[] spamFlags(List<LabelledText> texts) {
        boolean[] flags = new boolean[texts.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = texts.get(i).spam();
        }
        return flags;
    }
}
