package dev.bulwark.classifier.decision;

/** What to do with content, from least to most strict. */
public enum Verdict {
    ALLOW,
    REVIEW,
    BLOCK;

    public Verdict stricter(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
