package dev.bulwark.classifier.tools.train;

import dev.bulwark.classifier.model.FeaturizerSpec;
import dev.bulwark.classifier.model.HashedNgramFeaturizer;
import dev.bulwark.classifier.tools.dataset.LabelledText;
import dev.bulwark.classifier.tools.dataset.Split;
import dev.bulwark.classifier.tools.dataset.TestCorpus;
import java.util.List;
import java.util.stream.IntStream;

/** A small, quick model: every 20th training text, few buckets, no paragraphs, nothing pruned. */
final class TrainingSlice {

    static final TrainingConfig CONFIG = new TrainingConfig(
            new FeaturizerSpec(HashedNgramFeaturizer.NAME, 1, 3, 12, 0, 2000), 0, 3, 1.0, 1L, 0);

    private TrainingSlice() {}

    static List<LabelledText> every20th(Split split) {
        List<LabelledText> texts = TestCorpus.spam().part(split);
        return IntStream.range(0, texts.size()).filter(i -> i % 20 == 0).mapToObj(texts::get).toList();
    }
}
