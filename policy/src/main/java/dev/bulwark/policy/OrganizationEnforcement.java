package dev.bulwark.policy;

import java.util.List;

/**
 * When an organisation answers for its accounts: each time the number of its accounts (and API keys)
 * with active strikes reaches another multiple of {@code accountsThreshold}, the organisation takes
 * one strike and climbs its own ladder.
 *
 * @param ladder rungs counted in organisation strikes; a decision that targets the organisation
 *     directly climbs the same ladder
 */
public record OrganizationEnforcement(int accountsThreshold, List<LadderStep> ladder) {

    public OrganizationEnforcement {
        ladder = ladder == null ? null : List.copyOf(ladder);
    }

    /** The rung for an organisation with this many active strike points (at least 1). */
    public LadderStep stepFor(int activePoints) {
        return Enforcement.stepOf(ladder, activePoints);
    }

    /**
     * How many times the organisation has crossed the threshold with {@code enforcedAccounts} accounts
     * under active strikes: 0 below it, 1 from one threshold on, 2 from twice the threshold, and so on.
     */
    public int crossings(int enforcedAccounts) {
        return enforcedAccounts / accountsThreshold;
    }
}
