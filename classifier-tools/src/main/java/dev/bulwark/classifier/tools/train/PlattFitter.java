package dev.bulwark.classifier.tools.train;

import dev.bulwark.classifier.model.PlattScaling;

/**
 * Fits Platt scaling to margins and labels by Newton's method with a backtracking line search,
 * using Platt's smoothed targets so that a separable tune set does not push the fit to infinity
 * (Lin, Lin and Weng, "A note on Platt's probabilistic outputs for support vector machines", 2007).
 */
public final class PlattFitter {

    private static final int MAX_ITERATIONS = 100;
    private static final double MIN_STEP = 1e-10;
    private static final double HESSIAN_RIDGE = 1e-12;
    private static final double GRADIENT_TOLERANCE = 1e-5;

    private PlattFitter() {}

    public static PlattScaling fit(double[] margins, boolean[] positive) {
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        int negatives = positive.length - positives;
        double hiTarget = (positives + 1.0) / (positives + 2.0);
        double loTarget = 1 / (negatives + 2.0);
        double[] target = new double[positive.length];
        for (int i = 0; i < positive.length; i++) {
            target[i] = positive[i] ? hiTarget : loTarget;
        }
        // Platt's own parameterisation, P = 1 / (1 + exp(A·f + B)); converted on return.
        double a = 0;
        double b = Math.log((negatives + 1.0) / (positives + 1.0));
        double loss = loss(margins, target, a, b);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double h11 = HESSIAN_RIDGE;
            double h22 = HESSIAN_RIDGE;
            double h21 = 0;
            double g1 = 0;
            double g2 = 0;
            for (int i = 0; i < margins.length; i++) {
                double p = 1 / (1 + Math.exp(margins[i] * a + b));
                double d2 = p * (1 - p);
                h11 += margins[i] * margins[i] * d2;
                h22 += d2;
                h21 += margins[i] * d2;
                double d1 = target[i] - p;
                g1 += margins[i] * d1;
                g2 += d1;
            }
            if (Math.abs(g1) < GRADIENT_TOLERANCE && Math.abs(g2) < GRADIENT_TOLERANCE) {
                break;
            }
            double det = h11 * h22 - h21 * h21;
            double da = -(h22 * g1 - h21 * g2) / det;
            double db = -(-h21 * g1 + h11 * g2) / det;
            double slope = g1 * da + g2 * db;
            double step = 1;
            while (step >= MIN_STEP) {
                double newLoss = loss(margins, target, a + step * da, b + step * db);
                if (newLoss < loss + 1e-4 * step * slope) {
                    a += step * da;
                    b += step * db;
                    loss = newLoss;
                    break;
                }
                step /= 2;
            }
            if (step < MIN_STEP) {
                break;
            }
        }
        return new PlattScaling(-a, -b);
    }

    /** Cross-entropy of the targets under {@code 1 / (1 + exp(a·f + b))}, computed without overflow. */
    private static double loss(double[] margins, double[] target, double a, double b) {
        double loss = 0;
        for (int i = 0; i < margins.length; i++) {
            double z = margins[i] * a + b;
            loss += z >= 0 ? target[i] * z + Math.log1p(Math.exp(-z)) : (target[i] - 1) * z + Math.log1p(Math.exp(z));
        }
        return loss;
    }
}
