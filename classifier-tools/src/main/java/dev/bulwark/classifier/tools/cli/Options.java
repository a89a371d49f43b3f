package dev.bulwark.classifier.tools.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command: positional values and {@code --name value} (or {@code --name=value})
 * options, checked against the names the command knows so that a typo fails instead of being ignored.
 */
public final class Options {

    private final List<String> positional;
    private final Map<String, String> named;

    private Options(List<String> positional, Map<String, String> named) {
        this.positional = List.copyOf(positional);
        this.named = Map.copyOf(named);
    }

    /**
     * Parses {@code args}; {@code valued} names take a value, {@code flags} take none.
     *
     * @throws UsageException for an unknown option or a missing value
     */
    public static Options parse(String[] args, Set<String> valued, Set<String> flags) {
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
            if (flags.contains(name) && equals < 0) {
                named.put(name, "true");
            } else if (!valued.contains(name)) {
                throw new UsageException("unknown option --" + name);
            } else if (equals >= 0) {
                named.put(name, arg.substring(equals + 1));
            } else if (i + 1 < args.length) {
                named.put(name, args[++i]);
            } else {
                throw new UsageException("option --" + name + " needs a value");
            }
        }
        return new Options(positional, named);
    }

    public List<String> positional() {
        return positional;
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(named.get(name));
    }

    public String value(String name, String fallback) {
        return named.getOrDefault(name, fallback);
    }

    public boolean flag(String name) {
        return named.containsKey(name);
    }

    /** A positive whole number, or {@code fallback} when the option is absent. */
    public int positiveInt(String name, int fallback) {
        String raw = named.get(name);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a value that is not positive
        }
        throw new UsageException("--" + name + " must be a positive whole number, not " + raw);
    }
}
