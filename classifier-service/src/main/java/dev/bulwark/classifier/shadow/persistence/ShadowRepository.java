package dev.bulwark.classifier.shadow.persistence;

import dev.bulwark.classifier.decision.OutcomeChange;
import dev.bulwark.classifier.shadow.DisagreementSummary;
import dev.bulwark.classifier.shadow.ShadowOutcome;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Stores shadow outcomes in batches with the reactive SQL client (one transaction per flush, not one
 * per scored text) and answers the disagreement summary with one grouped query.
 */
@ApplicationScoped
public class ShadowRepository {

    private static final String INSERT_DISAGREEMENT = "INSERT INTO shadow_disagreements (id, submission_id, surface, "
            + "active_version, candidate_version, category, active_outcome, candidate_outcome, recorded_at) "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
    private static final String ADD_TOTALS = "INSERT INTO shadow_totals (candidate_version, active_version, compared, disagreed) "
            + "VALUES ($1, $2, $3, $4) ON CONFLICT (candidate_version, active_version) DO UPDATE "
            + "SET compared = shadow_totals.compared + EXCLUDED.compared, disagreed = shadow_totals.disagreed + EXCLUDED.disagreed";
    private static final String SUMMARY = "SELECT category, active_outcome, candidate_outcome, count(*) AS n, "
            + "(array_agg(submission_id ORDER BY recorded_at DESC))[1:$3] AS examples FROM shadow_disagreements "
            + "WHERE candidate_version = $1 AND active_version = $2 "
            + "GROUP BY category, active_outcome, candidate_outcome ORDER BY n DESC, category";
    private static final String TOTALS = "SELECT compared, disagreed FROM shadow_totals WHERE candidate_version = $1 AND active_version = $2";

    private final Pool pool;

    public ShadowRepository(Pool pool) {
        this.pool = pool;
    }

    /** Stores a batch of outcomes (agreements only count towards the totals) in one transaction. */
    public Uni<Void> store(List<ShadowOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Tuple> rows = new ArrayList<>();
        for (ShadowOutcome outcome : outcomes) {
            for (OutcomeChange change : outcome.changes()) {
                rows.add(Tuple.from(Arrays.asList(UUID.randomUUID(), outcome.submissionId(), outcome.surface(),
                        outcome.activeVersion(), outcome.candidateVersion(), change.category(),
                        change.from().name(), change.to().name(), now)));
            }
        }
        Map<List<String>, List<ShadowOutcome>> byPair = outcomes.stream()
                .collect(Collectors.groupingBy(o -> List.of(o.candidateVersion(), o.activeVersion())));
        return pool.withTransaction(client -> insert(client, rows)
                .chain(() -> addTotals(client, byPair)));
    }

    private static Uni<Void> insert(SqlClient client, List<Tuple> rows) {
        return rows.isEmpty()
                ? Uni.createFrom().voidItem()
                : client.preparedQuery(INSERT_DISAGREEMENT).executeBatch(rows).replaceWithVoid();
    }

    private static Uni<Void> addTotals(SqlClient client, Map<List<String>, List<ShadowOutcome>> byPair) {
        List<Tuple> totals = byPair.entrySet().stream()
                .map(e -> Tuple.of(e.getKey().get(0), e.getKey().get(1), (long) e.getValue().size(),
                        e.getValue().stream().filter(ShadowOutcome::disagrees).count()))
                .toList();
        return client.preparedQuery(ADD_TOTALS).executeBatch(totals).replaceWithVoid();
    }

    public Uni<DisagreementSummary> summary(String activeVersion, String candidateVersion, int examples) {
        Uni<long[]> totals = pool.preparedQuery(TOTALS).execute(Tuple.of(candidateVersion, activeVersion))
                .map(rows -> rows.size() == 0
                        ? new long[] {0, 0}
                        : new long[] {rows.iterator().next().getLong("compared"), rows.iterator().next().getLong("disagreed")});
        Uni<List<DisagreementSummary.Pair>> pairs = pool.preparedQuery(SUMMARY)
                .execute(Tuple.of(candidateVersion, activeVersion, examples))
                .map(rows -> {
                    List<DisagreementSummary.Pair> list = new ArrayList<>();
                    rows.forEach(row -> list.add(pair(row)));
                    return list;
                });
        return Uni.combine().all().unis(totals, pairs)
                .with((t, p) -> new DisagreementSummary(activeVersion, candidateVersion, t[0], t[1], p));
    }

    private static DisagreementSummary.Pair pair(Row row) {
        return new DisagreementSummary.Pair(row.getString("category"), row.getString("active_outcome"),
                row.getString("candidate_outcome"), row.getLong("n"), Arrays.asList(row.getArrayOfStrings("examples")));
    }
}
