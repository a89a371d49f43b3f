package dev.bulwark.classifier.policy;

/** What a policy administrator did. */
public enum PolicyEventKind {
    /** A version starts running in shadow beside the one in force. */
    CANDIDATE_SET,
    /** The shadowed version stops running. */
    CANDIDATE_CLEARED,
    /** The candidate is put in force; the version it replaces can be rolled back to. */
    PROMOTED,
    /** An earlier version is put in force again. */
    ROLLED_BACK
}
