package dev.bulwark.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes closed cases of any kind straight into the database, for read tests that need a subject
 * with a long or varied history; the API would need a full review per case.
 */
final class CaseRows {

    private final AgroalDataSource database;

    CaseRows(AgroalDataSource database) {
        this.database = database;
    }

    /** A closed case about account {@code subjectId}; with an outcome, also its decision row. */
    UUID closed(String subjectId, String kind, String queue, String category, Instant createdAt, String outcome)
            throws SQLException {
        UUID id = UUID.randomUUID();
        Timestamp created = Timestamp.from(createdAt);
        Timestamp closed = Timestamp.from(createdAt.plusSeconds(60));
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO cases (id, subject_type, subject_id, queue, status, priority, category, item_count,
                                       sla_due_at, created_at, updated_at, closed_at, kind, priority_at)
                    VALUES (?, 'ACCOUNT', ?, ?, 'CLOSED', 0, ?, 1, ?, ?, ?, ?, ?, ?)
                    """)) {
                insert.setObject(1, id);
                insert.setString(2, subjectId);
                insert.setString(3, queue);
                insert.setString(4, category);
                insert.setTimestamp(5, closed);
                insert.setTimestamp(6, created);
                insert.setTimestamp(7, closed);
                insert.setTimestamp(8, closed);
                insert.setString(9, kind);
                insert.setTimestamp(10, created);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            if (outcome != null) {
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO case_decisions (case_id, kind, queue, reviewer, outcome, category, action_ids,
                                                    claimed_at, decided_at, handling_ms)
                        VALUES (?, ?, ?, 'earlier-reviewer', ?, ?, '{}', ?, ?, 60000)
                        """)) {
                    insert.setObject(1, id);
                    insert.setString(2, kind);
                    insert.setString(3, queue);
                    insert.setString(4, outcome);
                    insert.setString(5, category);
                    insert.setTimestamp(6, created);
                    insert.setTimestamp(7, closed);
                    assertThat(insert.executeUpdate()).isEqualTo(1);
                }
            }
        }
        return id;
    }

    /** How many items {@code reviewer} revealed in {@code category}, over all days. */
    int reveals(String reviewer, String category) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT coalesce(sum(reveals), 0) FROM reviewer_exposure WHERE reviewer = ? AND category = ?")) {
            select.setString(1, reviewer);
            select.setString(2, category);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
