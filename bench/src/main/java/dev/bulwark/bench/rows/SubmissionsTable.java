package dev.bulwark.bench.rows;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Intake's {@code submissions} table over JDBC: grows it with bulk inserts that clone a stored row, settles
 * it, and reports its size. The clones differ where intake's indexes look (id, idempotency key, received_at)
 * and in the author, so the indexes grow as they would under real traffic.
 */
final class SubmissionsTable implements AutoCloseable {

    /** One statement (and transaction) per this many rows, so progress shows and no transaction grows huge. */
    private static final long ROWS_PER_STATEMENT = 500_000;
    private static final double BYTES_PER_MB = 1e6;
    /** Random ids as intake gives them; received_at spread over the past six months. */
    private static final String CLONE = """
            INSERT INTO submissions (id, tenant, idempotency_key, fingerprint, surface, author_type, author_id, author_org_id,
                    content_text, content_language, images, verdict, judgement, policy_version, fallback, case_id, action_ids,
                    received_at)
            SELECT gen_random_uuid(), t.tenant, 'grown-' || n, t.fingerprint, t.surface, t.author_type, 'grown-author-' || n,
                    t.author_org_id, t.content_text, t.content_language, t.images, t.verdict, t.judgement, t.policy_version,
                    t.fallback, t.case_id, t.action_ids, now() - random() * interval '180 days'
            FROM (SELECT * FROM submissions WHERE id = ?) t, generate_series(?::bigint, ?::bigint) n
            """;

    private final Connection connection;
    /** Clones inserted so far; numbers the next clone's key. */
    private long cloned;

    SubmissionsTable(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(true);
    }

    /** The most recently stored row (one the warm-up stored), to clone. */
    UUID newestRow() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM submissions ORDER BY received_at DESC LIMIT 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("intake stored no submission to clone");
            }
            return rs.getObject(1, UUID.class);
        }
    }

    long count() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM submissions")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Inserts clones of {@code template} until the table holds {@code rows}, a line per statement to {@code out}. */
    void growTo(long rows, UUID template, PrintStream out) throws SQLException {
        long missing = rows - count();
        long start = System.nanoTime();
        try (PreparedStatement insert = connection.prepareStatement(CLONE)) {
            while (missing > 0) {
                long batch = Math.min(missing, ROWS_PER_STATEMENT);
                insert.setObject(1, template);
                insert.setLong(2, cloned + 1);
                insert.setLong(3, cloned + batch);
                insert.executeUpdate();
                cloned += batch;
                missing -= batch;
                out.printf(Locale.ROOT, "  %,d rows to go, %.0f s so far%n", missing, (System.nanoTime() - start) / 1e9);
            }
        }
    }

    /**
     * VACUUM ANALYZE (visibility map, hint bits and planner statistics, as autovacuum would leave them) and a
     * checkpoint, so the load that follows is not charged with writing back the bulk inserts.
     */
    void settle() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("VACUUM ANALYZE submissions");
            s.execute("CHECKPOINT");
        }
    }

    /** The table's and each index's size on disk. */
    Footprint footprint() throws SQLException {
        Map<String, Long> indexes = new LinkedHashMap<>();
        long table;
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT pg_table_size('submissions')")) {
                rs.next();
                table = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("SELECT indexrelname, pg_relation_size(indexrelid) FROM pg_stat_user_indexes"
                    + " WHERE relname = 'submissions' ORDER BY indexrelname")) {
                while (rs.next()) {
                    indexes.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return new Footprint(table, indexes);
    }

    String sharedBuffers() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SHOW shared_buffers")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** Bytes on disk of the table (with its TOAST) and of each of its indexes; together pg_total_relation_size. */
    record Footprint(long tableBytes, Map<String, Long> indexBytes) {

        long totalBytes() {
            return tableBytes + indexBytes.values().stream().mapToLong(Long::longValue).sum();
        }

        String describe() {
            return String.format(Locale.ROOT, "table %,.0f MB, indexes %s", tableBytes / BYTES_PER_MB, indexBytes.entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s %,.0f MB", e.getKey(), e.getValue() / BYTES_PER_MB))
                    .collect(Collectors.joining(", ")));
        }
    }
}
