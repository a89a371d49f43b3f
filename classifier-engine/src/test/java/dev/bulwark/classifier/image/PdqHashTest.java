package dev.bulwark.classifier.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PdqHashTest {

    private static final String SAMPLE = "ad64cd9875e131a177b1f2a0d6b38ae1de9ea80421e4c51dde1b0363deba3466";

    @Test
    void shouldRoundTripTheHexForm() {
        assertThat(PdqHash.fromHex(SAMPLE).hex()).isEqualTo(SAMPLE);
        assertThat(PdqHash.fromHex(SAMPLE.toUpperCase()).hex()).isEqualTo(SAMPLE);
        assertThat(PdqHash.fromHex(SAMPLE)).isEqualTo(PdqHash.fromHex(SAMPLE.toUpperCase()));
    }

    @Test
    void shouldPrintBit255FirstAndBit0Last() {
        boolean[] high = new boolean[PdqHash.BITS];
        high[255] = true;
        boolean[] low = new boolean[PdqHash.BITS];
        low[0] = true;
        low[17] = true;

        assertThat(PdqHash.fromBits(high).hex()).isEqualTo("8" + "0".repeat(63));
        assertThat(PdqHash.fromBits(low).hex()).isEqualTo("0".repeat(59) + "20001");
        assertThat(PdqHash.fromBits(low).bit(17)).isTrue();
        assertThat(PdqHash.fromBits(low).bit(16)).isFalse();
    }

    @Test
    void shouldMeasureDistanceAsTheNumberOfDifferingBits() {
        PdqHash zeros = PdqHash.fromHex("0".repeat(64));
        PdqHash ones = PdqHash.fromHex("f".repeat(64));
        PdqHash sample = PdqHash.fromHex(SAMPLE);

        assertThat(zeros.distanceTo(ones)).isEqualTo(256);
        assertThat(sample.distanceTo(sample)).isZero();
        assertThat(sample.distanceTo(zeros)).isEqualTo(sample.bitCount());
        assertThat(sample.distanceTo(ones)).isEqualTo(256 - sample.bitCount());
        // The first digit a (1010) against 5 (0101) and the last 6 (0110) against 7 (0111): 4 + 1 bits.
        assertThat(sample.distanceTo(PdqHash.fromHex("5" + SAMPLE.substring(1, 63) + "7"))).isEqualTo(5);
    }

    @Test
    void shouldRefuseAnythingButSixtyFourHexDigits() {
        for (String bad : new String[] {SAMPLE.substring(1), SAMPLE + "0", "g" + SAMPLE.substring(1), "", " " + SAMPLE.substring(1)}) {
            assertThat(PdqHash.isValidHex(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> PdqHash.fromHex(bad)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(PdqHash.isValidHex(null)).isFalse();
    }
}
