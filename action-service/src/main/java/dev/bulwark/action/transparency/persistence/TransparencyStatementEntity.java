package dev.bulwark.action.transparency.persistence;

import dev.bulwark.action.transparency.StatementState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code transparency_statements}: one action's statement of reasons and how far it got. */
@Entity
@Table(name = "transparency_statements")
public class TransparencyStatementEntity {

    static final int MAX_ERROR = 1024;

    @Id
    @Column(name = "action_id")
    public UUID actionId;

    @Column(nullable = false, unique = true, length = 500)
    public String puid;

    /** The action's usage policy category. */
    @Column(nullable = false, length = 128)
    public String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public StatementState state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    /** Why it is BLOCKED or FAILED, or why the last attempt failed; never content or personal data. */
    @Column(name = "last_error", length = MAX_ERROR)
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** The statement as sent (JSON object in the API's field names); null when BLOCKED. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String payload;

    public static TransparencyStatementEntity pending(UUID actionId, String puid, String category, String payload,
            Instant now) {
        TransparencyStatementEntity row = of(actionId, puid, category, StatementState.PENDING, now);
        row.payload = payload;
        return row;
    }

    public static TransparencyStatementEntity blocked(UUID actionId, String puid, String category, String reason,
            Instant now) {
        TransparencyStatementEntity row = of(actionId, puid, category, StatementState.BLOCKED, now);
        row.lastError = clip(reason);
        return row;
    }

    /** A BLOCKED statement built after all, now that its category is mapped: due at once. */
    public void unblocked(String statement, Instant now) {
        state = StatementState.PENDING;
        payload = statement;
        lastError = null;
        nextAttemptAt = now;
    }

    public void submitted(Instant now) {
        state = StatementState.SUBMITTED;
        submittedAt = now;
        lastError = null;
    }

    public void failed(String error) {
        state = StatementState.FAILED;
        lastError = clip(error);
    }

    public void withdrawn() {
        state = StatementState.WITHDRAWN;
    }

    /** Stays PENDING, due again at {@code retryAt}. */
    public void retryLater(String error, Instant retryAt) {
        lastError = clip(error);
        nextAttemptAt = retryAt;
    }

    private static TransparencyStatementEntity of(UUID actionId, String puid, String category, StatementState state,
            Instant now) {
        TransparencyStatementEntity row = new TransparencyStatementEntity();
        row.actionId = actionId;
        row.puid = puid;
        row.category = category;
        row.state = state;
        row.createdAt = now;
        row.nextAttemptAt = now;
        return row;
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
