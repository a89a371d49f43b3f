package dev.bulwark.classifier.model;

import java.util.Arrays;

/** A feature vector that stores only its non-zero entries, indices in increasing order. */
public final class SparseVector {

    private final int[] indices;
    private final double[] values;

    public SparseVector(int[] indices, double[] values) {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("indices and values differ in length");
        }
        for (int k = 1; k < indices.length; k++) {
            if (indices[k] <= indices[k - 1]) {
                throw new IllegalArgumentException("indices must increase");
            }
        }
        this.indices = indices.clone();
        this.values = values.clone();
    }

    public int size() {
        return indices.length;
    }

    public int index(int k) {
        return indices[k];
    }

    public double value(int k) {
        return values[k];
    }

    /** The value at {@code index}, zero where the vector has no entry. */
    public double get(int index) {
        int k = Arrays.binarySearch(indices, index);
        return k >= 0 ? values[k] : 0;
    }
}
