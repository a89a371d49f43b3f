package dev.bulwark.classifier.signal.lexicon;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One lexicon entry: a word or phrase, optionally a prefix ({@code kill*} also matches "killing"),
 * with its weight.
 */
record LexiconTerm(String term, boolean prefix, double weight, Pattern pattern) {

    /** Parses {@code "<term or phrase>[*] <weight>"}. */
    static LexiconTerm parse(String line) {
        int split = line.lastIndexOf(' ');
        if (split <= 0) {
            throw new IllegalArgumentException("expected '<term> <weight>'");
        }
        String term = line.substring(0, split).trim().toLowerCase(Locale.ROOT);
        double weight = Double.parseDouble(line.substring(split + 1));
        if (weight <= 0 || weight > 1) {
            throw new IllegalArgumentException("weight outside (0, 1]");
        }
        boolean prefix = term.endsWith("*");
        if (prefix) {
            term = term.substring(0, term.length() - 1);
        }
        if (term.isBlank()) {
            throw new IllegalArgumentException("empty term");
        }
        return new LexiconTerm(term, prefix, weight, compile(term));
    }

    /** A whole-word term without weight, as the allow-list uses. */
    static LexiconTerm exact(String term) {
        return new LexiconTerm(term, false, 1, compile(term));
    }

    /**
     * Letters may be doubled in the normalised text ("idioot" after collapsing "idiooooot"), and
     * words of a phrase may be separated by any run of non-alphanumerics.
     */
    private static Pattern compile(String term) {
        StringBuilder regex = new StringBuilder();
        String[] words = term.split("\\s+");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                regex.append("[^\\p{L}\\p{N}]+");
            }
            for (char c : words[w].toCharArray()) {
                if (Character.isLetter(c)) {
                    regex.append(c).append("{1,2}");
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
        }
        return Pattern.compile(regex.toString());
    }
}
