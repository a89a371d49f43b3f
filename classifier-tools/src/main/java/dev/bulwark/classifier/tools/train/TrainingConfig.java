package dev.bulwark.classifier.tools.train;

import dev.bulwark.classifier.model.FeaturizerSpec;

/**
 * Hyper-parameters of a linear model's training: Tribuo's logistic regression (softmax over the two
 * labels) trained by stochastic gradient descent with AdaGrad, then made compact.
 *
 * @param featurizer the features
 * @param paragraphsPerText each training text is an example whole and, so that the model also learns
 *     what short texts look like, each of its first {@code paragraphsPerText} paragraphs is one too
 * @param epochs passes over the training data
 * @param learningRate AdaGrad's initial learning rate
 * @param seed seeds the order in which examples are visited, so a rerun gives the same weights
 * @param minWeight weights smaller than this in magnitude are dropped from the exported model
 */
public record TrainingConfig(
        FeaturizerSpec featurizer, int paragraphsPerText, int epochs, double learningRate, long seed, double minWeight) {}
