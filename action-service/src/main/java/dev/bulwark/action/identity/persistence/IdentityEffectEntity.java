package dev.bulwark.action.identity.persistence;

import dev.bulwark.action.identity.EffectOutcome;
import dev.bulwark.action.identity.IdentityCause;
import dev.bulwark.action.identity.IdentityEffectType;
import dev.bulwark.action.identity.PlannedEffect;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code identity_effects}: one effect waiting for, or done by, the identity provider. */
@Entity
@Table(name = "identity_effects")
public class IdentityEffectEntity {

    @Id
    public UUID id;

    @Column(name = "action_id", nullable = false)
    public UUID actionId;

    /** The account id, which is the user's username at the identity provider. */
    @Column(name = "account_id", nullable = false, length = 256)
    public String accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public IdentityEffectType effect;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public IdentityCause cause;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "done_at")
    public Instant doneAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    public EffectOutcome outcome;

    /** UPPER_SNAKE code of the last failure; never a provider's message, which may name the user. */
    @Column(name = "last_error", length = 64)
    public String lastError;

    static IdentityEffectEntity planned(UUID actionId, String accountId, PlannedEffect planned, Instant now) {
        IdentityEffectEntity row = new IdentityEffectEntity();
        row.id = UUID.randomUUID();
        row.actionId = actionId;
        row.accountId = accountId;
        row.effect = planned.effect();
        row.cause = planned.cause();
        row.createdAt = now;
        row.nextAttemptAt = planned.dueAt();
        return row;
    }

    public void finish(EffectOutcome how, Instant now) {
        outcome = how;
        doneAt = now;
        lastError = how == EffectOutcome.USER_NOT_FOUND ? how.name() : null;
    }

    public void failed(String code, Instant retryAt) {
        lastError = code;
        nextAttemptAt = retryAt;
    }
}
