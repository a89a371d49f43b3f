package dev.bulwark.classifier.tools.texts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The hand-written texts under {@code texts/} that the obfuscation set and the benchmark corpus are
 * built from: clean chat messages, harmful phrases with their categories, and neutral frames.
 */
public final class BundledTexts {

    private BundledTexts() {}

    /** Ordinary chat messages no category applies to. */
    public static List<String> cleanMessages() {
        return lines("texts/clean-messages.txt");
    }

    /** Neutral sentence frames; {@code {}} marks where a phrase goes. */
    public static List<String> frames() {
        return lines("texts/frames.txt");
    }

    public static List<HarmfulPhrase> harmfulPhrases() {
        return lines("texts/harmful-phrases.tsv").stream().map(line -> {
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IllegalStateException("harmful phrase line is not <category> TAB <phrase>: " + line);
            }
            return new HarmfulPhrase(parts[0], parts[1]);
        }).toList();
    }

    /** The non-blank lines of a resource that do not start with {@code #}. */
    private static List<String> lines(String resource) {
        InputStream in = BundledTexts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
