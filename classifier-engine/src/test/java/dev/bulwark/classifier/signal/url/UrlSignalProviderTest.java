package dev.bulwark.classifier.signal.url;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.normalize.TextNormalizer;
import dev.bulwark.classifier.signal.Signal;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlSignalProviderTest {

    private final UrlSignalProvider provider = new UrlSignalProvider();

    private List<Signal> detect(String text) {
        return provider.detect(new TextNormalizer().normalize(text));
    }

    @Test
    void shouldCountShortenedLinksTowardsSpamWithoutTrailingPunctuation() {
        String text = "see http://bit.ly/cheap-pills, or t.co/abc!";
        List<Signal> signals = detect(text);

        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("url:shortener");
            assertThat(s.category()).isEqualTo("spam");
            assertThat(s.evidence()).extracting(span -> span.of(text)).containsExactly("http://bit.ly/cheap-pills", "t.co/abc");
        });
    }

    @Test
    void shouldFlagPunycodeAndNonAsciiHostsAsFraud() {
        assertThat(detect("login at https://xn--pypal-4ve.com/signin")).extracting(Signal::id).containsExactly("url:punycode");
        assertThat(detect("login at https://pаypal.com/signin")).extracting(Signal::category).containsExactly("fraud");
    }

    @Test
    void shouldIgnoreOrdinaryLinksAndEmailAddresses() {
        assertThat(detect("docs at https://example.com/guide and www.wikipedia.org, mail a@bit.ly")).isEmpty();
    }

    @Test
    void shouldTakeHostWithoutUserInfoOrPort() {
        assertThat(UrlSignalProvider.hostOf("https://user@Bit.ly:443/x")).isEqualTo("bit.ly");
        assertThat(UrlSignalProvider.hostOf("www.example.com?q=1")).isEqualTo("www.example.com");
    }
}
