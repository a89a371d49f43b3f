package dev.bulwark.intake.appeal;

import dev.bulwark.intake.submission.Subject;

/**
 * A user's appeal of an enforcement action, as the product team sent it; the tenant files it.
 *
 * @param statement the user's own words; may be empty
 */
public record NewAppeal(String tenant, String idempotencyKey, String actionId, Subject subject, String statement) {

    /** The key case-service keeps: scoped by tenant, so two product teams' keys never meet. */
    public String scopedKey() {
        return tenant + ":" + idempotencyKey;
    }
}
