package dev.bulwark.action.notification.persistence;

import dev.bulwark.action.notification.DeliveryStatus;
import dev.bulwark.action.notification.NotificationEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Records, claims and measures webhook deliveries; callers provide the transaction. */
@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDeliveryEntity, UUID> {

    /** Several relays may run at once: each skips the rows another holds. */
    private static final String CLAIM_DUE = "select * from notification_outbox"
            + " where status = 'PENDING' and next_attempt_at <= :now"
            + " order by next_attempt_at limit 1 for update skip locked";

    public Uni<Void> record(UUID id, UUID actionId, String tenant, NotificationEvent event,
            Map<String, Object> payload, Instant now) {
        return persist(WebhookDeliveryEntity.pending(id, actionId, tenant, event, payload, now)).replaceWithVoid();
    }

    /** The earliest due delivery that no one else is sending, row-locked until the transaction ends; or null. */
    public Uni<WebhookDeliveryEntity> claimDue(Instant now) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(CLAIM_DUE, WebhookDeliveryEntity.class)
                        .setParameter("now", now)
                        .getSingleResultOrNull());
    }

    /** When the oldest delivery still pending was written; null when none is. */
    public Uni<Instant> oldestPending() {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "select min(d.createdAt) from WebhookDeliveryEntity d where d.status = :status", Instant.class)
                        .setParameter("status", DeliveryStatus.PENDING)
                        .getSingleResultOrNull());
    }
}
