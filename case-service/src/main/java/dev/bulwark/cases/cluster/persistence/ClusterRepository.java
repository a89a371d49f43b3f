package dev.bulwark.cases.cluster.persistence;

import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.cluster.ClusterCandidate;
import dev.bulwark.cases.cluster.Fingerprint;
import dev.bulwark.cases.cluster.OpenCluster;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Fingerprints and cluster membership of cases. Only this repository writes these columns ({@link
 * CaseEntity} maps them read-only), and reads them with SQL, so a case already in the session never
 * answers with a stale cluster. Callers provide the session or transaction.
 */
@ApplicationScoped
public class ClusterRepository {

    /**
     * Enough for a wave of identical copies: exact copies come first, so the nearest match is never
     * cut off while one exists.
     */
    private static final int MAX_CANDIDATES = 200;

    private static final String FINGERPRINT = """
            UPDATE cases SET simhash = :simhash, simhash_band0 = :band0, simhash_band1 = :band1,
                             simhash_band2 = :band2, simhash_band3 = :band3
            WHERE id = :id
            """;

    private static final String CANDIDATES = """
            SELECT id, simhash, cluster_id FROM cases
            WHERE queue = :queue AND kind = 'REVIEW' AND status <> 'CLOSED' AND simhash IS NOT NULL AND id <> :self
              AND (simhash_band0 = :band0 OR simhash_band1 = :band1 OR simhash_band2 = :band2 OR simhash_band3 = :band3)
            ORDER BY simhash = :simhash DESC, created_at, id
            LIMIT :limit
            """;

    private static final String CLUSTER_OF = "SELECT cluster_id FROM cases WHERE id = :id";

    private static final String SET_CLUSTER = "UPDATE cases SET cluster_id = :cluster WHERE id = :id";

    private static final String MEMBERS = "SELECT * FROM cases WHERE cluster_id = :cluster ORDER BY created_at, id";

    private static final String OPEN_CLUSTERS = """
            SELECT cluster_id, queue, (array_agg(category ORDER BY created_at, id))[1], count(*), min(created_at), max(priority)
            FROM cases
            WHERE cluster_id IS NOT NULL AND status <> 'CLOSED' %s
            GROUP BY cluster_id, queue
            HAVING count(*) >= 2
            ORDER BY max(priority) DESC, min(created_at), cluster_id
            LIMIT :limit
            """;

    public Uni<Void> fingerprint(UUID caseId, Fingerprint fingerprint) {
        return session().chain(session -> bands(session.createNativeQuery(FINGERPRINT), fingerprint)
                        .setParameter("simhash", fingerprint.bits())
                        .setParameter("id", caseId)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Unclosed review cases of the queue sharing a band with the fingerprint, except {@code self}. */
    public Uni<List<ClusterCandidate>> candidates(String queue, Fingerprint fingerprint, UUID self) {
        return session().chain(session -> bands(session.createNativeQuery(CANDIDATES, Object[].class), fingerprint)
                        .setParameter("queue", queue)
                        .setParameter("self", self)
                        .setParameter("simhash", fingerprint.bits())
                        .setParameter("limit", MAX_CANDIDATES)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new ClusterCandidate((UUID) row[0], new Fingerprint(((Number) row[1]).longValue()), (UUID) row[2]))
                        .toList());
    }

    /** The case's cluster; null when it is in none. */
    public Uni<UUID> clusterOf(UUID caseId) {
        return session().chain(session -> session.createNativeQuery(CLUSTER_OF, UUID.class)
                .setParameter("id", caseId)
                .getSingleResultOrNull());
    }

    public Uni<Void> setCluster(UUID caseId, UUID clusterId) {
        return session().chain(session -> session.createNativeQuery(SET_CLUSTER)
                        .setParameter("cluster", clusterId)
                        .setParameter("id", caseId)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Every member of a cluster, closed ones included, oldest first. */
    public Uni<List<CaseEntity>> members(UUID clusterId) {
        return session().chain(session -> session.createNativeQuery(MEMBERS, CaseEntity.class)
                .setParameter("cluster", clusterId)
                .getResultList());
    }

    /**
     * Clusters with at least two unclosed members, highest priority first.
     *
     * @param withinQueues the queues to look in; empty for every queue
     */
    public Uni<List<OpenCluster>> open(Optional<Set<String>> withinQueues, String queue, int limit) {
        List<String> where = new ArrayList<>();
        withinQueues.ifPresent(queues -> where.add("AND queue IN (:readable)"));
        if (queue != null) {
            where.add("AND queue = :queue");
        }
        String sql = OPEN_CLUSTERS.formatted(String.join(" ", where));
        return session().chain(session -> {
                    Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(sql, Object[].class).setParameter("limit", limit);
                    withinQueues.ifPresent(queues -> query.setParameter("readable", queues));
                    if (queue != null) {
                        query.setParameter("queue", queue);
                    }
                    return query.getResultList();
                })
                .map(rows -> rows.stream().map(ClusterRepository::openCluster).toList());
    }

    /** A native query reads timestamptz as OffsetDateTime. */
    private static OpenCluster openCluster(Object[] row) {
        return new OpenCluster((UUID) row[0], (String) row[1], (String) row[2], ((Number) row[3]).intValue(),
                ((OffsetDateTime) row[4]).toInstant(), ((Number) row[5]).intValue());
    }

    private static <Q extends Mutiny.AbstractQuery> Q bands(Q query, Fingerprint fingerprint) {
        for (int i = 0; i < Fingerprint.BANDS; i++) {
            query.setParameter("band" + i, fingerprint.band(i));
        }
        return query;
    }

    private static Uni<Mutiny.Session> session() {
        return Panache.getSession();
    }
}
