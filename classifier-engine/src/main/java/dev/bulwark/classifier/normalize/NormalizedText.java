package dev.bulwark.classifier.normalize;

/**
 * Text after normalisation, with the original span of every character, so that a match in the
 * normalised text can be reported against the text the user actually wrote.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int[] runs;

    NormalizedText(String original, String text, int[] starts, int[] ends, int[] runs) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.runs = runs;
    }

    /** The text as the user wrote it. */
    public String original() {
        return original;
    }

    /** The normalised text that detectors match against. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The span of the original text that produced normalised characters {@code [from, to)}. */
    public Span originalSpan(int from, int to) {
        if (from < 0 || to > text.length() || from >= to) {
            throw new IndexOutOfBoundsException("[" + from + ", " + to + ") outside normalised text");
        }
        return new Span(starts[from], ends[to - 1]);
    }

    /**
     * Whether a word may start or end at {@code position}: at the text's edges, next to a character
     * that is not a letter or digit, or between two letters that were written spaced out
     * ("p a t h"), which were separate words before they were joined.
     */
    public boolean isBoundary(int position) {
        if (position <= 0 || position >= text.length()) {
            return true;
        }
        if (!Character.isLetterOrDigit(text.charAt(position - 1)) || !Character.isLetterOrDigit(text.charAt(position))) {
            return true;
        }
        return runs[position] != 0 && runs[position] == runs[position - 1];
    }
}
