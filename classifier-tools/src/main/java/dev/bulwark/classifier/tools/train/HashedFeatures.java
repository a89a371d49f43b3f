package dev.bulwark.classifier.tools.train;

import dev.bulwark.classifier.model.HashedNgramFeaturizer;
import dev.bulwark.classifier.model.SparseVector;
import dev.bulwark.classifier.normalize.TextNormalizer;
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/**
 * Texts as Tribuo examples: normalised and featurised exactly as the engine does when it scores,
 * one Tribuo feature per hash bucket, named {@code h<bucket>}.
 */
public final class HashedFeatures {

    private static final String PREFIX = "h";

    private final TextNormalizer normalizer = new TextNormalizer();
    private final HashedNgramFeaturizer featurizer;

    public HashedFeatures(HashedNgramFeaturizer featurizer) {
        this.featurizer = featurizer;
    }

    public SparseVector vector(String text) {
        return featurizer.featurize(normalizer.normalize(text).text());
    }

    public Example<Label> example(String text, Label label) {
        SparseVector vector = vector(text);
        String[] names = new String[vector.size()];
        double[] values = new double[vector.size()];
        for (int k = 0; k < vector.size(); k++) {
            names[k] = featureName(vector.index(k));
            values[k] = vector.value(k);
        }
        return new ArrayExample<>(label, names, values);
    }

    public static String featureName(int bucket) {
        return PREFIX + bucket;
    }

    public static int bucketOf(String featureName) {
        if (!featureName.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a hash bucket feature: " + featureName);
        }
        return Integer.parseInt(featureName.substring(PREFIX.length()));
    }
}
