package dev.bulwark.classifier.hashbank.service;

import dev.bulwark.classifier.hashbank.AddedHashes;
import dev.bulwark.classifier.hashbank.DuplicateHashBankNameException;
import dev.bulwark.classifier.hashbank.EntryCursor;
import dev.bulwark.classifier.hashbank.EntryPage;
import dev.bulwark.classifier.hashbank.EntryPageRequest;
import dev.bulwark.classifier.hashbank.HashBank;
import dev.bulwark.classifier.hashbank.HashBankNotFoundException;
import dev.bulwark.classifier.hashbank.HashBankRules;
import dev.bulwark.classifier.hashbank.HashEntry;
import dev.bulwark.classifier.hashbank.HashEntryNotFoundException;
import dev.bulwark.classifier.hashbank.HashKind;
import dev.bulwark.classifier.hashbank.NewHashBank;
import dev.bulwark.classifier.hashbank.NewHashEntry;
import dev.bulwark.classifier.hashbank.active.HashBankMatcher;
import dev.bulwark.classifier.hashbank.persistence.HashBankEntity;
import dev.bulwark.classifier.hashbank.persistence.HashBankRepository;
import dev.bulwark.classifier.hashbank.persistence.HashEntryEntity;
import dev.bulwark.classifier.hashbank.persistence.HashEntryRepository;
import dev.bulwark.policy.runtime.ActivePolicies;
import dev.bulwark.policy.Category;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The hash-bank use cases of policy admins. Every change commits first and then reloads this
 * replica's matcher, so the next Score call sees it.
 */
@ApplicationScoped
public class HashBankAdmin {

    private final HashBankRepository banks;
    private final HashEntryRepository entries;
    private final HashBankMatcher matcher;
    private final ActivePolicies activePolicy;

    public HashBankAdmin(HashBankRepository banks, HashEntryRepository entries, HashBankMatcher matcher, ActivePolicies activePolicy) {
        this.banks = banks;
        this.entries = entries;
        this.matcher = matcher;
        this.activePolicy = activePolicy;
    }

    public Uni<HashBank> create(NewHashBank request, String by) {
        Set<String> categories = activePolicy.active().policy().categories().stream().map(Category::id).collect(Collectors.toSet());
        HashBankRules.check(request, categories);
        OffsetDateTime now = now();
        HashBankEntity bank = new HashBankEntity();
        bank.id = UUID.randomUUID();
        bank.name = request.name();
        bank.category = request.category();
        bank.enabled = request.enabled();
        bank.description = HashBankRules.blankToNull(request.description());
        bank.createdBy = by;
        bank.createdAt = now;
        bank.updatedAt = now;
        return Panache.withTransaction(() -> banks.insertIfNameFree(bank))
                .invoke(inserted -> {
                    if (!inserted) {
                        throw new DuplicateHashBankNameException();
                    }
                })
                .replaceWith(() -> toBank(bank, Map.of()));
    }

    public Uni<List<HashBank>> list() {
        return Panache.withSession(() -> banks.listByName()
                .chain(all -> banks.countsByBank()
                        .map(counts -> all.stream().map(b -> toBank(b, counts.getOrDefault(b.id, Map.of()))).toList())));
    }

    public Uni<HashBank> get(UUID id) {
        return Panache.withSession(() -> existing(id).chain(bank -> banks.counts(id).map(counts -> toBank(bank, counts))));
    }

    /** Changes whether the bank matches and, when given, its description. */
    public Uni<HashBank> update(UUID id, Boolean enabled, String description) {
        HashBankRules.checkDescription(description);
        return Panache.withTransaction(() -> existing(id).invoke(bank -> {
                    if (enabled != null) {
                        bank.enabled = enabled;
                    }
                    if (description != null) {
                        bank.description = HashBankRules.blankToNull(description);
                    }
                    bank.updatedAt = now();
                }))
                .call(matcher::refresh)
                .chain(() -> get(id));
    }

    /** Adds hashes the bank does not hold yet; the ones it holds keep their first label and author. */
    public Uni<AddedHashes> add(UUID id, List<NewHashEntry> hashes, String by) {
        OffsetDateTime now = now();
        return Panache.withTransaction(() -> existing(id)
                        .chain(bank -> Multi.createFrom().iterable(hashes)
                                .onItem().transformToUniAndConcatenate(h -> entries.insertIfAbsent(id, h, by, now))
                                .collect().asList()))
                .map(inserted -> {
                    int added = (int) inserted.stream().filter(Boolean::booleanValue).count();
                    return new AddedHashes(added, inserted.size() - added);
                })
                .call(matcher::refresh);
    }

    public Uni<Void> remove(UUID id, NewHashEntry hash) {
        return Panache.withTransaction(() -> existing(id).chain(bank -> entries.deleteEntry(id, hash.kind(), hash.hash())))
                .invoke(deleted -> {
                    if (!deleted) {
                        throw new HashEntryNotFoundException();
                    }
                })
                .call(matcher::refresh)
                .replaceWithVoid();
    }

    public Uni<EntryPage> entries(UUID id, EntryPageRequest page) {
        return Panache.withSession(() -> existing(id).chain(bank -> entries.page(id, page.after(), page.limit() + 1)))
                .map(rows -> {
                    boolean more = rows.size() > page.limit();
                    List<HashEntryEntity> shown = more ? rows.subList(0, page.limit()) : rows;
                    String next = more ? EntryCursor.encode(shown.get(shown.size() - 1).position) : null;
                    return new EntryPage(shown.stream().map(HashBankAdmin::toEntry).toList(), next);
                });
    }

    private Uni<HashBankEntity> existing(UUID id) {
        return banks.findById(id).onItem().ifNull().failWith(HashBankNotFoundException::new);
    }

    private static HashBank toBank(HashBankEntity b, Map<HashKind, Long> counts) {
        return new HashBank(b.id, b.name, b.category, b.enabled, b.description, b.createdBy,
                b.createdAt.toInstant(), b.updatedAt.toInstant(),
                counts.getOrDefault(HashKind.SHA256, 0L), counts.getOrDefault(HashKind.PDQ, 0L));
    }

    private static HashEntry toEntry(HashEntryEntity e) {
        return new HashEntry(e.kind, e.hash, e.label, e.source, e.addedBy, e.addedAt.toInstant());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
