package dev.bulwark.policy;

/** How harmful a category is; CRITICAL categories skip warnings. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
