package dev.bulwark.classifier.signal.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * The weighted terms of one policy category from one source: {@link #SEED} for the hand-written
 * lists, otherwise the imported list it came from, such as {@code cuss/en} or
 * {@code naughty-words/de}.
 */
public record Lexicon(String category, String source, List<LexiconTerm> terms) {

    /** Source of the hand-written lexicons, whose signals name the matched term. */
    public static final String SEED = "seed";

    public Lexicon {
        terms = List.copyOf(terms);
    }

    /** A hand-written lexicon. */
    public static Lexicon parse(String category, List<String> lines) {
        return parse(category, SEED, lines);
    }

    /**
     * Parses lexicon lines: one {@code "<term or phrase> <weight>"} per line; blank lines and lines
     * starting with {@code #} are ignored.
     */
    public static Lexicon parse(String category, String source, List<String> lines) {
        List<LexiconTerm> terms = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                terms.add(LexiconTerm.parse(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("lexicon " + source + " " + category + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new Lexicon(category, source, terms);
    }

    /** Whether matches count as one signal per source rather than one per term. */
    boolean imported() {
        return !SEED.equals(source);
    }
}
