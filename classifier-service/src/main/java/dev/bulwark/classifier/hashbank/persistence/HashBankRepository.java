package dev.bulwark.classifier.hashbank.persistence;

import dev.bulwark.classifier.hashbank.HashKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Stores hash banks. */
@ApplicationScoped
public class HashBankRepository implements PanacheRepositoryBase<HashBankEntity, UUID> {

    // ON CONFLICT makes the unique name a result rather than a failed transaction.
    private static final String INSERT_IF_NAME_FREE = "INSERT INTO hash_banks "
            + "(id, name, category, enabled, description, created_by, created_at, updated_at) "
            + "VALUES (:id, :name, :category, :enabled, :description, :createdBy, :createdAt, :updatedAt) "
            + "ON CONFLICT (name) DO NOTHING";

    /** Inserts the bank unless its name is taken; true when it was inserted. */
    public Uni<Boolean> insertIfNameFree(HashBankEntity bank) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(INSERT_IF_NAME_FREE)
                        .setParameter("id", bank.id)
                        .setParameter("name", bank.name)
                        .setParameter("category", bank.category)
                        .setParameter("enabled", bank.enabled)
                        .setParameter("description", bank.description)
                        .setParameter("createdBy", bank.createdBy)
                        .setParameter("createdAt", bank.createdAt)
                        .setParameter("updatedAt", bank.updatedAt)
                        .executeUpdate())
                .map(rows -> rows == 1);
    }

    public Uni<List<HashBankEntity>> listByName() {
        return listAll(Sort.by("name"));
    }

    /** How many hashes of each kind each bank holds; banks without hashes are absent. */
    public Uni<Map<UUID, Map<HashKind, Long>>> countsByBank() {
        return getSession()
                .chain(session -> session.createQuery(
                                "select e.bankId, e.kind, count(e) from HashEntryEntity e group by e.bankId, e.kind", Object[].class)
                        .getResultList())
                .map(HashBankRepository::toCounts);
    }

    /** How many hashes of each kind one bank holds. */
    public Uni<Map<HashKind, Long>> counts(UUID bankId) {
        return getSession()
                .chain(session -> session.createQuery(
                                "select e.bankId, e.kind, count(e) from HashEntryEntity e where e.bankId = :bank "
                                        + "group by e.bankId, e.kind", Object[].class)
                        .setParameter("bank", bankId)
                        .getResultList())
                .map(rows -> toCounts(rows).getOrDefault(bankId, Map.of()));
    }

    private static Map<UUID, Map<HashKind, Long>> toCounts(List<Object[]> rows) {
        Map<UUID, Map<HashKind, Long>> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((UUID) row[0], k -> new HashMap<>()).put((HashKind) row[1], (Long) row[2]);
        }
        return counts;
    }
}
