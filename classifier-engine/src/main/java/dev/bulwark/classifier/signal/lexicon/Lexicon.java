package dev.bulwark.classifier.signal.lexicon;

import java.util.ArrayList;
import java.util.List;

/** The weighted terms of one policy category. */
public record Lexicon(String category, List<LexiconTerm> terms) {

    public Lexicon {
        terms = List.copyOf(terms);
    }

    /**
     * Parses lexicon lines: one {@code "<term or phrase>[*] <weight>"} per line; blank lines and
     * lines starting with {@code #} are ignored.
     */
    public static Lexicon parse(String category, List<String> lines) {
        List<LexiconTerm> terms = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                terms.add(LexiconTerm.parse(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("lexicon " + category + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new Lexicon(category, terms);
    }
}
