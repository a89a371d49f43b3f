package dev.bulwark.cases.qa;

/** How a QA decision judged the decision it checked. */
public enum QaVerdict {
    /** Same outcome, and for a violation the same category. */
    AGREED,
    /** Any other finding. */
    OVERTURNED
}
