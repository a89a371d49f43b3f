package dev.bulwark.classifier.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoadRunnerTest {

    private final LoadRunner runner = new LoadRunner(List.of("a", "b", "c", "d"));

    @Test
    void shouldRecordOneLatencyPerTextOfTheMeasuredRunButNoneOfTheWarmUp() {
        AtomicLong calls = new AtomicLong();

        runner.warmUp(2, Duration.ofMillis(100), 0, text -> calls.incrementAndGet());
        long warmUpCalls = calls.get();
        BenchResult result = runner.measure("count", 2, Duration.ofMillis(200), true, text -> calls.incrementAndGet());

        assertThat(warmUpCalls).isPositive();
        assertThat(result.texts()).isPositive().isEqualTo(calls.get() - warmUpCalls);
        assertThat(result.latencies().getTotalCount()).isEqualTo(result.texts());
        assertThat(result.workers()).isEqualTo(2);
        assertThat(result.elapsedNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(200).toNanos());
        assertThat(result.textsPerSecond()).isEqualTo(result.texts() * 1e9 / result.elapsedNanos());
    }

    @Test
    void shouldWarmUpForAtLeastTheGivenNumberOfTexts() {
        AtomicLong calls = new AtomicLong();

        runner.warmUp(3, Duration.ZERO, 1000, text -> calls.incrementAndGet());

        assertThat(calls.get()).isBetween(1000L, 1002L);
    }

    @Test
    void shouldGoRoundTheWholeCorpus() {
        Set<String> seen = ConcurrentHashMap.newKeySet();

        runner.measure("cover", 1, Duration.ofMillis(50), true, seen::add);

        assertThat(seen).containsExactlyInAnyOrder("a", "b", "c", "d");
    }

    @Test
    void shouldMeasureCpuTimeOnlyWhereTheWorkRunsOnTheWorkers() {
        BenchResult local = runner.measure("local", 1, Duration.ofMillis(100), true, text -> spin());
        BenchResult remote = runner.measure("remote", 1, Duration.ofMillis(100), false, text -> spin());

        assertThat(local.cpuNanos()).isPositive();
        assertThat(local.textsPerCpuSecond()).isPositive();
        assertThat(remote.textsPerCpuSecond()).isNull();
    }

    @Test
    void shouldReportAFailingWorker() {
        assertThatThrownBy(() -> runner.measure("fail", 2, Duration.ofMillis(50), true, text -> {
            throw new IllegalStateException("UNAUTHENTICATED");
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("UNAUTHENTICATED");
    }

    private static void spin() {
        long until = System.nanoTime() + 10_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
