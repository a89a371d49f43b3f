package dev.bulwark.classifier.signal.pii;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.normalize.TextNormalizer;
import dev.bulwark.classifier.signal.Signal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiiSignalProviderTest {

    private final PiiSignalProvider provider = new PiiSignalProvider();

    private List<Signal> detect(String text) {
        return provider.detect(new TextNormalizer().normalize(text));
    }

    private List<String> evidence(String text, String id) {
        return detect(text).stream().filter(s -> s.id().equals(id))
                .flatMap(s -> s.evidence().stream().map(span -> span.of(text))).toList();
    }

    @Test
    void shouldFindEmailAndE164PhoneOfCanonicalText() {
        String text = "Call me at +1 415 555 0100 or mail jane.doe@example.com";
        List<Signal> signals = detect(text);

        assertThat(signals).extracting(Signal::id).containsExactlyInAnyOrder("pii:phone", "pii:email");
        assertThat(signals).allSatisfy(s -> assertThat(s.category()).isEqualTo("pii"));
        assertThat(evidence(text, "pii:phone")).containsExactly("+1 415 555 0100");
        assertThat(evidence(text, "pii:email")).containsExactly("jane.doe@example.com");
    }

    @Test
    void shouldFindNationalPhoneFormats() {
        assertThat(evidence("ring (415) 555-0100 today", "pii:phone")).containsExactly("(415) 555-0100");
        assertThat(evidence("office 020 7946 0958.", "pii:phone")).containsExactly("020 7946 0958");
        assertThat(evidence("Büro 030 1234567", "pii:phone")).containsExactly("030 1234567");
        assertThat(evidence("+4930123456", "pii:phone")).containsExactly("+4930123456");
    }

    @Test
    void shouldNotTakeOrderNumbersIsbnsOrShortNumbersForPhones() {
        assertThat(detect("Where is order #123456789?")).isEmpty();
        assertThat(detect("order 0123456789 has not arrived")).isEmpty();
        assertThat(detect("ISBN 978-3-16-148410-0 and isbn 0306406152")).isEmpty();
        assertThat(detect("I paid 1500 for 3 of them in 2026")).isEmpty();
    }

    @Test
    void shouldFindPaymentCardsThatPassLuhnOnly() {
        assertThat(evidence("card 4111 1111 1111 1111 exp 12/29", "pii:payment-card")).containsExactly("4111 1111 1111 1111");
        assertThat(evidence("card 5555-5555-5555-4444", "pii:payment-card")).containsExactly("5555-5555-5555-4444");
        assertThat(detect("card 4111 1111 1111 1112")).isEmpty();
    }

    @Test
    void shouldNotTakeLuhnValidNumbersWithoutIssuerPrefixOrIsbnsForCards() {
        assertThat(Checksums.luhn("9783161484100")).isFalse();
        assertThat(Checksums.luhn("1234567812345670")).isTrue();
        assertThat(detect("tracking 1234567812345670")).isEmpty();
        assertThat(detect("parcel 1234 5678 1234 5670")).isEmpty();
    }

    @Test
    void shouldFindIbansThatPassMod97Only() {
        String text = "pay to DE89 3704 0044 0532 0130 00 please";
        assertThat(detect(text)).extracting(Signal::id).containsExactly("pii:iban");
        assertThat(evidence(text, "pii:iban")).containsExactly("DE89 3704 0044 0532 0130 00");
        assertThat(detect("pay to DE89 3704 0044 0532 0130 01 please")).extracting(Signal::id).doesNotContain("pii:iban");
        assertThat(evidence("GB82WEST12345698765432", "pii:iban")).containsExactly("GB82WEST12345698765432");
    }

    @Test
    void shouldFindIpv4AddressesButNotVersionNumbers() {
        assertThat(evidence("my server is 192.168.10.254.", "pii:ipv4")).containsExactly("192.168.10.254");
        assertThat(detect("upgrade to 1.2.3.4.5 or 300.1.1.1")).isEmpty();
    }

    @Test
    void shouldReportOneSignalPerRuleWithEveryOccurrence() {
        List<Signal> signals = detect("a@example.com, b@example.org");
        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.weight()).isEqualTo(0.5);
            assertThat(s.evidence()).hasSize(2);
        });
    }
}
