package dev.bulwark.classifier.policy.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A policy document the classifier has loaded at least once, identified by version and hash. */
@Entity
@Table(name = "policy_versions")
public class PolicyVersionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String version;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "loaded_at", nullable = false)
    public OffsetDateTime loadedAt;
}
