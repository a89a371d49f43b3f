package dev.bulwark.cases.appeal;

import dev.bulwark.cases.decision.Outcome;

/** Where an appeal stands; UPHELD and OVERTURNED are also its resolution. */
public enum AppealStatus {
    /** Filed; waiting for, or with, a senior reviewer. */
    OPEN,
    /** Decided: the action stands. */
    UPHELD,
    /** Decided: the action was wrong and is reverted. */
    OVERTURNED;

    /** The resolution a closing decision on an appeal case gives: VIOLATING upholds, NOT_VIOLATING overturns. */
    public static AppealStatus resolvedBy(Outcome outcome) {
        return switch (outcome) {
            case VIOLATING -> UPHELD;
            case NOT_VIOLATING -> OVERTURNED;
            case ESCALATE, REQUEST_INFO -> throw new IllegalArgumentException(outcome + " does not decide an appeal");
        };
    }
}
