package dev.bulwark.bench.load;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * A line per second while a run goes: answers in the last second, the measured phase's p50 and p99 so far,
 * errors and calls in flight.
 */
public final class Progress {

    private final PrintStream out;

    private Progress(PrintStream out) {
        this.out = out;
    }

    /** Progress lines to {@code out}. */
    public static Progress to(PrintStream out) {
        return new Progress(out);
    }

    /** No progress lines (tests). */
    public static Progress silent() {
        return new Progress(null);
    }

    /** Starts reporting on {@code run} until the ticker is closed. */
    Ticker start(MeasuredRun run) {
        if (out == null) {
            return () -> { };
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "bench-progress");
            thread.setDaemon(true);
            return thread;
        });
        long started = System.nanoTime();
        long[] last = {0};
        timer.scheduleAtFixedRate(() -> {
            long answered = run.answeredSoFar();
            out.println(line(run, started, answered - last[0]));
            last[0] = answered;
        }, 1, 1, TimeUnit.SECONDS);
        return timer::shutdownNow;
    }

    private static String line(MeasuredRun run, long started, long lastSecond) {
        long now = System.nanoTime();
        boolean measuring = now >= run.measureStart();
        Histogram measured = LatencyRecorder.emptyHistogram();
        run.recorder().snapshot().forEach((outcome, histogram) -> measured.add(histogram));
        LatencyStats stats = LatencyStats.of(measured);
        return String.format(Locale.ROOT, "  %-14s %3.0fs %-9s %,8d/s  p50 %7.2f ms  p99 %7.2f ms  errors %,d  in flight %d",
                run.name(), (now - started) / 1e9, measuring ? "measuring" : "warm-up", lastSecond, stats.p50(),
                stats.p99(), run.failedSoFar(), run.inFlight().current());
    }

    /** Stops the progress lines of one run. */
    interface Ticker extends AutoCloseable {
        @Override
        void close();
    }
}
