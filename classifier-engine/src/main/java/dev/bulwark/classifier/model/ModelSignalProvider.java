package dev.bulwark.classifier.model;

import dev.bulwark.classifier.normalize.NormalizedText;
import dev.bulwark.classifier.normalize.Span;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.signal.SignalProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A trained linear model as a detector: one signal for the model's category whose weight is the
 * calibrated probability, limited on short texts ({@link ShortTextLimit}) and reported from
 * {@value #MIN_PROBABILITY} up so that clearly benign text carries no signal. When the model leans
 * towards its category (probability at least one half) the evidence is where the n-grams that
 * pushed the score up the most first occur.
 */
public final class ModelSignalProvider implements SignalProvider {

    /** Below this the model adds next to nothing to a category score and the signal is left out. */
    public static final double MIN_PROBABILITY = 0.05;
    private static final int EVIDENCE_NGRAMS = 3;

    private final ModelDescriptor descriptor;
    private final LinearModel model;
    private final HashedNgramFeaturizer featurizer;

    public ModelSignalProvider(LinearModelArtifact artifact) {
        this.descriptor = artifact.descriptor();
        this.model = artifact.model();
        this.featurizer = new HashedNgramFeaturizer(descriptor.featurizer());
    }

    /** The spam model shipped in {@code models/spam/}. */
    public static ModelSignalProvider bundledSpamModel() {
        return new ModelSignalProvider(LinearModelArtifact.readResource("models/spam"));
    }

    @Override
    public String version() {
        return descriptor.name() + "-model@" + descriptor.version();
    }

    @Override
    public List<Signal> detect(NormalizedText text) {
        SparseVector features = featurizer.featurize(text.text());
        double probability = descriptor.shortText().apply(text.length(),
                descriptor.calibration().probability(model.margin(features)));
        if (probability < MIN_PROBABILITY) {
            return List.of();
        }
        List<Span> evidence = probability >= 0.5 ? evidence(text, topContributors(features)) : List.of();
        return List.of(new Signal(descriptor.signalId(), descriptor.category(), probability, evidence));
    }

    /** The buckets whose weighted features raised the margin the most, largest first. */
    private int[] topContributors(SparseVector features) {
        int[] top = new int[EVIDENCE_NGRAMS];
        double[] contribution = new double[EVIDENCE_NGRAMS];
        int found = 0;
        for (int k = 0; k < features.size(); k++) {
            double c = model.weight(features.index(k)) * features.value(k);
            if (c <= 0 || (found == EVIDENCE_NGRAMS && c <= contribution[found - 1])) {
                continue;
            }
            int at = Math.min(found, EVIDENCE_NGRAMS - 1);
            while (at > 0 && contribution[at - 1] < c) {
                top[at] = top[at - 1];
                contribution[at] = contribution[at - 1];
                at--;
            }
            top[at] = features.index(k);
            contribution[at] = c;
            found = Math.min(found + 1, EVIDENCE_NGRAMS);
        }
        return Arrays.copyOf(top, found);
    }

    private List<Span> evidence(NormalizedText text, int[] buckets) {
        Span[] first = new Span[buckets.length];
        featurizer.forEachNgram(text.text(), (bucket, start, end) -> {
            for (int k = 0; k < buckets.length; k++) {
                if (buckets[k] == bucket && first[k] == null) {
                    first[k] = text.originalSpan(start, end);
                }
            }
        });
        List<Span> spans = new ArrayList<>();
        for (Span span : first) {
            if (span != null) {
                spans.add(span);
            }
        }
        return spans;
    }
}
