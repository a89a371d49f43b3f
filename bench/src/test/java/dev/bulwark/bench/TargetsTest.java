package dev.bulwark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.bench.load.Outcome;
import dev.bulwark.bench.load.RunResult;
import dev.bulwark.bench.stack.ServiceFootprint;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class TargetsTest {

    private static final long ONE_SECOND = 1_000_000_000L;
    private static final long MILLI = 1_000_000;

    private static RunResult run(long calls, Map<String, Long> latencyMillisByLabel) {
        Map<Outcome, Histogram> byOutcome = new HashMap<>();
        latencyMillisByLabel.forEach((label, millis) -> {
            Histogram histogram = new Histogram(Duration.ofMinutes(1).toNanos(), 3);
            histogram.recordValueWithCount(millis * MILLI, calls);
            byOutcome.put(Outcome.ok(label), histogram);
        });
        return new RunResult("run", "closed 32", ONE_SECOND, byOutcome, 0, 0, 32, 0);
    }

    @Test
    void figuresWithinEveryTargetMeetThemAll() {
        RunResult max = run(4_000, Map.of("ALLOW", 8L));
        RunResult echo = run(5_000, Map.of("ALLOW", 1L));
        RunResult open = run(100, Map.of("ALLOW", 5L, "REVIEW +case", 20L));
        List<ServiceFootprint> services = List.of(new ServiceFootprint("intake-service", Duration.ofMillis(4000), 200).afterLoad(220).restarted(Duration.ofMillis(1500)));

        List<Targets.Check> checks = new Targets().check(max, echo, open, services);

        assertThat(checks).allMatch(Targets.Check::met).hasSize(6);
        assertThat(checks).extracting(Targets.Check::measured)
                .as("a deployment waits for the restart on a migrated database").contains("1.50 s restarted (4.00 s first start, migrations included)");
    }

    @Test
    void eachFigureBeyondItsTargetMissesIt() {
        RunResult max = run(2_000, Map.of("ALLOW", 8L));
        RunResult echo = run(5_000, Map.of("ALLOW", 1L));
        RunResult open = run(100, Map.of("ALLOW", 11L));
        List<ServiceFootprint> services = List.of(new ServiceFootprint("intake-service", Duration.ofMillis(2500), 240).afterLoad(300));

        List<Targets.Check> checks = new Targets().check(max, echo, open, services);

        // 240 MiB are 252 MB: over the target too.
        assertThat(checks).hasSize(6).noneMatch(Targets.Check::met);
        assertThat(checks).extracting(Targets.Check::measured)
                .contains("2,000/s", "0.40 x", "no REVIEW +case answers", "2.50 s", "252 MB");
    }
}
