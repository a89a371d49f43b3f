package dev.bulwark.classifier.signal.spam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.normalize.TextNormalizer;
import dev.bulwark.classifier.signal.Signal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpamHeuristicsProviderTest {

    private final SpamHeuristicsProvider provider = new SpamHeuristicsProvider();

    private List<Signal> detect(String text) {
        return provider.detect(new TextNormalizer().normalize(text));
    }

    @Test
    void shouldFlagShoutingOnlyWhenMostLettersAreCapitals() {
        assertThat(detect("BUY THIS AMAZING PRODUCT TODAY")).extracting(Signal::id).containsExactly("spam:shouting");
        assertThat(detect("FREE MONEY for everyone who reads this message")).isEmpty();
        assertThat(detect("OK BYE")).isEmpty();
    }

    @Test
    void shouldFlagRunsOfExclamationMarks() {
        String text = "wow!!! really?!?!";
        List<Signal> signals = detect(text);

        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("spam:exclamations");
            assertThat(s.evidence()).extracting(span -> span.of(text)).containsExactly("!!!", "?!?!");
        });
        assertThat(detect("wow!! nice")).isEmpty();
    }

    @Test
    void shouldFlagMoneyAmounts() {
        String text = "earn $5,000 a week or 300 USD a day";
        assertThat(detect(text)).singleElement().satisfies(s ->
                assertThat(s.evidence()).extracting(span -> span.of(text)).containsExactly("$5,000", "300 USD"));
    }
}
