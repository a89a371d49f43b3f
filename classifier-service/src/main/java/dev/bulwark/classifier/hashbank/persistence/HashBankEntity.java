package dev.bulwark.classifier.hashbank.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A hash bank row. */
@Entity
@Table(name = "hash_banks")
public class HashBankEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 63)
    public String name;

    @Column(nullable = false, length = 64)
    public String category;

    @Column(nullable = false)
    public boolean enabled;

    @Column(length = 500)
    public String description;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
