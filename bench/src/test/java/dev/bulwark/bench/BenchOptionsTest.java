package dev.bulwark.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.bench.load.ContentMix;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void givenOptionsWinOverDefaults() {
        BenchOptions options = BenchOptions.parse("--concurrency", "8", "--profile", "--open-mix", "50/40/10", "--warmup", "0");

        assertThat(options.concurrency()).isEqualTo(8);
        assertThat(options.openMix()).isEqualTo(new ContentMix(50, 40, 10));
        assertThat(options.warmUp()).isEqualTo(Duration.ZERO);
        assertThat(options.measured()).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.maxMix()).isEqualTo(new ContentMix(100, 0, 0));
        assertThat(options.openRate()).isZero();
        assertThat(options.profile()).isTrue();
        assertThat(BenchOptions.parse().profile()).isFalse();
        assertThat(BenchOptions.parse().warmUp()).as("long enough for the JIT to compile the hot paths").isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void unknownOptionsAndBadValuesAreRefused() {
        assertThatThrownBy(() -> BenchOptions.parse("--threads", "4")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> BenchOptions.parse("--seconds", "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> BenchOptions.parse("--concurrency")).hasMessageContaining("missing value");
    }
}
