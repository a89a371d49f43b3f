package dev.bulwark.cases.qa;

/** What a QA decision changes outside case-service. */
public enum Correction {
    /** Nothing: QA agreed, or both found a violation (in different categories). */
    NONE,
    /** The checked decision's actions are reverted: QA found no violation. */
    REVERT_ORIGINAL_ACTIONS,
    /** QA's finding is enforced: the checked decision found no violation, QA did. */
    ENFORCE
}
