package dev.bulwark.action.enforcement.persistence;

import dev.bulwark.action.enforcement.Strike;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.action.subject.SubjectKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Row of {@code strikes}; mapped to {@link Strike} before it leaves persistence. */
@Entity
@Table(name = "strikes")
public class StrikeEntity {

    @Id
    public UUID id;

    @Column(name = "action_id", nullable = false, unique = true)
    public UUID actionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 32)
    public SubjectKind subjectType;

    @Column(name = "subject_id", nullable = false, length = 256)
    public String subjectId;

    @Column(nullable = false, length = 128)
    public String category;

    @Column(nullable = false)
    public int weight;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(nullable = false)
    public boolean reverted;

    static StrikeEntity from(Strike strike, Subject subject) {
        StrikeEntity row = new StrikeEntity();
        row.id = strike.id();
        row.actionId = strike.actionId();
        row.subjectType = subject.kind();
        row.subjectId = subject.id();
        row.category = strike.category();
        row.weight = strike.weight();
        row.createdAt = strike.createdAt();
        row.expiresAt = strike.expiresAt();
        row.reverted = strike.reverted();
        return row;
    }

    Strike toDomain() {
        return new Strike(id, actionId, category, weight, createdAt, expiresAt, reverted);
    }
}
