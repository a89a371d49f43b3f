package dev.bulwark.bench.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RowsOptionsTest {

    @Test
    void defaultsGrowFromTenToTheFifthToTenToTheSeventhAtAModestRate() {
        RowsOptions options = RowsOptions.parse();

        assertThat(options.sizes()).containsExactly(100_000L, 1_000_000L, 10_000_000L);
        assertThat(options.prime()).isEqualTo(Duration.ofSeconds(120));
        assertThat(options.rate()).isEqualTo(20);
        assertThat(options.warmUp()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.measured()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void givenSizesAndRateWinOverDefaults() {
        RowsOptions options = RowsOptions.parse("--sizes", "1000, 50_000", "--rate", "250", "--warmup", "0", "--prime", "0");

        assertThat(options.sizes()).containsExactly(1_000L, 50_000L);
        assertThat(options.rate()).isEqualTo(250);
        assertThat(options.warmUp()).isEqualTo(Duration.ZERO);
        assertThat(options.prime()).isEqualTo(Duration.ZERO);
    }

    @Test
    void sizesMustBePositiveWholeNumbersInAscendingOrder() {
        assertThatThrownBy(() -> RowsOptions.parse("--sizes", "1000000,100000")).hasMessageContaining("ascending");
        assertThatThrownBy(() -> RowsOptions.parse("--sizes", "1000,1000")).hasMessageContaining("ascending");
        assertThatThrownBy(() -> RowsOptions.parse("--sizes", "0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> RowsOptions.parse("--sizes", "1e5")).hasMessageContaining("comma-separated");
    }

    @Test
    void unknownOptionsAndBadValuesAreRefused() {
        assertThatThrownBy(() -> RowsOptions.parse("--open-rate", "100")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> RowsOptions.parse("--rate", "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> RowsOptions.parse("--sizes")).hasMessageContaining("missing value");
    }
}
