package dev.bulwark.cases.casefile.persistence;

import dev.bulwark.cases.casefile.ExclusionReason;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reviewers a case must never be handed to; the claim query consults {@code case_exclusions}. */
@ApplicationScoped
public class CaseExclusions {

    private static final String EXCLUDE = """
            INSERT INTO case_exclusions (case_id, reviewer, reason) VALUES (:caseId, :reviewer, :reason)
            ON CONFLICT (case_id, reviewer) DO NOTHING
            """;

    /** Excludes a reviewer from a case, in the caller's transaction; excluding twice keeps the first reason. */
    public Uni<Void> exclude(UUID caseId, String reviewer, ExclusionReason reason) {
        return Panache.getSession().chain(session -> session.createNativeQuery(EXCLUDE)
                        .setParameter("caseId", caseId)
                        .setParameter("reviewer", reviewer)
                        .setParameter("reason", reason.name())
                        .executeUpdate())
                .replaceWithVoid();
    }
}
