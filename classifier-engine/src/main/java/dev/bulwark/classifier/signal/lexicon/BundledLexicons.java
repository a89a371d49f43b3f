package dev.bulwark.classifier.signal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lexicons shipped in {@code lexicons/} on the classpath: the hand-written seed lists first, so
 * their weights win over an imported list naming the same term, then the lists imported from
 * licensed word lists as {@code lexicons/imported/index.txt} names them.
 */
public final class BundledLexicons {

    /** Version of the bundled lexicons, reported with the scores. */
    public static final String VERSION = "lexicon@2026-11-27";

    /** Categories with a hand-written lexicon; the file name replaces "/" with "-". */
    static final List<String> CATEGORIES = List.of(
            "harassment", "harassment/threatening", "hate", "violence", "violence/graphic", "self-harm",
            "self-harm/intent", "sexual", "illicit", "spam", "fraud");

    /** Index of the imported lists: one {@code <source> <category or allow-list> <file>} per line. */
    static final String IMPORTED_INDEX = "lexicons/imported/index.txt";

    /** The category column of an index line naming an allow-list. */
    static final String ALLOW_LIST = "allow-list";

    private BundledLexicons() {}

    public static LexiconSignalProvider load() {
        List<Lexicon> lexicons = new ArrayList<>();
        for (String category : CATEGORIES) {
            lexicons.add(Lexicon.parse(category, readLines("lexicons/" + category.replace('/', '-') + ".txt")));
        }
        List<String> allowed = new ArrayList<>(readLines("lexicons/allow-list.txt"));
        for (ImportedFile file : importedFiles()) {
            if (file.allowList()) {
                allowed.addAll(readLines(file.resource()));
            } else {
                lexicons.add(Lexicon.parse(file.category(), file.source(), readLines(file.resource())));
            }
        }
        return new LexiconSignalProvider(VERSION, lexicons, AllowList.parse(allowed));
    }

    /** One line of the imported index. */
    record ImportedFile(String source, String category, String resource) {
        boolean allowList() {
            return ALLOW_LIST.equals(category);
        }
    }

    static List<ImportedFile> importedFiles() {
        List<ImportedFile> files = new ArrayList<>();
        List<String> lines = readLines(IMPORTED_INDEX);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\\s+");
            if (columns.length != 3) {
                throw new IllegalStateException(IMPORTED_INDEX + " line " + (i + 1) + ": expected '<source> <category> <file>'");
            }
            files.add(new ImportedFile(columns[0], columns[1], "lexicons/" + columns[2]));
        }
        return files;
    }

    static List<String> readLines(String resource) {
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
