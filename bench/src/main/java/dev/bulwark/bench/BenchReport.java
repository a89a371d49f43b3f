package dev.bulwark.bench;

import dev.bulwark.bench.load.RunResult;
import dev.bulwark.bench.load.SummaryTable;
import dev.bulwark.bench.stack.ServiceFootprint;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's closing summary as Markdown tables that BENCHMARKS.md can quote as printed. */
final class BenchReport {

    private final PrintStream out;

    BenchReport(PrintStream out) {
        this.out = out;
    }

    /** Prints the runs (a intake maximum, b echo ceiling, c open model), the services and the CPU use of each run. */
    void print(List<RunResult> runs, List<ServiceFootprint> services, List<CpuUse> cpuUse) {
        RunResult max = runs.get(0);
        RunResult echo = runs.get(1);
        out.printf("%n=== intake benchmark ===%n%n");
        new SummaryTable().print(runs, out);
        out.printf(Locale.ROOT, "%nintake / echo ceiling: %,.0f / %,.0f calls/s = %.2f%n%n", max.okPerSecond(),
                echo.okPerSecond(), max.okPerSecond() / echo.okPerSecond());
        out.println("| service | ready s (first start) | ready s (restart) | RSS idle MiB | RSS after load MiB |");
        out.println("|---|--:|--:|--:|--:|");
        services.forEach(s -> out.printf(Locale.ROOT, "| %s | %.2f | %s | %d | %d |%n", s.service(),
                s.ready().toMillis() / 1000.0,
                s.restartReady().map(d -> String.format(Locale.ROOT, "%.2f", d.toMillis() / 1000.0)).orElse("-"),
                s.idleMiB(), s.afterLoadMiB()));
        printCpu(cpuUse);
        out.printf("%n| target | measured | met |%n|---|---|---|%n");
        new Targets().check(max, echo, runs.get(2), services)
                .forEach(c -> out.printf("| %s | %s | %s |%n", c.target(), c.measured(), c.met() ? "yes" : "no"));
        runs.stream().filter(r -> r.unanswered() > 0).forEach(r -> out.printf(
                "%nwarning: %d calls of %s were still unanswered %d s after the run%n", r.unanswered(), r.name(),
                IntakeBenchmark.DRAIN.toSeconds()));
        out.println();
    }

    /** CPU milliseconds per measured call, per process (rows) and run (columns). */
    private void printCpu(List<CpuUse> uses) {
        out.printf("%n| CPU ms per call | %s |%n|---|%s%n", String.join(" | ", uses.stream().map(u -> u.run().name()).toList()),
                "--:|".repeat(uses.size()));
        for (String process : uses.get(0).perProcess().keySet()) {
            StringBuilder row = new StringBuilder("| " + process + " |");
            for (CpuUse use : uses) {
                row.append(String.format(Locale.ROOT, " %.3f |",
                        (double) use.perProcess().get(process).toNanos() / 1e6 / Math.max(1, use.run().all().getTotalCount())));
            }
            out.println(row);
        }
    }

    /** The CPU time each process used in one run's measured phase (and the wait for its last answers). */
    record CpuUse(RunResult run, Map<String, Duration> perProcess) {}
}
