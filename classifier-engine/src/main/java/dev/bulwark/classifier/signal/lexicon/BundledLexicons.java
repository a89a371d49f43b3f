package dev.bulwark.classifier.signal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The hand-written seed lexicons shipped in {@code lexicons/} on the classpath. */
public final class BundledLexicons {

    /** Version of the bundled lexicons, reported with the scores. */
    public static final String VERSION = "lexicon@2026-11-26";

    /** Categories with a bundled lexicon; the file name replaces "/" with "-". */
    static final List<String> CATEGORIES = List.of(
            "harassment", "harassment/threatening", "hate", "violence", "violence/graphic", "self-harm",
            "self-harm/intent", "sexual", "illicit", "spam", "fraud");

    private BundledLexicons() {}

    public static LexiconSignalProvider load() {
        List<Lexicon> lexicons = new ArrayList<>();
        for (String category : CATEGORIES) {
            lexicons.add(Lexicon.parse(category, readLines("lexicons/" + category.replace('/', '-') + ".txt")));
        }
        return new LexiconSignalProvider(VERSION, lexicons, AllowList.parse(readLines("lexicons/allow-list.txt")));
    }

    private static List<String> readLines(String resource) {
        InputStream in = BundledLexicons.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled lexicon missing: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
