package dev.bulwark.classifier.scoring;

import dev.bulwark.classifier.decision.CategoryScore;
import dev.bulwark.classifier.decision.CategoryScorer;
import dev.bulwark.classifier.decision.DecisionRule;
import dev.bulwark.classifier.model.ModelSignalProvider;
import dev.bulwark.classifier.normalize.NormalizedText;
import dev.bulwark.classifier.normalize.TextNormalizer;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.signal.SignalProvider;
import dev.bulwark.classifier.signal.lexicon.BundledLexicons;
import dev.bulwark.classifier.signal.pii.PiiSignalProvider;
import dev.bulwark.classifier.signal.url.UrlSignalProvider;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.UsagePolicy;
import java.util.ArrayList;
import java.util.List;

/** The scoring use case: normalise, run every signal provider, score the categories, decide. */
public final class Classifier {

    private final TextNormalizer normalizer;
    private final List<SignalProvider> providers;
    private final CategoryScorer scorer = new CategoryScorer();
    private final DecisionRule rule = new DecisionRule();

    public Classifier(TextNormalizer normalizer, List<SignalProvider> providers) {
        this.normalizer = normalizer;
        this.providers = List.copyOf(providers);
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
        return new Classifier(normalizer, all);
    }

    /** Classifies {@code text} under {@code policy} as seen on {@code surface} (one of the policy's). */
    public Classification classify(UsagePolicy policy, Surface surface, String text) {
        NormalizedText normalized = normalizer.normalize(text);
        List<Signal> signals = new ArrayList<>();
        for (SignalProvider provider : providers) {
            signals.addAll(provider.detect(normalized));
        }
        List<CategoryScore> scores = scorer.score(policy, signals);
        return new Classification(scores, signals, rule.decide(surface, scores), policy.version(), modelVersions());
    }

    public List<String> modelVersions() {
        List<String> versions = new ArrayList<>();
        versions.add(TextNormalizer.VERSION);
        providers.forEach(p -> versions.add(p.version()));
        return versions;
    }
}
