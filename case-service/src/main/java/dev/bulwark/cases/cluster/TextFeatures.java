package dev.bulwark.cases.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * The features a fingerprint is built from, taken from already normalised text: words are the runs
 * of letters and digits (whitespace and punctuation only separate them) with every run of a repeated
 * letter cut to one ("todaaay" and "today" are one word; the classifier's normalisation keeps two),
 * and the features are word 3-shingles, so word order counts. A text of fewer than {@value #MIN_WORDS_FOR_SHINGLES} words has
 * too few shingles to say anything, so it falls back to character 4-grams of its words joined by
 * single spaces; a shorter text than one 4-gram is its own single feature.
 */
public final class TextFeatures {

    static final int SHINGLE_WORDS = 3;
    static final int MIN_WORDS_FOR_SHINGLES = 4;
    static final int GRAM_CHARS = 4;

    private TextFeatures() {}

    /** The features of a normalised text; empty when it has no letters or digits. */
    public static List<String> of(String normalised) {
        List<String> words = words(normalised);
        if (words.isEmpty()) {
            return List.of();
        }
        return words.size() >= MIN_WORDS_FOR_SHINGLES ? shingles(words) : grams(String.join(" ", words));
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (!Character.isLetterOrDigit(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else if (word.isEmpty() || c != word.charAt(word.length() - 1) || !Character.isLetter(c)) {
                word.append(c);
            }
        }
        return words;
    }

    private static List<String> shingles(List<String> words) {
        List<String> shingles = new ArrayList<>(words.size() - SHINGLE_WORDS + 1);
        for (int i = 0; i + SHINGLE_WORDS <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + SHINGLE_WORDS)));
        }
        return shingles;
    }

    private static List<String> grams(String joined) {
        if (joined.length() <= GRAM_CHARS) {
            return List.of(joined);
        }
        List<String> grams = new ArrayList<>(joined.length() - GRAM_CHARS + 1);
        for (int i = 0; i + GRAM_CHARS <= joined.length(); i++) {
            grams.add(joined.substring(i, i + GRAM_CHARS));
        }
        return grams;
    }
}
