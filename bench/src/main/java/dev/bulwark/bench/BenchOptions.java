package dev.bulwark.bench;

import dev.bulwark.bench.load.ContentMix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's options, {@code --name value} each but the {@code --profile} flag; every one has a default.
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
        // --profile is a flag, the only option without a value.
        List<String> named = new ArrayList<>(List.of(args));
        boolean profile = named.remove("--profile");
        OptionValues values = OptionValues.parse(named.toArray(String[]::new), NAMES, USAGE);
        return new BenchOptions(
                values.positive("concurrency", 32),
                values.positive("connections", 4),
                // A shorter warm-up measures the JIT: after a few thousand calls most of the path still runs interpreted.
                Duration.ofSeconds(values.whole("warmup", 60, 0)),
                Duration.ofSeconds(values.positive("seconds", 20)),
                ContentMix.parse(values.text("max-mix", "100/0/0")),
                ContentMix.parse(values.text("open-mix", "80/15/5")),
                values.whole("open-rate", 0, 0),
                values.positive("max-in-flight", 1000),
                Duration.ofMillis(values.positive("deadline-ms", 5000)),
                profile);
    }
}
