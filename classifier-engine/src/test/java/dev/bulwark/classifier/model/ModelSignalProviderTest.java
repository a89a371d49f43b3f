package dev.bulwark.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.classifier.normalize.NormalizedText;
import dev.bulwark.classifier.normalize.TextNormalizer;
import dev.bulwark.classifier.signal.Signal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.codec.digest.MurmurHash3;
import org.junit.jupiter.api.Test;

class ModelSignalProviderTest {

    private static final FeaturizerSpec SPEC = new FeaturizerSpec(HashedNgramFeaturizer.NAME, 3, 3, 12, 0, 1000);
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    /** A model that knows one thing: the trigram "win" is spam. */
    private static ModelSignalProvider winModel(ShortTextLimit limit) {
        byte[] win = "win".getBytes(StandardCharsets.UTF_8);
        double[] weights = new double[SPEC.buckets()];
        weights[MurmurHash3.hash32x86(win, 0, win.length, 0) & (SPEC.buckets() - 1)] = 30;
        ModelDescriptor descriptor = new ModelDescriptor("toy", "7", "spam", SPEC, -3, new PlattScaling(1, 0), limit, "");
        return new ModelSignalProvider(new LinearModelArtifact(descriptor, new LinearModel(weights, -3)));
    }

    private static List<Signal> detect(ModelSignalProvider provider, String text) {
        return provider.detect(NORMALIZER.normalize(text));
    }

    @Test
    void shouldEmitTheCalibratedProbabilityAsOneSignal() {
        String text = "You WIN a prize";
        NormalizedText normalized = NORMALIZER.normalize(text);
        double margin = -3 + 30 / Math.sqrt(normalized.length() - 2);

        List<Signal> signals = winModel(new ShortTextLimit(0, 0.5)).detect(normalized);

        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("model:toy@7");
            assertThat(s.category()).isEqualTo("spam");
            assertThat(s.weight()).isCloseTo(1 / (1 + Math.exp(-margin)), within(1e-12));
            assertThat(s.evidence()).singleElement().satisfies(span -> assertThat(span.of(text)).isEqualTo("WIN"));
        });
    }

    @Test
    void shouldPointEvidenceAtTheWholeWordsOfItsTopNgrams() {
        String text = "Everyone is a W1NNER today!";

        List<Signal> signals = detect(winModel(new ShortTextLimit(0, 0.5)), text);

        assertThat(signals).singleElement().satisfies(s ->
                assertThat(s.evidence()).extracting(span -> span.of(text)).containsExactly("W1NNER"));
    }

    @Test
    void shouldCapItsSayOnShortTexts() {
        List<Signal> signals = detect(winModel(new ShortTextLimit(100, 0.5)), "You WIN a prize");

        assertThat(signals).singleElement().satisfies(s -> assertThat(s.weight()).isEqualTo(0.5));
    }

    @Test
    void shouldStaySilentWhenTheCategoryIsUnlikely() {
        assertThat(detect(winModel(new ShortTextLimit(0, 0.5)), "see you at lunch")).isEmpty();
    }

    @Test
    void shouldShipATrainedSpamModel() {
        ModelSignalProvider spam = ModelSignalProvider.bundledSpamModel();

        assertThat(spam.version()).isEqualTo("spam-model@1");
        assertThat(detect(spam, "Congratulations! You have been selected to receive a FREE iPhone. "
                + "Claim your prize now at www.prize-now.biz before the offer expires!!!"))
                .singleElement().satisfies(s -> assertThat(s.weight()).isGreaterThan(0.9));
        assertThat(detect(spam, "I pushed the fix for the flaky build to the release branch; could you rerun "
                + "the integration tests before we tag it tomorrow?"))
                .allSatisfy(s -> assertThat(s.weight()).isLessThan(0.5));
    }
}
