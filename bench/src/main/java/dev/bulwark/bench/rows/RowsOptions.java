package dev.bulwark.bench.rows;

import dev.bulwark.bench.OptionValues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The stored-rows benchmark's options, {@code --name value} each; every one has a default.
 *
 * @param sizes rows in intake's submissions table at each step, ascending (the table only grows)
 * @param prime unrecorded load at the rate before the first size, so that the first size is not measured
 *     against a colder stack (JIT, pools) than the later ones
 * @param rate calls per second of the open model at each size: low, so that intake has cores to spare and
 *     what changes between the sizes is the table (the busy 2-core reference machine reached ~100/s at most)
 */
public record RowsOptions(List<Long> sizes, Duration prime, double rate, Duration warmUp, Duration measured, int connections, Duration deadline) {

    public static final String USAGE = "[--sizes 100000,1000000,10000000] [--prime 120] [--rate 20] [--warmup 30] [--seconds 60]"
            + " [--connections 4] [--deadline-ms 5000]";

    private static final Set<String> NAMES = Set.of("sizes", "prime", "rate", "warmup", "seconds", "connections", "deadline-ms");

    public RowsOptions {
        sizes = List.copyOf(sizes);
    }

    public static RowsOptions parse(String... args) {
        OptionValues values = OptionValues.parse(args, NAMES, USAGE);
        return new RowsOptions(
                sizes(values.text("sizes", "100000,1000000,10000000")),
                Duration.ofSeconds(values.whole("prime", 120, 0)),
                values.positive("rate", 20),
                Duration.ofSeconds(values.whole("warmup", 30, 0)),
                Duration.ofSeconds(values.positive("seconds", 60)),
                values.positive("connections", 4),
                Duration.ofMillis(values.positive("deadline-ms", 5000)));
    }

    private static List<Long> sizes(String list) {
        List<Long> sizes = new ArrayList<>();
        for (String part : list.split(",")) {
            long size;
            try {
                size = Long.parseLong(part.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--sizes is a comma-separated list of row counts, not " + list);
            }
            if (size < 1 || (!sizes.isEmpty() && size <= sizes.get(sizes.size() - 1))) {
                throw new IllegalArgumentException("--sizes must be positive and ascending (the table only grows), not " + list);
            }
            sizes.add(size);
        }
        return sizes;
    }
}
