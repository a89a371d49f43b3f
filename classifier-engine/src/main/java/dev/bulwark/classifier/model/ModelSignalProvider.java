package dev.bulwark.classifier.model;

import dev.bulwark.classifier.normalize.NormalizedText;
import dev.bulwark.classifier.normalize.Span;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.signal.SignalProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A trained linear model as a detector: one signal for the model's category whose weight is the
 * calibrated probability, limited on short texts ({@link ShortTextLimit}) and reported from
 * {@value #MIN_PROBABILITY} up so that clearly benign text carries no signal. When the model leans
 * towards its category (probability at least one half) the evidence is the words where the
 * n-grams that pushed the score up the most first occur.
 */
public final class ModelSignalProvider implements SignalProvider {

    /** Below this the model adds next to nothing to a category score and the signal is left out. */
    public static final double MIN_PROBABILITY = 0.05;
    private static final int EVIDENCE_NGRAMS = 3;
    private static final int MAX_WIDENING = 20;

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
        if (text.text().isBlank()) {
            // No text, no evidence: the model's bias alone says nothing about content that is only images.
            return List.of();
        }
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

    /**
     * Where the top buckets' n-grams first occur, widened to the words they touch so that a reviewer
     * reads "viagra" rather than "agr"; n-grams without a letter or digit point at nothing readable.
     */
    private List<Span> evidence(NormalizedText text, int[] buckets) {
        String normalized = text.text();
        boolean[] found = new boolean[buckets.length];
        TreeMap<Integer, Integer> words = new TreeMap<>();
        featurizer.forEachNgram(normalized, (bucket, start, end) -> {
            for (int k = 0; k < buckets.length; k++) {
                if (buckets[k] == bucket && !found[k]) {
                    found[k] = true;
                    wordAround(normalized, start, end).ifPresent(word -> words.put(word[0], word[1]));
                }
            }
        });
        List<Span> spans = new ArrayList<>();
        words.forEach((from, to) -> {
            Span span = text.originalSpan(from, to);
            if (!spans.contains(span)) {
                spans.add(span);
            }
        });
        return spans;
    }

    /** {@code [start, end)} trimmed to its letters and digits, then widened to whole words (at most {@value #MAX_WIDENING} characters each way). */
    private static Optional<int[]> wordAround(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return Optional.empty();
        }
        for (int n = 0; n < MAX_WIDENING && from > 0 && Character.isLetterOrDigit(text.charAt(from - 1)); n++) {
            from--;
        }
        for (int n = 0; n < MAX_WIDENING && to < text.length() && Character.isLetterOrDigit(text.charAt(to)); n++) {
            to++;
        }
        return Optional.of(new int[] {from, to});
    }
}
