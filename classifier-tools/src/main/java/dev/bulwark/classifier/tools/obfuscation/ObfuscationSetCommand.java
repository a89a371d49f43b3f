package dev.bulwark.classifier.tools.obfuscation;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.bulwark.classifier.tools.cli.Options;
import dev.bulwark.classifier.tools.cli.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code obfuscation-set}: writes the obfuscation evaluation set as JSON Lines for {@code evaluate}. */
public final class ObfuscationSetCommand {

    public static final String USAGE = "obfuscation-set [--out set.jsonl] [--seed " + ObfuscationSet.DEFAULT_SEED + "]";

    /** Non-ASCII is written as \\u escapes, so invisible and look-alike characters are visible in the file. */
    private static final ObjectWriter JSON = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build()
            .writer();

    private final PrintStream out;

    public ObfuscationSetCommand(PrintStream out) {
        this.out = out;
    }

    public void run(String[] args) throws IOException {
        Options options = Options.parse(args, Set.of("out", "seed"), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("obfuscation-set takes no positional arguments");
        }
        long seed = seed(options.value("seed", String.valueOf(ObfuscationSet.DEFAULT_SEED)));
        if (options.value("out").isEmpty()) {
            write(seed, out);
            return;
        }
        Path file = Path.of(options.value("out").get());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long rows = write(seed, writer);
            out.printf("wrote %d rows to %s%n", rows, file);
        }
    }

    /** Writes the set as JSON Lines; returns the number of rows. */
    public static long write(long seed, Appendable target) {
        long[] rows = {0};
        ObfuscationSet.bundled().generate(seed, row -> {
            try {
                target.append(JSON.writeValueAsString(row)).append('\n');
                rows[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return rows[0];
    }

    private static long seed(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed must be a whole number, not " + raw);
        }
    }
}
