package dev.bulwark.action.identity.application;

import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.persistence.EnforcementActionRepository;
import dev.bulwark.action.identity.IdentityRules;
import dev.bulwark.action.identity.PlannedEffect;
import dev.bulwark.action.identity.persistence.IdentityEffectRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Records the identity effects of an action inside the transaction that takes or reverts it: they
 * commit or roll back with it, and the relay applies them afterwards.
 */
@ApplicationScoped
public class IdentityOutbox {

    private final IdentityEffectRepository effects;
    private final EnforcementActionRepository actions;

    public IdentityOutbox(IdentityEffectRepository effects, EnforcementActionRepository actions) {
        this.effects = effects;
        this.actions = actions;
    }

    public Uni<Void> enforced(EnforcementAction action, Instant now) {
        return record(action, IdentityRules.onEnforced(action), now);
    }

    /** Call after the revert is flushed and under the subject lock, so the other actions are current. */
    public Uni<Void> reverted(EnforcementAction action, Instant now) {
        return enableUnlessLockedOut(action, now, IdentityRules::onReverted);
    }

    /** Call under the subject lock once the expiry is recorded, so the other actions are current. */
    public Uni<Void> expired(EnforcementAction action, Instant now) {
        return enableUnlessLockedOut(action, now, IdentityRules::onExpired);
    }

    /** How an ended lockout's enabling is decided from the account's actions still possibly in force. */
    private interface EndRule {
        Optional<PlannedEffect> plan(EnforcementAction ended, Collection<EnforcementAction> inForce, Instant now);
    }

    private Uni<Void> enableUnlessLockedOut(EnforcementAction action, Instant now, EndRule rule) {
        if (!IdentityRules.locksOut(action)) {
            return Uni.createFrom().voidItem();
        }
        return actions.possiblyInForce(action.subject(), now, now)
                .chain(inForce -> record(action, rule.plan(action, inForce, now).stream().toList(), now));
    }

    private Uni<Void> record(EnforcementAction action, List<PlannedEffect> planned, Instant now) {
        if (planned.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return effects.record(action.id(), action.subject().id(), planned, now);
    }
}
