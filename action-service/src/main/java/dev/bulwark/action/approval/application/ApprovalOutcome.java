package dev.bulwark.action.approval.application;

import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.standing.Standing;

/** The action as a second person left it, and its subject's standing after. */
public record ApprovalOutcome(EnforcementAction action, Standing standing) {}
