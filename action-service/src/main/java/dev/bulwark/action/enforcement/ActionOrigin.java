package dev.bulwark.action.enforcement;

/** Who decided an action: the policy on its own, or a reviewer in a case. */
public enum ActionOrigin {
    AUTOMATED,
    REVIEW
}
