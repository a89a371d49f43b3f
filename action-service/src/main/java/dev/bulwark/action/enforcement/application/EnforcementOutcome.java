package dev.bulwark.action.enforcement.application;

import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.standing.Standing;

/**
 * The answer to an enforce request.
 *
 * @param replayed true when the idempotency key had already acted and this is that first action
 */
public record EnforcementOutcome(EnforcementAction action, Standing standing, boolean replayed) {}
