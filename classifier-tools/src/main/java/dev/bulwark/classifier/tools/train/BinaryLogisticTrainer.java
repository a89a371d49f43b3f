package dev.bulwark.classifier.tools.train;

import dev.bulwark.classifier.model.HashedNgramFeaturizer;
import dev.bulwark.classifier.model.LinearModel;
import dev.bulwark.classifier.tools.dataset.LabelledText;
import java.util.List;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.VariableIDInfo;
import org.tribuo.VariableInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a yes/no logistic regression over hashed n-grams with Tribuo and turns it into the
 * engine's {@link LinearModel}: with two labels Tribuo's softmax is a sigmoid of the difference of
 * the two labels' scores, so the engine's weights are the positive label's minus the negative's.
 */
public final class BinaryLogisticTrainer {

    public static final Label POSITIVE = new Label("yes");
    public static final Label NEGATIVE = new Label("no");

    /** AdaGrad's epsilon, Tribuo's default for logistic regression. */
    private static final double ADAGRAD_EPSILON = 0.1;
    /** One example per gradient step, as Tribuo's logistic regression does. */
    private static final int MINIBATCH = 1;
    private static final int LOGGING_INTERVAL = -1;

    private final TrainingConfig config;
    private final HashedFeatures features;

    public BinaryLogisticTrainer(TrainingConfig config) {
        this.config = config;
        this.features = new HashedFeatures(new HashedNgramFeaturizer(config.featurizer()));
    }

    public HashedFeatures features() {
        return features;
    }

    /**
     * Tribuo's model, trained on {@code texts} and their paragraphs as {@link TrainingExamples} says
     * (the {@code spam} flag is the label).
     */
    public LinearSGDModel train(List<LabelledText> texts) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("training texts", labels), labels);
        TrainingExamples.of(texts, config.paragraphsPerText()).stream()
                .parallel()
                .map(e -> features.example(e.text(), e.spam() ? POSITIVE : NEGATIVE))
                .toList()
                .forEach(dataset::add);
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(),
                new AdaGrad(config.learningRate(), ADAGRAD_EPSILON), config.epochs(), LOGGING_INTERVAL, MINIBATCH, config.seed());
        return (LinearSGDModel) trainer.train(dataset);
    }

    /**
     * The engine's model: weights below {@link TrainingConfig#minWeight()} in magnitude dropped, the
     * rest and the bias rounded to thousandths, which keeps the committed artifact small.
     */
    public LinearModel toLinearModel(LinearSGDModel model) {
        DenseMatrix weights = model.getWeightsCopy();
        int positive = model.getOutputIDInfo().getID(POSITIVE);
        int negative = model.getOutputIDInfo().getID(NEGATIVE);
        ImmutableFeatureMap featureMap = model.getFeatureIDMap();
        double[] bucketWeights = new double[config.featurizer().buckets()];
        for (VariableInfo info : featureMap) {
            int id = ((VariableIDInfo) info).getID();
            double weight = weights.get(positive, id) - weights.get(negative, id);
            if (Math.abs(weight) >= config.minWeight()) {
                bucketWeights[HashedFeatures.bucketOf(info.getName())] = thousandths(weight);
            }
        }
        // Tribuo keeps the bias as the last column of the weight matrix.
        int bias = featureMap.size();
        return new LinearModel(bucketWeights, thousandths(weights.get(positive, bias) - weights.get(negative, bias)));
    }

    private static double thousandths(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
