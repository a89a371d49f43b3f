package dev.bulwark.classifier.tools.bench;

import dev.bulwark.classifier.tools.cli.TextTable;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints benchmark runs as a table of throughput and latency percentiles. */
public final class BenchTable {

    private static final double[] PERCENTILES = {50, 90, 99, 99.9};

    public void print(List<BenchResult> results, PrintStream out) {
        TextTable table = new TextTable("run", "workers", "texts", "seconds", "texts/s", "per worker", "texts/CPU-s",
                "p50 us", "p90 us", "p99 us", "p99.9 us", "max us");
        for (BenchResult r : results) {
            String[] cells = new String[12];
            cells[0] = r.name();
            cells[1] = Integer.toString(r.workers());
            cells[2] = Long.toString(r.texts());
            cells[3] = String.format(Locale.ROOT, "%.1f", r.elapsedNanos() / 1e9);
            cells[4] = whole(r.textsPerSecond());
            cells[5] = whole(r.textsPerSecond() / r.workers());
            cells[6] = r.textsPerCpuSecond() == null ? "-" : whole(r.textsPerCpuSecond());
            for (int p = 0; p < PERCENTILES.length; p++) {
                cells[7 + p] = micros(r.micros(PERCENTILES[p]));
            }
            cells[11] = micros(r.latencies().getMaxValue() / 1000.0);
            table.row(cells);
        }
        table.print(out);
    }

    static String whole(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String micros(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
