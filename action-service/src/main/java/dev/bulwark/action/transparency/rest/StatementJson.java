package dev.bulwark.action.transparency.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.bulwark.action.transparency.StatementState;
import dev.bulwark.action.transparency.persistence.TransparencyStatementEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * One statement of reasons as auditors see it: its state and, but for BLOCKED ones, the statement
 * exactly as sent (or to be sent).
 */
public record StatementJson(UUID actionId, String puid, StatementState state, int attempts, String lastError,
        Instant createdAt, Instant submittedAt, @JsonRawValue String statement) {

    static StatementJson of(TransparencyStatementEntity row) {
        return new StatementJson(row.actionId, row.puid, row.state, row.attempts, row.lastError, row.createdAt,
                row.submittedAt, row.payload);
    }
}
