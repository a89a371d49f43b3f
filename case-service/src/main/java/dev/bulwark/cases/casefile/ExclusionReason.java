package dev.bulwark.cases.casefile;

/** Why a reviewer is never handed a case. */
public enum ExclusionReason {
    /** The reviewer skipped it. */
    SKIPPED,
    /** The reviewer made the decision the case appeals or checks. */
    ORIGINAL_DECIDER
}
