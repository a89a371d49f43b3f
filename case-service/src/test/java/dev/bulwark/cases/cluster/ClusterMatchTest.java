package dev.bulwark.cases.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ClusterMatchTest {

    private static final ClusterThreshold THREE = new ClusterThreshold(3);

    /** The pigeonhole argument the band indexes rely on, checked on many random pairs. */
    @Test
    void shouldShareABandWheneverAtMostThreeBitsDiffer() {
        Random random = new Random(3);
        for (int trial = 0; trial < 20_000; trial++) {
            Fingerprint fingerprint = new Fingerprint(random.nextLong());
            long flipped = fingerprint.bits();
            int flips = random.nextInt(4);
            while (Long.bitCount(flipped ^ fingerprint.bits()) < flips) {
                flipped ^= 1L << random.nextInt(64);
            }
            Fingerprint near = new Fingerprint(flipped);
            assertThat(near.distanceTo(fingerprint)).isEqualTo(flips);
            assertThat(near.sharesBandWith(fingerprint)).as("%x vs %x", near.bits(), fingerprint.bits()).isTrue();
        }
    }

    @Test
    void shouldMissFourBitsSpreadOverAllBands() {
        Fingerprint fingerprint = new Fingerprint(0x0123_4567_89ab_cdefL);
        Fingerprint spread = new Fingerprint(fingerprint.bits() ^ (1L | 1L << 16 | 1L << 32 | 1L << 48));

        assertThat(spread.distanceTo(fingerprint)).isEqualTo(4);
        assertThat(spread.sharesBandWith(fingerprint)).isFalse();
    }

    @Test
    void shouldRankNearestFirstAndPreferAnExistingClusterOnATie() {
        Fingerprint probe = new Fingerprint(0L);
        ClusterCandidate twoAway = candidate(0b11L, null);
        ClusterCandidate oneAwayAlone = candidate(0b1L, null);
        ClusterCandidate oneAwayClustered = candidate(0b10L, UUID.randomUUID());
        ClusterCandidate fourAway = candidate(0b1111L, UUID.randomUUID());

        List<ClusterMatch> ranked = ClusterMatch.ranked(probe, List.of(twoAway, oneAwayAlone, oneAwayClustered, fourAway), THREE);

        assertThat(ranked).extracting(ClusterMatch::candidate).containsExactly(oneAwayClustered, oneAwayAlone, twoAway);
        assertThat(ranked).extracting(ClusterMatch::distance).containsExactly(1, 1, 2);
    }

    @Test
    void shouldKeepTheGivenOrderAmongEqualCandidates() {
        ClusterCandidate older = candidate(0L, null);
        ClusterCandidate newer = candidate(0L, null);

        assertThat(ClusterMatch.ranked(new Fingerprint(0L), List.of(older, newer), THREE))
                .extracting(ClusterMatch::candidate).containsExactly(older, newer);
    }

    @Test
    void shouldAdmitOnlyExactCopiesAtThresholdZero() {
        ClusterCandidate copy = candidate(0L, null);

        assertThat(ClusterMatch.ranked(new Fingerprint(0L), List.of(candidate(1L, null), copy), new ClusterThreshold(0)))
                .extracting(ClusterMatch::candidate).containsExactly(copy);
    }

    private static ClusterCandidate candidate(long bits, UUID clusterId) {
        return new ClusterCandidate(UUID.randomUUID(), new Fingerprint(bits), clusterId);
    }
}
