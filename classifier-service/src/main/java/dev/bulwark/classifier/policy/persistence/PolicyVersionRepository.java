package dev.bulwark.classifier.policy.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Records which policy documents the classifier has loaded. */
@ApplicationScoped
public class PolicyVersionRepository implements PanacheRepositoryBase<PolicyVersionEntity, UUID> {

    // ON CONFLICT keeps concurrent starts of several replicas from failing on the unique key.
    private static final String INSERT_IF_ABSENT = "INSERT INTO policy_versions (id, version, sha256, loaded_at) "
            + "VALUES (:id, :version, :sha256, :loadedAt) ON CONFLICT (version, sha256) DO NOTHING";

    /** Inserts the document unless it is already recorded; returns the row, first load time kept. */
    public Uni<PolicyVersionEntity> recordIfAbsent(String version, String sha256) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(INSERT_IF_ABSENT)
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("version", version)
                        .setParameter("sha256", sha256)
                        .setParameter("loadedAt", OffsetDateTime.now(ZoneOffset.UTC))
                        .executeUpdate())
                .chain(() -> find("version = ?1 and sha256 = ?2", version, sha256).singleResult());
    }
}
