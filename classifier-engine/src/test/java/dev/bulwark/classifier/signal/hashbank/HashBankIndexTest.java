package dev.bulwark.classifier.signal.hashbank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.bulwark.classifier.image.ImageHashes;
import dev.bulwark.classifier.image.PdqHash;
import dev.bulwark.classifier.signal.Signal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashBankIndexTest {

    private static final String KNOWN_SHA = "a".repeat(64);
    private static final String OTHER_SHA = "b".repeat(64);
    private static final PdqHash KNOWN_PDQ = PdqHash.fromHex("ad64cd9875e131a177b1f2a0d6b38ae1de9ea80421e4c51dde1b0363deba3466");

    private final HashBankIndex index = new HashBankIndex(List.of(
            new BankHashes("csam-known", "sexual/minors", Set.of(KNOWN_SHA), List.of(KNOWN_PDQ)),
            new BankHashes("gore-known", "violence/graphic", Set.of(OTHER_SHA), List.of())),
            HashBankIndex.DEFAULT_PDQ_THRESHOLD);

    /** {@code hash} with its first {@code bits} bits (counting from the top of the hex form) flipped. */
    private static PdqHash flipped(PdqHash hash, int bits) {
        StringBuilder hex = new StringBuilder(hash.hex());
        for (int i = 0; i < bits / 4; i++) {
            hex.setCharAt(i, Character.forDigit(Character.digit(hex.charAt(i), 16) ^ 0xf, 16));
        }
        return PdqHash.fromHex(hex.toString());
    }

    @Test
    void shouldMatchAnExactSha256AtFullWeightWithoutEvidence() {
        List<Signal> signals = index.detect(List.of(new ImageHashes(KNOWN_SHA.toUpperCase(), null)));

        assertThat(signals).containsExactly(new Signal("hashbank:csam-known:sha256", "sexual/minors", 1.0, List.of()));
        assertThat(signals.get(0).isHashBankMatch()).isTrue();
    }

    @Test
    void shouldMatchAPdqHashWithinTheThresholdWeightedByDistance() {
        Signal near = index.detect(List.of(new ImageHashes(null, flipped(KNOWN_PDQ, 8)))).get(0);
        Signal atThreshold = index.detect(List.of(new ImageHashes(null, flipped(KNOWN_PDQ, 28)))).get(0);

        assertThat(near.id()).isEqualTo("hashbank:csam-known:pdq");
        assertThat(near.category()).isEqualTo("sexual/minors");
        assertThat(near.weight()).isCloseTo(1.0 - 0.2 * 8 / 31, within(1e-9));
        assertThat(atThreshold.weight()).isCloseTo(1.0 - 0.2 * 28 / 31, within(1e-9));
        assertThat(index.detect(List.of(new ImageHashes(null, KNOWN_PDQ)))).singleElement()
                .satisfies(s -> assertThat(s.weight()).isEqualTo(1.0));
    }

    @Test
    void shouldNotMatchAPdqHashBeyondTheThreshold() {
        assertThat(index.detect(List.of(new ImageHashes(null, flipped(KNOWN_PDQ, 32))))).isEmpty();
        assertThat(new HashBankIndex(List.of(new BankHashes("b", "sexual/minors", Set.of(), List.of(KNOWN_PDQ))), 7)
                .detect(List.of(new ImageHashes(null, flipped(KNOWN_PDQ, 8))))).isEmpty();
    }

    @Test
    void shouldReportTheExactMatchAloneWhenBothHashesMatchOneBank() {
        assertThat(index.detect(List.of(new ImageHashes(KNOWN_SHA, KNOWN_PDQ))))
                .extracting(Signal::id).containsExactly("hashbank:csam-known:sha256");
    }

    @Test
    void shouldReportEachMatchingBankOnceWithItsStrongestMatch() {
        List<Signal> signals = index.detect(List.of(
                new ImageHashes(null, flipped(KNOWN_PDQ, 20)),
                new ImageHashes(OTHER_SHA, flipped(KNOWN_PDQ, 4)),
                new ImageHashes("c".repeat(64), null)));

        assertThat(signals).extracting(Signal::id, Signal::category).containsExactly(
                tuple("hashbank:csam-known:pdq", "sexual/minors"),
                tuple("hashbank:gore-known:sha256", "violence/graphic"));
        assertThat(signals.get(0).weight()).isCloseTo(1.0 - 0.2 * 4 / 31, within(1e-9));
    }

    @Test
    void shouldFindNothingInAnEmptyIndexOrWithoutHashes() {
        assertThat(HashBankIndex.empty().detect(List.of(new ImageHashes(KNOWN_SHA, KNOWN_PDQ)))).isEmpty();
        assertThat(index.detect(List.of(new ImageHashes(null, null)))).isEmpty();
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void shouldRefuseAThresholdOutsideTheHash() {
        assertThatThrownBy(() -> new HashBankIndex(List.of(), 256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HashBankIndex(List.of(), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
