package dev.bulwark.cases.decision;

/** What a reviewer found. */
public enum Outcome {
    /** The subject broke the policy; enforcement follows. */
    VIOLATING,
    /** Nothing to act on. */
    NOT_VIOLATING
}
