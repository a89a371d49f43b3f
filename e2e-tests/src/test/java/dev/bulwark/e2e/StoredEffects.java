package dev.bulwark.e2e;

import dev.bulwark.devstack.BulwarkService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the services stored for a batch of submissions, read from their own databases so the counts
 * are exact: intake's submissions and outbox, case-service's case items and action-service's actions.
 * The batch is the suite team's submissions whose idempotency keys start with one prefix.
 */
final class StoredEffects {

    /** A submission as intake stored it. */
    record StoredSubmission(UUID id, String idempotencyKey, String verdict) {

        /** The source key case-service dedupes the submission's review case by. */
        String caseSourceKey() {
            return "submission:" + id;
        }

        /** The idempotency key action-service dedupes the submission's enforcement by. */
        String enforcementKey() {
            return "submission:" + id + ":enforce";
        }
    }

    private static final String OF_BATCH = " FROM submissions WHERE tenant = ? AND starts_with(idempotency_key, ?)";

    private final RunningStack stack;
    private final String keyPrefix;

    StoredEffects(RunningStack stack, String keyPrefix) {
        this.stack = stack;
        this.keyPrefix = keyPrefix;
    }

    List<StoredSubmission> submissions() throws SQLException {
        String sql = "SELECT id, idempotency_key, verdict" + OF_BATCH;
        List<StoredSubmission> stored = new ArrayList<>();
        try (Connection db = stack.database(BulwarkService.INTAKE); PreparedStatement query = batchQuery(db, sql);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                stored.add(new StoredSubmission(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3)));
            }
        }
        return stored;
    }

    /** Outbox entries of the batch still waiting for delivery (neither delivered nor dead-lettered). */
    int undelivered() throws SQLException {
        return countOutbox("delivered_at IS NULL AND dead_at IS NULL");
    }

    /** Outbox entries of the batch that a receiver refused for good. */
    int deadLettered() throws SQLException {
        return countOutbox("dead_at IS NOT NULL");
    }

    /** Deliveries of the batch that failed at least once before they went through (or are still due). */
    int retriedDeliveries() throws SQLException {
        return countOutbox("attempts > 0");
    }

    /** Those of {@code sourceKeys} that case-service holds a case item for (at most one each: the key is unique). */
    Set<String> caseItems(Collection<String> sourceKeys) throws SQLException {
        return present(BulwarkService.CASE, "SELECT source_key FROM case_items WHERE source_key = ANY (?)", sourceKeys);
    }

    /** Those of {@code keys} that action-service holds an action for (at most one each: the key is unique). */
    Set<String> actions(Collection<String> keys) throws SQLException {
        return present(BulwarkService.ACTION, "SELECT idempotency_key FROM enforcement_actions WHERE idempotency_key = ANY (?)", keys);
    }

    private int countOutbox(String condition) throws SQLException {
        String sql = "SELECT count(*) FROM outbox WHERE origin_id IN (SELECT id" + OF_BATCH + ") AND " + condition;
        try (Connection db = stack.database(BulwarkService.INTAKE); PreparedStatement query = batchQuery(db, sql);
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private PreparedStatement batchQuery(Connection db, String sql) throws SQLException {
        PreparedStatement query = db.prepareStatement(sql);
        query.setString(1, RunningStack.TENANT);
        query.setString(2, keyPrefix);
        return query;
    }

    private Set<String> present(BulwarkService service, String sql, Collection<String> keys) throws SQLException {
        Set<String> found = new HashSet<>();
        try (Connection db = stack.database(service); PreparedStatement query = db.prepareStatement(sql)) {
            query.setArray(1, db.createArrayOf("varchar", keys.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }
}
