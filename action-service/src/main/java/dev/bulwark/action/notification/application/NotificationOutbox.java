package dev.bulwark.action.notification.application;

import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.notification.Notice;
import dev.bulwark.action.notification.NotificationEvent;
import dev.bulwark.action.notification.Recipient;
import dev.bulwark.action.notification.WebhookPayload;
import dev.bulwark.action.notification.persistence.WebhookDeliveryRepository;
import dev.bulwark.policy.Category;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Records the webhook announcing an action or its reversal inside the transaction that makes it:
 * the delivery commits or rolls back with it, and the relay sends it afterwards. The notice for the
 * user is written here, in the user's language, with the policy's reason; tenants without a
 * configured webhook get no delivery.
 */
@ApplicationScoped
public class NotificationOutbox {

    private final WebhookDeliveryRepository deliveries;
    private final NoticeRenderer notices;
    private final ActivePolicies policies;
    private final WebhookConfig config;
    private final WebhookRelay relay;

    public NotificationOutbox(WebhookDeliveryRepository deliveries, NoticeRenderer notices, ActivePolicies policies,
            WebhookConfig config, WebhookRelay relay) {
        this.deliveries = deliveries;
        this.notices = notices;
        this.policies = policies;
        this.config = config;
        this.relay = relay;
    }

    public Uni<Void> enforced(EnforcementAction action, Recipient recipient, Instant now) {
        return record(NotificationEvent.ENFORCED, action, recipient, now);
    }

    public Uni<Void> reverted(EnforcementAction action, Recipient recipient, Instant now) {
        return record(NotificationEvent.REVERTED, action, recipient, now);
    }

    /** Call once the transaction that recorded a delivery has committed: sends it without waiting for the schedule. */
    public void kick() {
        relay.kick();
    }

    private Uni<Void> record(NotificationEvent event, EnforcementAction action, Recipient recipient, Instant now) {
        Notice notice = notices.render(event, action, recipient.language(), reason(action));
        String tenant = recipient.tenant();
        if (tenant == null || !config.tenants().containsKey(tenant)) {
            return Uni.createFrom().voidItem();
        }
        UUID id = UUID.randomUUID();
        return deliveries.record(id, action.id(), tenant, event,
                WebhookPayload.of(id, event, action, tenant, notice, now), now);
    }

    /** The policy's description of the category, as the version the action was decided under words it. */
    private String reason(EnforcementAction action) {
        return policies.forDecision(action.provenance().policyVersion()).policy().category(action.category())
                .map(Category::description)
                .filter(description -> !description.isBlank())
                .orElse(action.category());
    }
}
