package dev.bulwark.cases.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SampleRateTest {

    private static final List<String> KEYS = IntStream.range(0, 20_000).mapToObj(i -> UUID.randomUUID().toString()).toList();

    @Test
    void shouldSampleAKeyAlikeEveryTime() {
        SampleRate rate = new SampleRate(0.5);

        List<Boolean> first = KEYS.stream().map(rate::picks).toList();
        List<Boolean> again = KEYS.stream().map(key -> new SampleRate(0.5).picks(key)).toList();

        assertThat(again).isEqualTo(first);
        assertThat(first).contains(true, false);
    }

    @Test
    void shouldSampleNothingAtZeroAndEverythingAtOne() {
        assertThat(KEYS).noneMatch(new SampleRate(0.0)::picks);
        assertThat(KEYS).allMatch(new SampleRate(1.0)::picks);
    }

    @Test
    void shouldSampleAboutTheConfiguredShare() {
        long sampled = KEYS.stream().filter(new SampleRate(0.05)::picks).count();

        // 5 % of 20,000 is 1,000 with a standard deviation of about 31.
        assertThat(sampled).isBetween(850L, 1150L);
    }

    @Test
    void shouldKeepTheSamplesOfASmallerRateInsideThoseOfALargerOne() {
        SampleRate small = new SampleRate(0.02);
        SampleRate large = new SampleRate(0.05);

        assertThat(KEYS.stream().filter(small::picks)).allMatch(large::picks);
    }

    @Test
    void shouldMapKeysIntoTheUnitInterval() {
        assertThat(KEYS).allSatisfy(key -> assertThat(SampleRate.point(key)).isGreaterThanOrEqualTo(0.0).isLessThan(1.0));
        assertThat(SampleRate.point("")).isBetween(0.0, 1.0);
    }

    @Test
    void shouldRefuseARateOutsideZeroToOne() {
        assertThatThrownBy(() -> new SampleRate(-0.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SampleRate(1.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SampleRate(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
