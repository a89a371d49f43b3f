package dev.bulwark.action.notification.persistence;

import dev.bulwark.action.notification.NotificationEvent;
import dev.bulwark.action.notification.WebhookOutboxState;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** Records, claims and measures webhook deliveries; callers provide the transaction. */
@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDeliveryEntity, UUID> {

    /** Several relays may run at once: each skips the rows another holds. */
    private static final String CLAIM_DUE = "select * from notification_outbox"
            + " where status = 'PENDING' and next_attempt_at <= :now"
            + " order by next_attempt_at limit 1 for update skip locked";

    private static final String STATE = "select"
            + " (select count(*) from notification_outbox where status = 'PENDING'),"
            + " (select count(*) from notification_outbox where status = 'DEAD'),"
            + " (select min(created_at) from notification_outbox where status = 'PENDING')";

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

    /** Pending and dead deliveries and the oldest pending one, in one query both partial indexes serve. */
    public Uni<WebhookOutboxState> state() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(STATE, Object[].class).getSingleResult())
                .map(row -> new WebhookOutboxState(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), instant(row[2])));
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
