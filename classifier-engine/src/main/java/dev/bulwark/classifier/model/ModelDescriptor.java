package dev.bulwark.classifier.model;

/**
 * What a linear model artifact says about itself ({@code model.json} beside its weights).
 *
 * @param name model name, also the signal name: signals are {@code model:<name>@<version>}
 * @param version model version, bumped on every retraining
 * @param category policy category the model scores
 * @param featurizer the featuriser the weights were trained on
 * @param bias the linear model's intercept
 * @param calibration maps the margin to a probability
 * @param shortText how far the probability is trusted on short texts
 * @param trainingIdsSha256 SHA-256 of the training example ids, one per line in order, each line ending in a newline
 */
public record ModelDescriptor(
        String name,
        String version,
        String category,
        FeaturizerSpec featurizer,
        double bias,
        PlattScaling calibration,
        ShortTextLimit shortText,
        String trainingIdsSha256) {

    /** The id of the signals this model emits. */
    public String signalId() {
        return "model:" + name + "@" + version;
    }
}
