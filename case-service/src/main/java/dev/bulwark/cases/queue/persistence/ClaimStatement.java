package dev.bulwark.cases.queue.persistence;

import dev.bulwark.cases.casefile.CaseEvent;
import dev.bulwark.cases.casefile.CaseEventType;
import dev.bulwark.cases.wellness.ExposureLimits;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * A claim in one SQL statement, the hot path of a reviewer's day. It finds the categories the reviewer
 * has reached today's exposure limit of, locks the next OPEN case of the queue they may be handed
 * (highest priority, then oldest; escalations only for seniors; never a case they skipped or must not
 * review), writes the lease, appends the CLAIMED event and counts the exposure. A single statement is
 * atomic without an explicit transaction, so a claim costs one round trip instead of seven; SKIP LOCKED
 * lets concurrent claimers pass over a row another claim holds, so no two get the same case.
 *
 * <p>This is the one status change not written through {@code CaseJournal}: it writes exactly the
 * projection {@code CaseState.apply} gives a CLAIMED event on an OPEN case, which
 * {@code ClaimProjectionTest} checks against the domain.
 */
@ApplicationScoped
public class ClaimStatement {

    private static final String CLAIM = """
            WITH held_back AS (
                SELECT e.category
                FROM reviewer_exposure e
                JOIN unnest($1::text[], $2::int[]) AS l(category, daily) ON l.category = e.category
                WHERE e.reviewer = $3 AND e.day = $4 AND e.handed >= l.daily
            ), next AS (
                SELECT c.id FROM cases c
                WHERE c.queue = $5
                  AND c.status = 'OPEN'
                  AND %s
                  AND (c.category IS NULL OR c.category NOT IN (SELECT category FROM held_back))
                  AND NOT EXISTS (SELECT 1 FROM case_exclusions x WHERE x.case_id = c.id AND x.reviewer = $3)
                ORDER BY c.priority DESC, c.created_at ASC, c.id ASC
                LIMIT 1
                FOR UPDATE OF c SKIP LOCKED
            ), leased AS (
                UPDATE cases c
                SET status = 'CLAIMED', lease_owner = $3, lease_claimed_at = $6, lease_expires_at = $7, updated_at = $6
                FROM next WHERE c.id = next.id
                RETURNING c.id, c.category
            ), logged AS (
                INSERT INTO case_events (case_id, type, actor, details, occurred_at)
                SELECT id, $8, $3, $9, $6 FROM leased
            ), counted AS (
                INSERT INTO reviewer_exposure (reviewer, day, category, handed, reveals)
                SELECT $3, $4, category, 1, 0 FROM leased WHERE category IS NOT NULL
                ON CONFLICT (reviewer, day, category) DO UPDATE SET handed = reviewer_exposure.handed + 1
            )
            SELECT id FROM leased
            """;

    /** Standard reviewers only get standard cases; the tier is a constant so the claim index serves both. */
    private static final String STANDARD_CLAIM = CLAIM.formatted("c.tier = 'STANDARD'");
    private static final String SENIOR_CLAIM = CLAIM.formatted("c.tier IN ('STANDARD', 'SENIOR')");

    private final Pool pool;

    public ClaimStatement(Pool pool) {
        this.pool = pool;
    }

    /**
     * Leases the next case of {@code queue} to the reviewer whose CLAIMED event is {@code claimed};
     * the id of that case, or empty when nothing in the queue may go to them.
     */
    public Uni<Optional<UUID>> claimNext(String queue, CaseEvent claimed, boolean senior, ExposureLimits limits) {
        if (claimed.type() != CaseEventType.CLAIMED) {
            throw new IllegalArgumentException("a claim writes a CLAIMED event, not " + claimed.type());
        }
        String[] categories = limits.perCategory().keySet().toArray(String[]::new);
        Integer[] daily = Arrays.stream(categories).map(limits.perCategory()::get).toArray(Integer[]::new);
        OffsetDateTime at = claimed.occurredAt().atOffset(ZoneOffset.UTC);
        Tuple parameters = Tuple.from(new Object[] {
            categories, daily, claimed.actor(), LocalDate.ofInstant(claimed.occurredAt(), ZoneOffset.UTC), queue,
            at, claimed.until().atOffset(ZoneOffset.UTC), claimed.type().name(),
            new JsonObject().put("leaseExpiresAt", claimed.until().toString())
        });
        return pool.preparedQuery(senior ? SENIOR_CLAIM : STANDARD_CLAIM)
                .execute(parameters)
                .map(ClaimStatement::leasedId);
    }

    private static Optional<UUID> leasedId(RowSet<Row> rows) {
        return rows.iterator().hasNext() ? Optional.of(rows.iterator().next().getUUID("id")) : Optional.empty();
    }
}
