package dev.bulwark.bench.rows;

import dev.bulwark.bench.load.ContentMix;
import dev.bulwark.bench.load.GrpcSubmitTarget;
import dev.bulwark.bench.load.OpenModel;
import dev.bulwark.bench.load.Phases;
import dev.bulwark.bench.load.Progress;
import dev.bulwark.bench.load.RunResult;
import dev.bulwark.bench.load.Submissions;
import dev.bulwark.bench.load.SummaryTable;
import dev.bulwark.bench.stack.BenchStack;
import dev.bulwark.bench.stack.DeliveryWarmUp;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The stored-rows benchmark (scripts/bench-rows): starts the stack once, then for each size grows intake's
 * submissions table to that many rows with bulk inserts and measures Submit with the open model at a fixed,
 * modest rate, so that what changes between the runs is the table, not the load.
 */
public final class StoredRowsBenchmark {

    private static final String LOOPBACK = "127.0.0.1";
    /** How long the stack may take to deliver its first case and action. */
    private static final Duration WARM_UP_TIMEOUT = Duration.ofMinutes(2);
    /** ALLOW only: nothing is delivered to case- or action-service, so only intake's own work is timed. */
    private static final ContentMix ALLOW_ONLY = new ContentMix(100, 0, 0);
    /** Far above what a modest rate keeps in flight; a stall shows as latency before anything is dropped. */
    private static final int MAX_IN_FLIGHT = 1000;

    private final RowsOptions options;
    private final PrintStream out;
    /** Keeps this run's idempotency keys apart from any other run's. */
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final Phases phases;
    /** Every call has answered or failed by its deadline. */
    private final Duration drain;

    StoredRowsBenchmark(RowsOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.phases = new Phases(options.warmUp(), options.measured());
        this.drain = options.deadline().plusSeconds(1);
    }

    public static void main(String[] args) throws SQLException {
        RowsOptions options;
        try {
            options = RowsOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new StoredRowsBenchmark(options, System.out).run();
        // gRPC and the token client leave non-daemon threads behind; the figures are printed.
        System.exit(0);
    }

    void run() throws SQLException {
        out.printf(Locale.ROOT, "machine: %d cores, Java %s, load average %.1f before start; sizes %s, open model at %.0f/s,"
                + " %d s warm-up and %d s measured per size%n", Runtime.getRuntime().availableProcessors(), Runtime.version(),
                loadAverage(), options.sizes(), options.rate(), options.warmUp().toSeconds(), options.measured().toSeconds());
        List<SizeRun> steps = new ArrayList<>();
        try (BenchStack stack = BenchStack.start(out);
                GrpcSubmitTarget intake = new GrpcSubmitTarget(LOOPBACK, stack.intakePort(), options.connections(),
                        stack.tenantToken(), options.deadline());
                SubmissionsTable table = new SubmissionsTable(stack.intakeDatabase())) {
            Duration warm = new DeliveryWarmUp(intake, runId).await(WARM_UP_TIMEOUT);
            out.printf(Locale.ROOT, "  stack warm after %.1f s; PostgreSQL shared_buffers %s%n", warm.toMillis() / 1000.0,
                    table.sharedBuffers());
            UUID template = table.newestRow();
            prime(intake);
            for (long size : options.sizes()) {
                steps.add(step(size, table, template, intake));
                // After every size, so a run stopped during a long growth still leaves the figures so far.
                out.printf(Locale.ROOT, "%n=== stored rows benchmark, %d of %d sizes ===%n%n", steps.size(), options.sizes().size());
                new RowsReport().lines(steps).forEach(out::println);
            }
        }
        out.printf(Locale.ROOT, "%nload average %.1f after the runs%n", loadAverage());
    }

    /** Grows the table to {@code size} rows, settles it, and measures Submit against it. */
    private SizeRun step(long size, SubmissionsTable table, UUID template, GrpcSubmitTarget intake) throws SQLException {
        out.printf(Locale.ROOT, "%ngrowing submissions to %,d rows%n", size);
        long start = System.nanoTime();
        table.growTo(size, template, out);
        Duration growth = Duration.ofNanos(System.nanoTime() - start);
        start = System.nanoTime();
        table.settle();
        SubmissionsTable.Footprint footprint = table.footprint();
        out.printf(Locale.ROOT, "  grown in %.1f s, vacuum analyze and checkpoint %.1f s; %s%n", growth.toMillis() / 1000.0,
                (System.nanoTime() - start) / 1e9, footprint.describe());
        double load = loadAverage();
        out.printf(Locale.ROOT, "open model at %.0f/s, ALLOW only, load average %.1f%n", options.rate(), load);
        RunResult result = new OpenModel(options.rate(), MAX_IN_FLIGHT).run("rows " + size, intake,
                new Submissions(runId + "-" + size, ALLOW_ONLY), phases, drain, Progress.to(out));
        // By outcome: a classifier fallback turns an ALLOW text into REVIEW with a case, and shows here.
        new SummaryTable().print(List.of(result), out);
        return new SizeRun(size, growth, footprint.totalBytes(), load, result);
    }

    /** Sends the load, unrecorded, for the priming time: the first size should meet the stack as warm as the last. */
    private void prime(GrpcSubmitTarget intake) {
        if (options.prime().isZero()) {
            return;
        }
        out.printf(Locale.ROOT, "%npriming: open model at %.0f/s for %d s, not recorded%n", options.rate(), options.prime().toSeconds());
        new OpenModel(options.rate(), MAX_IN_FLIGHT).run("priming", intake, new Submissions(runId + "-prime", ALLOW_ONLY),
                new Phases(Duration.ZERO, options.prime()), drain, Progress.to(out));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
