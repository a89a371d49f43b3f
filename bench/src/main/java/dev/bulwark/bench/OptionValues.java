package dev.bulwark.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A benchmark's command line, {@code --name value} each, read against the names the benchmark knows. */
public final class OptionValues {

    private final Map<String, String> values;

    private OptionValues(Map<String, String> values) {
        this.values = values;
    }

    /** Refuses a name outside {@code names} or one without a value, quoting {@code usage}. */
    public static OptionValues parse(String[] args, Set<String> names, String usage) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!names.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i] + "; usage: " + usage);
            }
            values.put(name, args[i + 1]);
        }
        return new OptionValues(values);
    }

    /** The value as given, or {@code fallback}. */
    public String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int positive(String name, int fallback) {
        return whole(name, fallback, 1);
    }

    public int whole(String name, int fallback, int min) {
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
