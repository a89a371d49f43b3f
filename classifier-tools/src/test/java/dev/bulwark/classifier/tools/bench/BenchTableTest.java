package dev.bulwark.classifier.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class BenchTableTest {

    @Test
    void shouldPrintThroughputAndLatencyPercentilesInMicroseconds() {
        Histogram latencies = new Histogram(3);
        for (int i = 1; i <= 100; i++) {
            latencies.recordValue(i * 1000L);
        }
        BenchResult result = new BenchResult("in-process", 2, 100_000, 2_000_000_000L, 4_000_000_000L, latencies);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new BenchTable().print(List.of(result), new PrintStream(out, true, StandardCharsets.UTF_8));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("run").contains("texts/s", "texts/CPU-s", "p50 us", "p99 us");
        assertThat(lines.get(1).split(" +")).containsExactly(
                "in-process", "2", "100000", "2.0", "50,000", "25,000", "25,000", "50.0", "90.0", "99.0", "100.0", "100.0");
    }
}
