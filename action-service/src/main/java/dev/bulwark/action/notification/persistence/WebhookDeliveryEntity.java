package dev.bulwark.action.notification.persistence;

import dev.bulwark.action.notification.DeliveryStatus;
import dev.bulwark.action.notification.NotificationEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code notification_outbox}: one webhook delivery to a tenant, pending or settled. */
@Entity
@Table(name = "notification_outbox")
public class WebhookDeliveryEntity {

    /** Also the delivery id receivers dedupe on. */
    @Id
    public UUID id;

    @Column(name = "action_id", nullable = false)
    public UUID actionId;

    @Column(nullable = false, length = 256)
    public String tenant;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 32)
    public NotificationEvent eventType;

    /** The body as a JSON object; sent in canonical form, so every attempt sends the same bytes. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    /** UPPER_SNAKE code of the last failure (HTTP_503, TIMEOUT, …); never a receiver's message. */
    @Column(name = "last_error", length = 64)
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static WebhookDeliveryEntity pending(UUID id, UUID actionId, String tenant, NotificationEvent event,
            Map<String, Object> payload, Instant now) {
        WebhookDeliveryEntity row = new WebhookDeliveryEntity();
        row.id = id;
        row.actionId = actionId;
        row.tenant = tenant;
        row.eventType = event;
        row.payload = payload;
        row.status = DeliveryStatus.PENDING;
        row.nextAttemptAt = now;
        row.createdAt = now;
        return row;
    }

    public void delivered(Instant now) {
        status = DeliveryStatus.DELIVERED;
        deliveredAt = now;
        lastError = null;
    }

    public void failed(String code, Instant retryAt) {
        lastError = code;
        nextAttemptAt = retryAt;
    }

    public void dead(String code) {
        status = DeliveryStatus.DEAD;
        lastError = code;
    }
}
