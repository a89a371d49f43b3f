package dev.bulwark.action.standing;

import dev.bulwark.action.subject.Subject;
import java.time.Instant;

/**
 * How a subject stands at one moment.
 *
 * @param state the strictest state in force: the subject's own, or its organisation's when stricter
 * @param activeStrikes strikes not reverted and still within the strike window
 * @param totalStrikes all strikes not reverted
 * @param activePoints the weighted sum of the active strikes, which the ladder climbs on
 * @param suspendedUntil end of the suspension in force; null unless suspended
 * @param organizationState the state of the organisation the subject belongs to; null for an
 *     organisation itself or a subject with no known organisation
 */
public record Standing(Subject subject, StandingState state, int activeStrikes, int totalStrikes, int activePoints,
        Instant suspendedUntil, StandingState organizationState) {

    /**
     * This member's standing seen with its organisation's: a suspended or banned organisation
     * suspends or bans its accounts too, and the stricter state wins.
     */
    public Standing under(Standing organization) {
        StandingState strictest = organization.state().compareTo(state) > 0 ? organization.state() : state;
        Instant until = strictest != StandingState.SUSPENDED ? null : latest(
                state == StandingState.SUSPENDED ? suspendedUntil : null,
                organization.state() == StandingState.SUSPENDED ? organization.suspendedUntil() : null);
        return new Standing(subject, strictest, activeStrikes, totalStrikes, activePoints, until, organization.state());
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
