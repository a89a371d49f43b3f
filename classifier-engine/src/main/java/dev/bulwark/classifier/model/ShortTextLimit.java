package dev.bulwark.classifier.model;

/**
 * How far a model is trusted on texts shorter than most it learned from: below {@code belowChars}
 * normalised characters its probability is capped at {@code maxProbability}, so that on its own it
 * cannot reach a review threshold but still adds to the rules it agrees with.
 *
 * @param belowChars texts with fewer normalised characters are short
 * @param maxProbability the most the model may say about a short text
 */
public record ShortTextLimit(int belowChars, double maxProbability) {

    public ShortTextLimit {
        if (belowChars < 0 || maxProbability < 0 || maxProbability > 1) {
            throw new IllegalArgumentException("invalid short-text limit");
        }
    }

    public double apply(int normalizedLength, double probability) {
        return normalizedLength < belowChars ? Math.min(probability, maxProbability) : probability;
    }
}
