package dev.bulwark.classifier.signal.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksumsTest {

    @Test
    void shouldAcceptValidLuhnAndRejectOneDigitOff() {
        assertThat(Checksums.luhn("4111111111111111")).isTrue();
        assertThat(Checksums.luhn("4111111111111112")).isFalse();
        assertThat(Checksums.luhn("79927398713")).isTrue();
    }

    @Test
    void shouldAcceptValidIbanAndRejectTransposedDigits() {
        assertThat(Checksums.iban("DE89370400440532013000")).isTrue();
        assertThat(Checksums.iban("GB82WEST12345698765432")).isTrue();
        assertThat(Checksums.iban("DE89370400440532013001")).isFalse();
        assertThat(Checksums.iban("DE98370400440532013000")).isFalse();
        assertThat(Checksums.iban("DE89")).isFalse();
    }

    @Test
    void shouldRecogniseIsbn10AndIsbn13() {
        assertThat(Checksums.isbn("9783161484100")).isTrue();
        assertThat(Checksums.isbn("0306406152")).isTrue();
        assertThat(Checksums.isbn("9783161484101")).isFalse();
    }
}
