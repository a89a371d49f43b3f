package dev.bulwark.classifier.policy.persistence;

import dev.bulwark.classifier.policy.PolicyEvent;
import dev.bulwark.classifier.policy.PolicyEventKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One audited policy change, append-only. */
@Entity
@Table(name = "policy_events")
public class PolicyEventEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PolicyEventKind kind;

    @Column(nullable = false)
    public String version;

    @Column(name = "previous_version")
    public String previousVersion;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String reason;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public static PolicyEventEntity of(PolicyEvent event) {
        PolicyEventEntity e = new PolicyEventEntity();
        e.id = UUID.randomUUID();
        e.kind = event.kind();
        e.version = event.version();
        e.previousVersion = event.previousVersion();
        e.actor = event.actor();
        e.reason = event.reason();
        e.recordedAt = event.at().atOffset(ZoneOffset.UTC);
        return e;
    }

    public PolicyEvent toEvent() {
        return new PolicyEvent(kind, version, previousVersion, actor, reason, recordedAt.toInstant());
    }
}
