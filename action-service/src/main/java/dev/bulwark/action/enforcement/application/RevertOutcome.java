package dev.bulwark.action.enforcement.application;

import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.standing.Standing;

/**
 * The answer to a revert request.
 *
 * @param changed false when the action had already been reverted and nothing was written
 */
public record RevertOutcome(EnforcementAction action, Standing standing, boolean changed) {}
