package dev.bulwark.action.standing;

import dev.bulwark.action.subject.Subject;
import java.time.Instant;

/**
 * How a subject stands at one moment.
 *
 * @param activeStrikes strikes not reverted and still within the strike window
 * @param totalStrikes all strikes not reverted
 * @param suspendedUntil end of the active suspension; null unless suspended
 */
public record Standing(Subject subject, StandingState state, int activeStrikes, int totalStrikes,
        Instant suspendedUntil) {}
