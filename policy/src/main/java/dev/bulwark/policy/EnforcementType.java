package dev.bulwark.policy;

/** Rungs of an enforcement ladder, mildest first. */
public enum EnforcementType {
    WARN,
    RESTRICT,
    SUSPEND,
    BAN
}
