package dev.bulwark.intake.delivery.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One pending or finished delivery to case- or action-service. */
@Entity
@Table(name = "outbox")
public class OutboxEntity extends PanacheEntityBase {

    /** What the delivery does. */
    public enum Kind {
        OPEN_CASE,
        ENFORCE,
        /** An automatic enforcement action-service carried out, offered to case-service for QA sampling. */
        OFFER_FOR_QA
    }

    /** What caused it. */
    public enum Origin {
        SUBMISSION,
        REPORT
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin_type")
    public Origin originType;

    @Column(name = "origin_id")
    public UUID originId;

    /** The serialized gRPC request, sent as is on every attempt. */
    public byte[] payload;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "dead_at")
    public Instant deadAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The W3C traceparent of the request that wrote the entry; redeliveries continue its trace. */
    @Column(name = "trace_parent")
    public String traceParent;

    public static OutboxEntity create(Kind kind, Origin origin, UUID originId, byte[] payload, Instant firstRetryAt,
            String traceParent) {
        OutboxEntity e = new OutboxEntity();
        e.id = UUID.randomUUID();
        e.kind = kind;
        e.originType = origin;
        e.originId = originId;
        e.payload = payload;
        e.attempts = 0;
        e.createdAt = Instant.now();
        e.nextAttemptAt = firstRetryAt;
        e.traceParent = traceParent;
        return e;
    }
}
