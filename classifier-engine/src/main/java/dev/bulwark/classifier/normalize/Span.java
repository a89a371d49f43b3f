package dev.bulwark.classifier.normalize;

/** A range of the original text in UTF-16 offsets, end exclusive. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** The part of {@code text} this span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
