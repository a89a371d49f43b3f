package dev.bulwark.intake.delivery.service;

import dev.bulwark.intake.config.IntakeConfig;
import dev.bulwark.intake.delivery.CaseItem;
import dev.bulwark.intake.delivery.EnforcementOrder;
import dev.bulwark.intake.delivery.grpc.DeliveryPayloads;
import dev.bulwark.intake.delivery.persistence.OutboxEntity;
import dev.bulwark.tracecontext.TraceParent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Writes deliveries into the outbox; callers do so inside the transaction that caused them. */
@ApplicationScoped
public class Outbox {

    private final IntakeConfig config;

    public Outbox(IntakeConfig config) {
        this.config = config;
    }

    public Uni<OutboxEntity> openCase(OutboxEntity.Origin origin, UUID originId, CaseItem item) {
        return write(OutboxEntity.Kind.OPEN_CASE, origin, originId, DeliveryPayloads.openCase(item));
    }

    public Uni<OutboxEntity> enforce(UUID submissionId, EnforcementOrder order) {
        return write(OutboxEntity.Kind.ENFORCE, OutboxEntity.Origin.SUBMISSION, submissionId, DeliveryPayloads.enforce(order));
    }

    private Uni<OutboxEntity> write(OutboxEntity.Kind kind, OutboxEntity.Origin origin, UUID originId, byte[] payload) {
        // The request path delivers at once; the relay only steps in after firstRetry.
        Instant firstRetry = Instant.now().plus(config.outbox().firstRetry());
        return OutboxEntity.create(kind, origin, originId, payload, firstRetry, TraceParent.current().orElse(null)).persist();
    }
}
