package dev.bulwark.classifier.signal.lexicon;

import java.util.Locale;

/**
 * One lexicon entry: a word or phrase with its weight. A {@code *} at the end lets it end inside a
 * word ({@code kill*} also matches "killing"), one at the start lets it start inside a word
 * ({@code *shit} also matches "bullshit"); a {@code ?} stands for any one character ("f?ck").
 */
record LexiconTerm(String term, boolean openStart, boolean openEnd, double weight) {

    /** Parses {@code "<term or phrase> <weight>"}, the term optionally starred at either end. */
    static LexiconTerm parse(String line) {
        int split = line.lastIndexOf(' ');
        if (split <= 0) {
            throw new IllegalArgumentException("expected '<term> <weight>'");
        }
        double weight = Double.parseDouble(line.substring(split + 1));
        if (weight <= 0 || weight > 1) {
            throw new IllegalArgumentException("weight outside (0, 1]");
        }
        return of(line.substring(0, split), weight);
    }

    /** A term matched anywhere, even inside a longer word, as the allow-list uses. */
    static LexiconTerm anywhere(String term) {
        return of("*" + term + "*", 1);
    }

    private static LexiconTerm of(String written, double weight) {
        String term = written.strip().toLowerCase(Locale.ROOT);
        boolean openStart = term.startsWith("*");
        boolean openEnd = term.length() > 1 && term.endsWith("*");
        term = term.substring(openStart ? 1 : 0, term.length() - (openEnd ? 1 : 0)).strip();
        if (term.isEmpty() || term.chars().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("empty term");
        }
        return new LexiconTerm(term, openStart, openEnd, weight);
    }
}
