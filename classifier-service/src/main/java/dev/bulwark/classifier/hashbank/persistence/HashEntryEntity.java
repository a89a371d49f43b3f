package dev.bulwark.classifier.hashbank.persistence;

import dev.bulwark.classifier.hashbank.HashKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One hash of a bank; {@code position} orders the bank's pages. */
@Entity
@Table(name = "hash_entries")
public class HashEntryEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(name = "bank_id", nullable = false)
    public UUID bankId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    public HashKind kind;

    @Column(nullable = false, length = 64)
    public String hash;

    @Column(length = 200)
    public String label;

    @Column(length = 200)
    public String source;

    @Column(name = "added_by", nullable = false)
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public OffsetDateTime addedAt;
}
