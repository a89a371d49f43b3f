package dev.bulwark.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.grpc.Status;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    private static final long MILLI = 1_000_000;
    private static final long TWO_SECONDS = 2_000_000_000L;

    /** ALLOW answers of 1, 2, ... 100 ms, REVIEW of 20 ms twice, three UNAVAILABLE errors, over two seconds. */
    private static RunResult known() {
        Histogram allow = LatencyRecorder.emptyHistogram();
        for (long ms = 1; ms <= 100; ms++) {
            allow.recordValue(ms * MILLI);
        }
        Histogram review = LatencyRecorder.emptyHistogram();
        review.recordValueWithCount(20 * MILLI, 2);
        Histogram unavailable = LatencyRecorder.emptyHistogram();
        unavailable.recordValueWithCount(5 * MILLI, 3);
        return new RunResult("intake max", "closed 4", TWO_SECONDS, Map.of(Outcome.ok("ALLOW"), allow,
                Outcome.ok("REVIEW +case"), review, Outcome.error(Status.Code.UNAVAILABLE), unavailable), 7, 2, 4, 0);
    }

    @Test
    void percentilesOfAKnownHistogram() {
        LatencyStats stats = LatencyStats.of(known().okWithLabel("ALLOW"));

        assertThat(stats.count()).isEqualTo(100);
        // Three significant digits: each value within 0.1 % of the recorded one.
        assertThat(stats.p50()).isCloseTo(50, within(0.05));
        assertThat(stats.p90()).isCloseTo(90, within(0.09));
        assertThat(stats.p99()).isCloseTo(99, within(0.1));
        assertThat(stats.p999()).isCloseTo(100, within(0.1));
        assertThat(stats.max()).isCloseTo(100, within(0.1));
    }

    @Test
    void throughputAndErrorsCountOnlyWhatTheyName() {
        RunResult run = known();

        assertThat(run.okPerSecond()).isEqualTo(51.0);
        assertThat(run.errors()).containsExactly(Map.entry("UNAVAILABLE", 3L));
        assertThat(run.errorCount()).isEqualTo(3);
        assertThat(run.all().getTotalCount()).isEqualTo(105);
    }

    @Test
    void tableHasARunRowWithErrorsAndARowPerVerdict() {
        List<String> rows = new SummaryTable().rows(List.of(known()));

        assertThat(rows.get(0)).isEqualTo(SummaryTable.HEADER);
        assertThat(rows.get(2)).startsWith("| intake max | closed 4 | all OK | 102 | 51 | ")
                .endsWith("| UNAVAILABLE 3 | 7 | 2 |");
        assertThat(rows.get(3)).startsWith("|  |  | ALLOW | 100 | 50 | 50.");
        assertThat(rows.get(4)).startsWith("|  |  | REVIEW +case | 2 | 1 | 20.");
        assertThat(rows).hasSize(5);
    }
}
