package dev.bulwark.classifier.tools.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.classifier.model.OnnxModelProvider;
import dev.bulwark.classifier.normalize.TextNormalizer;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.tools.dataset.LabelledText;
import dev.bulwark.classifier.tools.dataset.Split;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.classification.sgd.linear.LinearSGDModel;

class TribuoOnnxExportTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    @Test
    void shouldScoreAnExportedTribuoModelAsTribuoDoes(@TempDir Path dir) throws Exception {
        BinaryLogisticTrainer trainer = new BinaryLogisticTrainer(TrainingSlice.CONFIG);
        LinearSGDModel tribuo = trainer.train(TrainingSlice.every20th(Split.TRAIN));
        TribuoOnnxExport.export(tribuo, TrainingSlice.CONFIG.featurizer(), "tiny-spam", "1", "spam", dir);
        List<LabelledText> texts = TrainingSlice.every20th(Split.TUNE);

        try (OnnxModelProvider onnx = OnnxModelProvider.load(dir)) {
            assertThat(onnx.version()).isEqualTo("tiny-spam-onnx@1");
            for (LabelledText text : texts) {
                double expected = tribuo.predict(trainer.features().example(text.text(), BinaryLogisticTrainer.POSITIVE))
                        .getOutputScores().get(BinaryLogisticTrainer.POSITIVE.getLabel()).getScore();

                double actual = onnx.probabilities(NORMALIZER.normalize(text.text()).text()).get("spam");

                assertThat(actual).as(text.id()).isCloseTo(expected, within(1e-4));
            }
            List<Signal> signals = onnx.detect(NORMALIZER.normalize(texts.get(0).text()));
            assertThat(signals).allSatisfy(s -> {
                assertThat(s.id()).isEqualTo("model:tiny-spam@1");
                assertThat(s.category()).isEqualTo("spam");
            });
        }
    }
}
