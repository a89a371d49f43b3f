package dev.bulwark.cases.casefile;

/** Who may claim a case: every reviewer of its queue, or senior reviewers only (after an escalation). */
public enum ReviewTier {
    STANDARD,
    SENIOR
}
