package dev.bulwark.bench;

import dev.bulwark.bench.load.ContentMix;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's options, {@code --name value} each; every one has a default.
 *
 * @param openRate calls per second of the open model, or 0 for half the measured maximum
 */
public record BenchOptions(int concurrency, int connections, Duration warmUp, Duration measured, ContentMix maxMix, ContentMix openMix,
        double openRate, int maxInFlight, Duration deadline, boolean profile) {

    public static final String USAGE = "[--concurrency 32] [--connections 4] [--warmup 60] [--seconds 20] [--max-mix 100/0/0]"
            + " [--open-mix 80/15/5] [--open-rate 0 (half the measured maximum)] [--max-in-flight 1000] [--deadline-ms 5000]"
            + " [--profile]";

    private static final Set<String> NAMES = Set.of("concurrency", "connections", "warmup", "seconds", "max-mix", "open-mix", "open-rate",
            "max-in-flight", "deadline-ms");

    public static BenchOptions parse(String... args) {
        Map<String, String> values = new HashMap<>();
        boolean profile = false;
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals("--profile")) {
                profile = true;
                i--;
                continue;
            }
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!NAMES.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i] + "; usage: " + USAGE);
            }
            values.put(name, args[i + 1]);
        }
        return new BenchOptions(
                positive(values, "concurrency", 32),
                positive(values, "connections", 4),
                // A shorter warm-up measures the JIT: after a few thousand calls most of the path still runs interpreted.
                Duration.ofSeconds(whole(values, "warmup", 60, 0)),
                Duration.ofSeconds(positive(values, "seconds", 20)),
                ContentMix.parse(values.getOrDefault("max-mix", "100/0/0")),
                ContentMix.parse(values.getOrDefault("open-mix", "80/15/5")),
                whole(values, "open-rate", 0, 0),
                positive(values, "max-in-flight", 1000),
                Duration.ofMillis(positive(values, "deadline-ms", 5000)),
                profile);
    }

    private static int positive(Map<String, String> values, String name, int fallback) {
        return whole(values, name, fallback, 1);
    }

    private static int whole(Map<String, String> values, String name, int fallback, int min) {
        String raw = values.get(name);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--" + name + " must be a whole number of at least " + min + ", not " + raw);
    }
}
