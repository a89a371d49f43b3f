package dev.bulwark.classifier.model;

/**
 * Platt scaling: turns a linear model's margin into a probability {@code 1 / (1 + e^-(a·m + b))},
 * with {@code a} and {@code b} fitted on data the model was not trained on.
 */
public record PlattScaling(double a, double b) {

    public double probability(double margin) {
        return 1 / (1 + Math.exp(-(a * margin + b)));
    }
}
