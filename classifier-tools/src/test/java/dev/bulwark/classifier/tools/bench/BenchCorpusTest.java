package dev.bulwark.classifier.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCorpusTest {

    private final List<String> corpus = new BenchCorpus().generate(2000, BenchCorpus.DEFAULT_SEED);

    @Test
    void shouldBeTheSameForTheSameSeed() {
        assertThat(new BenchCorpus().generate(2000, BenchCorpus.DEFAULT_SEED)).isEqualTo(corpus);
        assertThat(new BenchCorpus().generate(2000, 7)).isNotEqualTo(corpus);
    }

    @Test
    void shouldHoldShortTextsOnly() {
        assertThat(corpus).hasSize(2000).allSatisfy(text ->
                assertThat(text.length()).isBetween(BenchCorpus.MIN_LENGTH, BenchCorpus.MAX_LENGTH));
    }

    @Test
    void shouldGiveEveryDetectorSomethingToFind() {
        assertThat(corpus.stream().filter(t -> t.contains("@example.com") || t.contains("+1 415 555")).count())
                .isBetween(100L, 300L);
        assertThat(corpus.stream().filter(t -> t.contains("https://") || t.contains("bit.ly/")).count())
                .isBetween(100L, 300L);
        assertThat(corpus).anyMatch(t -> t.contains("idiot")).anyMatch(t -> t.contains("claim your prize"));
    }
}
