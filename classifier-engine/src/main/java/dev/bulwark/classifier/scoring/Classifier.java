package dev.bulwark.classifier.scoring;

import dev.bulwark.classifier.decision.CategoryScore;
import dev.bulwark.classifier.decision.CategoryScorer;
import dev.bulwark.classifier.decision.DecisionRule;
import dev.bulwark.classifier.image.ImageHashes;
import dev.bulwark.classifier.model.ModelSignalProvider;
import dev.bulwark.classifier.normalize.NormalizedText;
import dev.bulwark.classifier.normalize.TextNormalizer;
import dev.bulwark.classifier.signal.ImageSignalProvider;
import dev.bulwark.classifier.signal.PrecomputedSignals;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.signal.SignalProvider;
import dev.bulwark.classifier.signal.lexicon.BundledLexicons;
import dev.bulwark.classifier.signal.pii.PiiSignalProvider;
import dev.bulwark.classifier.signal.url.UrlSignalProvider;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.UsagePolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * The scoring use case: normalise, run every signal provider (text and image), score the categories,
 * decide.
 */
public final class Classifier {

    private final TextNormalizer normalizer;
    private final List<SignalProvider> providers;
    private final List<ImageSignalProvider> imageProviders;
    private final CategoryScorer scorer = new CategoryScorer();
    private final DecisionRule rule = new DecisionRule();

    public Classifier(TextNormalizer normalizer, List<SignalProvider> providers) {
        this(normalizer, providers, List.of());
    }

    private Classifier(TextNormalizer normalizer, List<SignalProvider> providers, List<ImageSignalProvider> imageProviders) {
        this.normalizer = normalizer;
        this.providers = List.copyOf(providers);
        this.imageProviders = List.copyOf(imageProviders);
    }

    /** The detectors shipped with Bulwark: the rule sets and the trained spam model. */
    public static Classifier withBundledRules() {
        return new Classifier(new TextNormalizer(), List.of(
                BundledLexicons.load(), new PiiSignalProvider(), new UrlSignalProvider(), ModelSignalProvider.bundledSpamModel()));
    }

    /** This classifier with one more detector after its own, for example a model brought as ONNX. */
    public Classifier with(SignalProvider provider) {
        List<SignalProvider> all = new ArrayList<>(providers);
        all.add(provider);
        return new Classifier(normalizer, all, imageProviders);
    }

    /** This classifier with image detectors added, for content that carries images. */
    public Classifier withImageSignals(ImageSignalProvider... added) {
        List<ImageSignalProvider> all = new ArrayList<>(imageProviders);
        all.addAll(List.of(added));
        return new Classifier(normalizer, providers, all);
    }

    /** Classifies {@code text} under {@code policy} as seen on {@code surface} (one of the policy's). */
    public Classification classify(UsagePolicy policy, Surface surface, String text) {
        return classify(policy, surface, text, List.of(), List.of());
    }

    /**
     * Classifies text and the hashes of the images that came with it (either may be empty), also
     * weighing signals that detectors outside this classifier found in the same content; each such
     * batch's version joins the model versions.
     */
    public Classification classify(UsagePolicy policy, Surface surface, String text, List<ImageHashes> images,
            List<PrecomputedSignals> precomputed) {
        NormalizedText normalized = normalizer.normalize(text);
        List<Signal> signals = new ArrayList<>();
        for (SignalProvider provider : providers) {
            signals.addAll(provider.detect(normalized));
        }
        if (!images.isEmpty()) {
            for (ImageSignalProvider provider : imageProviders) {
                signals.addAll(provider.detect(images));
            }
        }
        List<String> versions = modelVersions();
        for (PrecomputedSignals batch : precomputed) {
            signals.addAll(batch.signals());
            versions.add(batch.version());
        }
        return decide(policy, surface, signals, versions);
    }

    /**
     * What another policy (a shadowed candidate, a backtested version) decides on the same evidence:
     * the signals of {@code done} scored and decided under {@code policy} and its {@code surface}.
     */
    public Classification reconsider(UsagePolicy policy, Surface surface, Classification done) {
        return decide(policy, surface, done.signals(), done.modelVersions());
    }

    private Classification decide(UsagePolicy policy, Surface surface, List<Signal> signals, List<String> versions) {
        List<CategoryScore> scores = scorer.score(policy, signals);
        return new Classification(scores, signals, rule.decide(surface, scores, signals), policy.version(), versions);
    }

    public List<String> modelVersions() {
        List<String> versions = new ArrayList<>();
        versions.add(TextNormalizer.VERSION);
        providers.forEach(p -> versions.add(p.version()));
        imageProviders.forEach(p -> versions.add(p.version()));
        return versions;
    }
}
