package dev.bulwark.bench;

import dev.bulwark.bench.load.LatencyStats;
import dev.bulwark.bench.load.RunResult;
import dev.bulwark.bench.stack.ServiceFootprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Bulwark's stated performance targets, each checked against one run's figures. */
final class Targets {

    static final double MIN_DECISIONS_PER_SECOND = 3_000;
    static final double MIN_SHARE_OF_ECHO = 0.6;
    static final double MAX_P99_ALLOW_MS = 10;
    static final double MAX_P99_CASE_MS = 25;
    static final double MAX_READY_SECONDS = 2;
    static final double MAX_IDLE_MB = 250;
    private static final double BYTES_PER_MIB = 1024 * 1024;

    /** One target: what it asks, what was measured, and whether that meets it. */
    record Check(String target, String measured, boolean met) {}

    List<Check> check(RunResult max, RunResult echo, RunResult open, List<ServiceFootprint> services) {
        List<Check> checks = new ArrayList<>();
        double rate = max.okPerSecond();
        checks.add(new Check("sync decisions >= 3,000/s", format("%,.0f/s", rate), rate >= MIN_DECISIONS_PER_SECOND));
        double share = rate / echo.okPerSecond();
        checks.add(new Check("sync decisions >= 0.6 x echo ceiling", format("%.2f x", share), share >= MIN_SHARE_OF_ECHO));
        checks.add(p99("p99 <= 10 ms for ALLOW at half the maximum rate", open, "ALLOW", MAX_P99_ALLOW_MS));
        checks.add(p99("p99 <= 25 ms when a case is opened, at half the maximum rate", open, "REVIEW +case", MAX_P99_CASE_MS));
        for (ServiceFootprint s : services) {
            double seconds = s.readyForTarget().toMillis() / 1000.0;
            String measured = s.restartReady().isPresent()
                    ? format("%.2f s restarted (%.2f s first start, migrations included)", seconds, s.ready().toMillis() / 1000.0)
                    : format("%.2f s", seconds);
            checks.add(new Check(s.service() + " ready in <= 2 s", measured, seconds <= MAX_READY_SECONDS));
            double mb = s.idleMiB() * BYTES_PER_MIB / 1e6;
            checks.add(new Check(s.service() + " <= 250 MB resident idle", format("%.0f MB", mb), s.idleMiB() >= 0 && mb <= MAX_IDLE_MB));
        }
        return checks;
    }

    private static Check p99(String target, RunResult open, String label, double maxMillis) {
        LatencyStats stats = LatencyStats.of(open.okWithLabel(label));
        if (stats.count() == 0) {
            return new Check(target, "no " + label + " answers", false);
        }
        return new Check(target, format("%.2f ms (%,d calls)", stats.p99(), stats.count()), stats.p99() <= maxMillis);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
