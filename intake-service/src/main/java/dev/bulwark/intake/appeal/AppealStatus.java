package dev.bulwark.intake.appeal;

/** Where an appeal stands. */
public enum AppealStatus {
    /** Filed; waiting for, or with, a senior reviewer. */
    OPEN,
    /** Decided: the action stands. */
    UPHELD,
    /** Decided: the action was wrong and has been reverted. */
    OVERTURNED
}
