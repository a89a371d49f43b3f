package dev.bulwark.classifier.model;

/**
 * Parameters of the hashed character n-gram featuriser, stored with every model that uses it so
 * that training and scoring compute the same features.
 *
 * @param name featuriser name, {@value HashedNgramFeaturizer#NAME}
 * @param minN shortest n-gram, in code points
 * @param maxN longest n-gram, in code points
 * @param bucketBits the features are {@code 2^bucketBits} hash buckets
 * @param seed MurmurHash3 seed
 * @param maxChars only the first {@code maxChars} UTF-16 units of the normalised text are read
 */
public record FeaturizerSpec(String name, int minN, int maxN, int bucketBits, int seed, int maxChars) {

    public FeaturizerSpec {
        if (!HashedNgramFeaturizer.NAME.equals(name)) {
            throw new IllegalArgumentException("unknown featuriser: " + name);
        }
        if (minN < 1 || maxN < minN) {
            throw new IllegalArgumentException("n-gram range must satisfy 1 <= minN <= maxN");
        }
        if (bucketBits < 1 || bucketBits > 30) {
            throw new IllegalArgumentException("bucketBits outside [1, 30]: " + bucketBits);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
    }

    public int buckets() {
        return 1 << bucketBits;
    }
}
