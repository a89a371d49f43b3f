package dev.bulwark.classifier.tools.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.classifier.model.LinearModel;
import dev.bulwark.classifier.tools.dataset.LabelledText;
import dev.bulwark.classifier.tools.dataset.Split;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

class BinaryLogisticTrainerTest {

    @Test
    void shouldExportTheMarginsTribuoPredictsWith() {
        BinaryLogisticTrainer trainer = new BinaryLogisticTrainer(TrainingSlice.CONFIG);
        LinearSGDModel tribuo = trainer.train(TrainingSlice.every20th(Split.TRAIN));
        LinearModel exported = trainer.toLinearModel(tribuo);

        for (LabelledText text : TrainingSlice.every20th(Split.TUNE)) {
            double expected = tribuo.predict(trainer.features().example(text.text(), BinaryLogisticTrainer.POSITIVE))
                    .getOutputScores().get(BinaryLogisticTrainer.POSITIVE.getLabel()).getScore();
            double margin = exported.margin(trainer.features().vector(text.text()));

            // Weights are rounded to thousandths on export.
            assertThat(1 / (1 + Math.exp(-margin))).as(text.id()).isCloseTo(expected, within(0.01));
        }
    }
}
