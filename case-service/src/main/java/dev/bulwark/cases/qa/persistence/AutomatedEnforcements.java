package dev.bulwark.cases.qa.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The automatic enforcements offered for QA ({@code automated_enforcements}), one row per source key,
 * written in the caller's transaction.
 */
@ApplicationScoped
public class AutomatedEnforcements {

    // A concurrent offer of the same key waits for the first to commit, then inserts nothing.
    private static final String RECORD = """
            INSERT INTO automated_enforcements (source_key, category, action_ids, offered_at)
            VALUES (:sourceKey, :category, :actionIds, :offeredAt)
            ON CONFLICT (source_key) DO NOTHING
            """;

    private static final String QA_CASE = "SELECT CAST(qa_case_id AS text) FROM automated_enforcements WHERE source_key = :sourceKey";

    private static final String ATTACH = "UPDATE automated_enforcements SET qa_case_id = :caseId WHERE source_key = :sourceKey";

    /** Records an offer; false when its source key was offered before. */
    public Uni<Boolean> record(String sourceKey, String category, List<String> actionIds, Instant offeredAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery(RECORD)
                        .setParameter("sourceKey", sourceKey)
                        .setParameter("category", category)
                        .setParameter("actionIds", actionIds.toArray(String[]::new))
                        .setParameter("offeredAt", offeredAt)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** The QA case of an offer made before; empty when it was not sampled. */
    public Uni<Optional<UUID>> qaCaseOf(String sourceKey) {
        return Panache.getSession().chain(session -> session.createNativeQuery(QA_CASE, String.class)
                        .setParameter("sourceKey", sourceKey)
                        .getSingleResultOrNull())
                .map(id -> Optional.ofNullable(id).map(UUID::fromString));
    }

    /** Links an offer to the QA case that samples it. */
    public Uni<Void> attach(String sourceKey, UUID qaCaseId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ATTACH)
                        .setParameter("caseId", qaCaseId)
                        .setParameter("sourceKey", sourceKey)
                        .executeUpdate())
                .replaceWithVoid();
    }
}
