package dev.bulwark.action.enforcement;

import dev.bulwark.action.notification.Recipient;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import java.util.Optional;

/**
 * Makes an organisation answer for its accounts: when an enforcement leaves the organisation with a
 * number of accounts (and API keys) under active strikes that reaches another multiple of the policy's
 * threshold, the organisation itself is enforced once for that crossing. The idempotency key names the
 * crossing, so retries and concurrent enforcements on other accounts never action it twice for it.
 */
public final class OrganizationThreshold {

    /** Who decided an organisation action that a threshold triggered. */
    public static final String ACTOR = "organization-threshold";

    private OrganizationThreshold() {}

    /**
     * The organisation enforcement that {@code trigger} calls for, given the crossings of the
     * threshold counted after it; empty when the trigger is not a member's action or crossed nothing.
     * The organisation's webhook goes to the member's tenant.
     */
    public static Optional<EnforceCommand> commandFor(EnforcementAction trigger, Recipient recipient, int crossings) {
        String organization = trigger.subject().organizationId();
        if (organization == null || trigger.subject().kind() == SubjectKind.ORGANIZATION || crossings < 1) {
            return Optional.empty();
        }
        return Optional.of(new EnforceCommand(
                "organization-threshold:" + organization + ":" + crossings,
                Subject.of(SubjectKind.ORGANIZATION, organization),
                trigger.category(),
                ActionOrigin.AUTOMATED,
                null,
                trigger.id().toString(),
                trigger.provenance(),
                ACTOR,
                recipient));
    }
}
