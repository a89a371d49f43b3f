package dev.bulwark.bench;

import dev.bulwark.bench.echo.EchoProcess;
import dev.bulwark.bench.load.ClosedLoop;
import dev.bulwark.bench.load.GrpcSubmitTarget;
import dev.bulwark.bench.load.OpenModel;
import dev.bulwark.bench.load.Phases;
import dev.bulwark.bench.load.Progress;
import dev.bulwark.bench.load.RunResult;
import dev.bulwark.bench.load.Submissions;
import dev.bulwark.bench.profile.HotFrames;
import dev.bulwark.bench.profile.JfrRecorder;
import dev.bulwark.bench.profile.ProfileReport;
import dev.bulwark.bench.stack.BenchStack;
import dev.bulwark.bench.stack.CpuMeter;
import dev.bulwark.bench.stack.DeliveryWarmUp;
import dev.bulwark.bench.stack.ServiceFootprint;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The intake benchmark (scripts/bench-intake): starts the stack, then in one run measures (a) intake's
 * closed-loop maximum of sync decisions, (b) the echo ceiling with the same harness and concurrency, and
 * (c) the open model at half of (a)'s rate, and prints the figures as Markdown tables.
 */
public final class IntakeBenchmark {

    /** How long a run waits for its last answers after the measured phase. */
    static final Duration DRAIN = Duration.ofSeconds(10);
    private static final String LOOPBACK = "127.0.0.1";
    /** How long the stack may take to deliver its first case and action. */
    private static final Duration WARM_UP_TIMEOUT = Duration.ofMinutes(2);
    /** Where --profile leaves the services' recordings of (a), warm-up included. */
    private static final Path PROFILES = Path.of("bench/target/profiles");
    private static final int TOP_FRAMES = 12;

    private final BenchOptions options;
    private final PrintStream out;

    IntakeBenchmark(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new IntakeBenchmark(options, System.out).run();
        // gRPC and the token client leave non-daemon threads behind; the figures are printed.
        System.exit(0);
    }

    void run() {
        describeMachine();
        Phases phases = new Phases(options.warmUp(), options.measured());
        String runId = UUID.randomUUID().toString().substring(0, 8);
        try (BenchStack stack = BenchStack.start(out);
                EchoProcess echo = EchoProcess.start();
                GrpcSubmitTarget intake = new GrpcSubmitTarget(LOOPBACK, stack.intakePort(), options.connections(),
                        stack.tenantToken(), options.deadline());
                GrpcSubmitTarget ceiling = new GrpcSubmitTarget(LOOPBACK, echo.port(), options.connections(), stack.tenantToken(),
                        options.deadline())) {
            out.printf(Locale.ROOT, "  %-20s listening in %.2f s%n", "echo server", echo.startup().toMillis() / 1000.0);
            Duration warm = new DeliveryWarmUp(intake, runId).await(WARM_UP_TIMEOUT);
            out.printf(Locale.ROOT, "  stack warm: a case and an action delivered after %.1f s%n", warm.toMillis() / 1000.0);
            ClosedLoop closed = new ClosedLoop(options.concurrency());
            Progress progress = Progress.to(out);
            CpuMeter cpu = stack.cpuMeter().watch("echo server", echo.pid()).watch("load generator", ProcessHandle.current().pid());
            List<BenchReport.CpuUse> cpuUse = new ArrayList<>();

            out.printf("%n(a) intake, closed loop, %d in flight, mix %s%n", options.concurrency(), options.maxMix());
            // Recording from the warm-up on: starting Flight Recorder instruments classes and throws away
            // compiled code, which the warm-up then recompiles; only the measured phase's samples are counted.
            Optional<JfrRecorder> profiler = options.profile() ? Optional.of(stack.recorder(PROFILES)) : Optional.empty();
            profiler.ifPresent(JfrRecorder::start);
            Instant measuredFrom = Instant.now().plus(options.warmUp());
            RunResult max = metered(cpu, cpuUse, () -> closed.run("intake max", intake,
                    new Submissions(runId + "-a", options.maxMix()), phases, DRAIN, progress));
            Map<String, Path> profiles = profiler.map(JfrRecorder::stop).orElse(Map.of());
            out.printf("%n(b) echo ceiling, closed loop, %d in flight, same requests%n", options.concurrency());
            RunResult ceilingRun = metered(cpu, cpuUse, () -> closed.run("echo ceiling", ceiling,
                    new Submissions(runId + "-b", options.maxMix()), phases, DRAIN, progress));
            // At least one call a second, so a failed maximum still leaves an open-model run to look at.
            double rate = options.openRate() > 0 ? options.openRate() : Math.max(1, max.okPerSecond() / 2);
            out.printf(Locale.ROOT, "%n(c) intake, open model at %.0f/s, mix %s%n", rate, options.openMix());
            RunResult open = metered(cpu, cpuUse, () -> new OpenModel(rate, options.maxInFlight()).run("intake open", intake,
                    new Submissions(runId + "-c", options.openMix()), phases, DRAIN, progress));
            out.printf("%nrestarting each service on its migrated database%n");
            List<ServiceFootprint> footprints = stack.restartEach(stack.footprintsAfterLoad(), out);
            new BenchReport(out).print(List.of(max, ceilingRun, open), footprints, cpuUse);
            profiles.forEach((service, recording) -> new ProfileReport(out).print(HotFrames.of(service, recording, TOP_FRAMES, measuredFrom), recording));
        }
    }

    /**
     * Runs one scenario and keeps the CPU time each process used from the end of its warm-up to the end of
     * the run, so a cold JIT's first calls do not count against the measured calls.
     */
    private RunResult metered(CpuMeter cpu, List<BenchReport.CpuUse> uses, Supplier<RunResult> scenario) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            Future<Map<String, Duration>> atMeasureStart = timer.schedule(cpu::read, options.warmUp().toNanos(),
                    TimeUnit.NANOSECONDS);
            RunResult result = scenario.get();
            uses.add(new BenchReport.CpuUse(result, cpu.since(atMeasureStart.get())));
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading CPU time", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read CPU time", e);
        } finally {
            timer.shutdownNow();
        }
    }

    private void describeMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "machine: %d cores, Java %s, load average %.1f before start (figures need a load well"
                + " below %d); load generator, echo server, services and PostgreSQL share these cores%n", cores,
                Runtime.version(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), cores);
        out.printf("each run: %d s warm-up, %d s measured; %d connections per target, deadline %d ms per call%n",
                options.warmUp().toSeconds(), options.measured().toSeconds(), options.connections(),
                options.deadline().toMillis());
    }
}
