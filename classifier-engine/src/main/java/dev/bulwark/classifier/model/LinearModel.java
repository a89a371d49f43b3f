package dev.bulwark.classifier.model;

/** A linear scorer over hashed features: its margin is {@code bias + w·x}. */
public final class LinearModel {

    private final double[] weights;
    private final double bias;

    /** {@code weights} has one entry per hash bucket. */
    public LinearModel(double[] weights, double bias) {
        this.weights = weights.clone();
        this.bias = bias;
    }

    public int dimension() {
        return weights.length;
    }

    public double bias() {
        return bias;
    }

    public double weight(int bucket) {
        return weights[bucket];
    }

    public double margin(SparseVector features) {
        double margin = bias;
        for (int k = 0; k < features.size(); k++) {
            margin += weights[features.index(k)] * features.value(k);
        }
        return margin;
    }
}
