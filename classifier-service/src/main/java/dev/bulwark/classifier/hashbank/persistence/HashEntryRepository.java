package dev.bulwark.classifier.hashbank.persistence;

import dev.bulwark.classifier.hashbank.HashKind;
import dev.bulwark.classifier.hashbank.NewHashEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Stores the hashes of the banks. */
@ApplicationScoped
public class HashEntryRepository implements PanacheRepositoryBase<HashEntryEntity, Long> {

    // A bank holds each hash once; adding it again leaves the first entry (and who added it) as it was.
    private static final String INSERT_IF_ABSENT = "INSERT INTO hash_entries "
            + "(bank_id, kind, hash, label, source, added_by, added_at) "
            + "VALUES (:bank, :kind, :hash, :label, :source, :addedBy, :addedAt) "
            + "ON CONFLICT (bank_id, kind, hash) DO NOTHING";

    /** One row of the matcher's snapshot: an enabled bank and one of its hashes. */
    public record BankHashRow(String bankName, String category, HashKind kind, String hash) {}

    /** Inserts the entry unless the bank holds it; true when it was inserted. */
    public Uni<Boolean> insertIfAbsent(UUID bankId, NewHashEntry entry, String addedBy, OffsetDateTime addedAt) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(INSERT_IF_ABSENT)
                        .setParameter("bank", bankId)
                        .setParameter("kind", entry.kind().name())
                        .setParameter("hash", entry.hash())
                        .setParameter("label", entry.label())
                        .setParameter("source", entry.source())
                        .setParameter("addedBy", addedBy)
                        .setParameter("addedAt", addedAt)
                        .executeUpdate())
                .map(rows -> rows == 1);
    }

    /** Deletes one hash of a bank; true when there was one. */
    public Uni<Boolean> deleteEntry(UUID bankId, HashKind kind, String hash) {
        return delete("bankId = ?1 and kind = ?2 and hash = ?3", bankId, kind, hash).map(rows -> rows > 0);
    }

    /** Up to {@code limit} entries of a bank after {@code position}, in position order. */
    public Uni<List<HashEntryEntity>> page(UUID bankId, long position, int limit) {
        return find("bankId = ?1 and position > ?2", Sort.by("position"), bankId, position)
                .page(Page.ofSize(limit))
                .list();
    }

    /** Every hash of every enabled bank, for the matcher. */
    public Uni<List<BankHashRow>> enabledHashes() {
        return getSession()
                .chain(session -> session.createQuery("select b.name, b.category, e.kind, e.hash "
                                + "from HashEntryEntity e, HashBankEntity b where e.bankId = b.id and b.enabled = true",
                                Object[].class)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new BankHashRow((String) r[0], (String) r[1], (HashKind) r[2], (String) r[3]))
                        .toList());
    }
}
