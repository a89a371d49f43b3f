package dev.bulwark.action.identity;

import java.time.Instant;

/** An identity effect to record with an action: what, why, and from when it may be applied. */
public record PlannedEffect(IdentityEffectType effect, IdentityCause cause, Instant dueAt) {}
