package dev.bulwark.bench.rows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.bench.load.Outcome;
import dev.bulwark.bench.load.RunResult;
import io.grpc.Status;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class RowsReportTest {

    private static final long MILLI = 1_000_000;

    /** A step whose every ALLOW call took {@code millis}, with {@code unavailable} failed calls. */
    private static SizeRun step(long rows, long millis, long unavailable) {
        Map<Outcome, Histogram> byOutcome = new HashMap<>();
        Histogram allow = new Histogram(Duration.ofMinutes(1).toNanos(), 3);
        allow.recordValueWithCount(millis * MILLI, 3_000);
        byOutcome.put(Outcome.ok("ALLOW"), allow);
        if (unavailable > 0) {
            Histogram failed = new Histogram(Duration.ofMinutes(1).toNanos(), 3);
            failed.recordValueWithCount(MILLI, unavailable);
            byOutcome.put(Outcome.error(Status.Code.UNAVAILABLE), failed);
        }
        RunResult run = new RunResult("rows " + rows, "open 100/s", Duration.ofSeconds(30).toNanos(), byOutcome, 0, 0, 5, 0);
        return new SizeRun(rows, Duration.ofSeconds(rows / 100_000), rows * 1_000, 1.5, run);
    }

    @Test
    void p99WithinOneAndAHalfTimesTheSmallestTablesMeetsTheTarget() {
        String target = RowsReport.target(List.of(step(100_000, 4, 0), step(1_000_000, 9, 0), step(10_000_000, 5, 0)));

        // The middle size is not compared: the target is about the largest table.
        assertThat(target).startsWith("p99 at 10,000,000 rows <= 1.5 x p99 at 100,000 rows: met").contains("1.25 x");
    }

    @Test
    void p99BeyondOneAndAHalfTimesMissesTheTarget() {
        String target = RowsReport.target(List.of(step(100_000, 4, 0), step(10_000_000, 7, 0)));

        assertThat(target).contains(": not met").contains("1.75 x");
    }

    @Test
    void noAnswersOrASingleSizeCannotMeetTheTarget() {
        SizeRun silent = new SizeRun(10_000_000, Duration.ZERO, 0, 0,
                new RunResult("rows", "open 100/s", 1, Map.of(), 0, 0, 0, 0));

        assertThat(RowsReport.target(List.of(step(100_000, 4, 0), silent))).endsWith("not met (no answers to compare)");
        assertThat(new RowsReport().lines(List.of(step(100_000, 4, 0), silent)).get(3)).endsWith("| - |");
        assertThat(RowsReport.target(List.of(step(100_000, 4, 0)))).contains("needs at least two sizes");
    }

    @Test
    void tableShowsEachSizeWithItsRatioToTheSmallest() {
        List<String> lines = new RowsReport().lines(List.of(step(100_000, 4, 0), step(10_000_000, 8, 2)));

        assertThat(lines.get(2)).startsWith("| 100,000 | 1.0 | 100 | 1.5 | 3,000 | 0 |").endsWith("| 1.00 |");
        assertThat(lines.get(3)).startsWith("| 10,000,000 | 100.0 | 10,000 | 1.5 | 3,000 | UNAVAILABLE 2 |").endsWith("| 2.00 |");
        assertThat(lines.get(lines.size() - 1)).contains("not met");
    }
}
