package dev.bulwark.intake.backtest.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.intake.backtest.StoredDecision;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.io.IOException;
import java.util.UUID;

/**
 * Reads stored submissions of a time window page by page in (received_at, id) order, so a backtest
 * holds one page in memory however many submissions the window has (keyset paging on the
 * received_at index, no OFFSET).
 */
@ApplicationScoped
public class StoredDecisionPages {

    private static final String PAGE = "SELECT id, surface, fallback, judgement::text AS judgement, received_at FROM submissions "
            + "WHERE received_at >= $1 AND received_at < $2 AND (received_at, id) > ($3, $4) "
            + "ORDER BY received_at, id LIMIT $5";
    private static final String COUNT = "SELECT count(*) AS n FROM submissions WHERE received_at >= $1 AND received_at < $2";
    private static final UUID LOWEST = new UUID(0, 0);

    /** Where the next page starts: after this row. */
    public record Cursor(OffsetDateTime receivedAt, UUID id) {

        public static Cursor start(OffsetDateTime from) {
            return new Cursor(from.minusNanos(1000), LOWEST);
        }
    }

    /** One page and the cursor after it (null when it was the last page). */
    public record Page(List<StoredDecision> rows, Cursor next) {}

    private final Pool pool;
    private final ObjectMapper json;

    public StoredDecisionPages(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    public Uni<Long> count(OffsetDateTime from, OffsetDateTime to) {
        return pool.preparedQuery(COUNT).execute(Tuple.of(from, to)).map(rows -> rows.iterator().next().getLong("n"));
    }

    public Uni<Page> page(OffsetDateTime from, OffsetDateTime to, Cursor after, int size) {
        return pool.preparedQuery(PAGE).execute(Tuple.from(List.of(from, to, after.receivedAt(), after.id(), size)))
                .map(rows -> {
                    List<StoredDecision> page = new ArrayList<>();
                    Cursor last = null;
                    for (Row row : rows) {
                        page.add(decision(row));
                        last = new Cursor(row.getOffsetDateTime("received_at"), row.getUUID("id"));
                    }
                    return new Page(page, page.size() < size ? null : last);
                });
    }

    private StoredDecision decision(Row row) {
        try {
            return new StoredDecision(row.getUUID("id").toString(), row.getString("surface"), row.getBoolean("fallback"),
                    json.readValue(row.getString("judgement"), StoredDecision.Judgement.class));
        } catch (IOException e) {
            throw new IllegalStateException("stored judgement of submission " + row.getUUID("id") + " is unreadable", e);
        }
    }
}
