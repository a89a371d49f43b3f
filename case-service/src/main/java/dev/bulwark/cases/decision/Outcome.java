package dev.bulwark.cases.decision;

/** What a reviewer found, or where the case goes next when they cannot decide yet. */
public enum Outcome {
    /** The subject broke the policy (in an appeal: the action stands). Closes the case. */
    VIOLATING,
    /** Nothing to act on (in an appeal: the action is overturned). Closes the case. */
    NOT_VIOLATING,
    /** Pass the case to senior reviewers; it stays open. */
    ESCALATE,
    /** Hold the case until more information arrives (a new item about the subject) or the hold runs out. */
    REQUEST_INFO;

    /** Whether the case is decided for good, rather than passed on or put on hold. */
    public boolean closes() {
        return this == VIOLATING || this == NOT_VIOLATING;
    }
}
