package dev.bulwark.classifier.tools.bench;

import dev.bulwark.classifier.scoring.Classifier;
import dev.bulwark.classifier.tools.cli.Options;
import dev.bulwark.classifier.tools.cli.UsageException;
import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.UsagePolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code bench}: throughput and latency of the classifier on short chat texts, in-process (one thread,
 * then several) or through classifier-service's gRPC API (a stack it starts, or a running service).
 */
public final class BenchCommand {

    public static final String USAGE = "bench [--seconds 10] [--warmup 5] [--threads N] [--corpus 10000] [--surface chat]"
            + " [--grpc [--concurrency 8] [--target host:port --token-file token.txt]]";

    /** Short texts per second that one core must classify in-process. */
    public static final int TARGET_TEXTS_PER_SECOND_PER_CORE = 20_000;

    /** Texts the warm-up runs at least, however long it takes: enough for the JIT's optimising compiler. */
    private static final long IN_PROCESS_WARM_UP_TEXTS = 20_000;
    /** Calls the gRPC warm-up makes at least, so the service's JIT has compiled its request path too. */
    private static final long GRPC_WARM_UP_CALLS = 10_000;

    private final PrintStream out;

    public BenchCommand(PrintStream out) {
        this.out = out;
    }

    public List<BenchResult> run(String[] args) throws IOException {
        Options options = Options.parse(args,
                Set.of("seconds", "warmup", "threads", "corpus", "surface", "concurrency", "target", "token-file"),
                Set.of("grpc"));
        if (!options.positional().isEmpty()) {
            throw new UsageException("bench takes no positional arguments");
        }
        boolean grpc = options.flag("grpc");
        if (!grpc && (options.value("target").isPresent() || options.value("concurrency").isPresent())) {
            throw new UsageException("--target and --concurrency belong to --grpc");
        }
        Duration measure = Duration.ofSeconds(options.positiveInt("seconds", 10));
        Duration warmUp = Duration.ofSeconds(options.value("warmup").map(BenchCommand::seconds).orElse(grpc ? 10L : 5L));
        String surface = options.value("surface", "chat");
        List<String> corpus = new BenchCorpus().generate(options.positiveInt("corpus", 10_000), BenchCorpus.DEFAULT_SEED);
        describe(corpus, surface, warmUp, measure);
        LoadRunner runner = new LoadRunner(corpus);
        List<BenchResult> results = grpc
                ? runGrpc(options, runner, surface, warmUp, measure)
                : runInProcess(options, runner, surface, warmUp, measure);
        out.println();
        new BenchTable().print(results, out);
        out.println("texts/CPU-s: texts per second of CPU time of the worker threads (in-process) or of the"
                + " classifier-service process (gRPC, started stack only); latencies per text, all workers together.");
        if (!grpc) {
            printTargetRatio(results.get(0));
        }
        return results;
    }

    private List<BenchResult> runInProcess(Options options, LoadRunner runner, String surfaceId, Duration warmUp,
            Duration measure) {
        UsagePolicy policy = PolicyLoader.loadBundled();
        Surface surface = policy.surface(surfaceId).orElseThrow(() -> new UsageException("unknown surface " + surfaceId));
        Classifier classifier = Classifier.withBundledRules();
        out.println("models: " + String.join(", ", classifier.modelVersions()));
        List<BenchResult> results = new ArrayList<>();
        int threads = options.positiveInt("threads", Runtime.getRuntime().availableProcessors());
        Consumer<String> classify = text -> {
            // Using the result keeps the JIT from discarding the work.
            if (classifier.classify(policy, surface, text).scores().isEmpty()) {
                throw new IllegalStateException("no scores");
            }
        };
        out.printf("measuring in-process, 1 thread ...%n");
        runner.warmUp(1, warmUp, IN_PROCESS_WARM_UP_TEXTS, classify);
        results.add(runner.measure("in-process", 1, measure, true, classify));
        if (threads > 1) {
            out.printf("measuring in-process, %d threads ...%n", threads);
            // The single-thread run warmed the code up; a second lets the new threads settle.
            runner.warmUp(threads, Duration.ofSeconds(1), 0, classify);
            results.add(runner.measure("in-process", threads, measure, true, classify));
        }
        return results;
    }

    private List<BenchResult> runGrpc(Options options, LoadRunner runner, String surface, Duration warmUp, Duration measure)
            throws IOException {
        int concurrency = options.positiveInt("concurrency", 8);
        if (options.value("target").isPresent() != options.value("token-file").isPresent()) {
            throw new UsageException("--target and --token-file go together");
        }
        ClassifierStack stack = options.value("target").isPresent() ? null : ClassifierStack.start(out);
        try {
            String host = stack == null ? host(options.value("target").get()) : "127.0.0.1";
            int port = stack == null ? port(options.value("target").get()) : stack.classifierPort();
            Supplier<String> token = stack == null ? fileToken(Path.of(options.value("token-file").get())) : stack::intakeToken;
            try (GrpcClassifierClient client = new GrpcClassifierClient(host, port, token, surface)) {
                Consumer<String> score = text -> {
                    if (client.score(text) < 0) {
                        throw new IllegalStateException("no verdict");
                    }
                };
                List<BenchResult> results = new ArrayList<>();
                for (int workers : concurrency > 1 ? new int[] {1, concurrency} : new int[] {1}) {
                    out.printf("measuring gRPC Score on %s:%d, %d call(s) in flight ...%n", host, port, workers);
                    runner.warmUp(workers, warmUp, GRPC_WARM_UP_CALLS, score);
                    long cpuBefore = stack == null ? 0 : stack.serviceCpuNanos();
                    BenchResult result = runner.measure("grpc", workers, measure, false, score);
                    results.add(stack == null ? result : result.withCpuNanos(stack.serviceCpuNanos() - cpuBefore));
                }
                return results;
            }
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    private void describe(List<String> corpus, String surface, Duration warmUp, Duration measure) {
        IntSummaryStatistics lengths = corpus.stream().mapToInt(String::length).summaryStatistics();
        out.printf(Locale.ROOT, "corpus: %d texts of %d-%d characters (mean %.0f), surface %s%n", lengths.getCount(),
                lengths.getMin(), lengths.getMax(), lengths.getAverage(), surface);
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "each run: %d s warm-up (and at least %,d texts in-process, %,d gRPC calls), then %d s"
                + " measured; %d cores, Java %s, load average %.1f (wall-clock figures need a load well below %d)%n",
                warmUp.toSeconds(), IN_PROCESS_WARM_UP_TEXTS, GRPC_WARM_UP_CALLS, measure.toSeconds(), cores,
                Runtime.version(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), cores);
    }

    private void printTargetRatio(BenchResult singleThread) {
        double target = TARGET_TEXTS_PER_SECOND_PER_CORE;
        out.printf(Locale.ROOT, "%nTarget: >= %s short texts/s on one core, in-process.%n", BenchTable.whole(target));
        out.printf(Locale.ROOT, "  one thread, wall clock:     %8s texts/s = %.2f x target%n",
                BenchTable.whole(singleThread.textsPerSecond()), singleThread.textsPerSecond() / target);
        if (singleThread.textsPerCpuSecond() != null) {
            out.printf(Locale.ROOT, "  one thread, per CPU second: %8s texts   = %.2f x target (the thread was on a core"
                    + " %.0f%% of the time)%n", BenchTable.whole(singleThread.textsPerCpuSecond()),
                    singleThread.textsPerCpuSecond() / target, 100.0 * singleThread.cpuNanos() / singleThread.elapsedNanos());
        }
    }

    private static Supplier<String> fileToken(Path file) throws IOException {
        String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (token.isEmpty()) {
            throw new UsageException("token file " + file + " is empty");
        }
        return () -> token;
    }

    private static String host(String target) {
        return target.substring(0, separator(target));
    }

    private static int port(String target) {
        try {
            return Integer.parseInt(target.substring(separator(target) + 1));
        } catch (NumberFormatException e) {
            throw new UsageException("--target is host:port, not " + target);
        }
    }

    private static int separator(String target) {
        int colon = target.lastIndexOf(':');
        if (colon <= 0) {
            throw new UsageException("--target is host:port, not " + target);
        }
        return colon;
    }

    private static long seconds(String raw) {
        try {
            long value = Long.parseLong(raw);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--warmup must be a whole number of seconds, not " + raw);
    }
}
