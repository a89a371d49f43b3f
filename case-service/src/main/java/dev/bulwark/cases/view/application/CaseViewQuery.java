package dev.bulwark.cases.view.application;

import dev.bulwark.cases.casefile.CaseNotFoundException;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseEventRepository;
import dev.bulwark.cases.casefile.persistence.CaseItemRepository;
import dev.bulwark.cases.casefile.persistence.CaseRepository;
import dev.bulwark.cases.view.CaseListQuery;
import dev.bulwark.cases.view.PageCursor;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads cases for reviewers: one case in full, or a keyset-paged list. */
@ApplicationScoped
public class CaseViewQuery {

    private final CaseRepository cases;
    private final CaseItemRepository items;
    private final CaseEventRepository events;

    public CaseViewQuery(CaseRepository cases, CaseItemRepository items, CaseEventRepository events) {
        this.cases = cases;
        this.items = items;
        this.events = events;
    }

    public Uni<CaseDetails> find(UUID id) {
        return Panache.withSession(() -> cases.findById(id).chain(kase -> {
            if (kase == null) {
                return Uni.createFrom().failure(new CaseNotFoundException(id));
            }
            return items.listForCase(id).chain(caseItems -> events.listForCase(id)
                    .map(caseEvents -> new CaseDetails(kase, caseItems, caseEvents)));
        }));
    }

    /**
     * Newest first; fetches one row more than asked to know whether another page follows.
     * {@code withinQueues}, when present, limits the page to the queues the caller may read.
     */
    public Uni<CasePage> list(CaseListQuery query, Optional<Set<String>> withinQueues) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (withinQueues.isPresent()) {
            if (withinQueues.get().isEmpty()) {
                return Uni.createFrom().item(new CasePage(List.of(), null));
            }
            where.add("queue in :readable");
            parameters.and("readable", withinQueues.get());
        }
        if (query.queue() != null) {
            where.add("queue = :queue");
            parameters.and("queue", query.queue());
        }
        if (query.status() != null) {
            where.add("status = :status");
            parameters.and("status", query.status());
        }
        if (query.after() != null) {
            where.add("(createdAt < :createdAt or (createdAt = :createdAt and id < :id))");
            parameters.and("createdAt", query.after().createdAt()).and("id", query.after().id());
        }
        String hql = "from CaseEntity" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by createdAt desc, id desc";
        return Panache.withSession(() -> cases.find(hql, parameters).range(0, query.limit()).list())
                .map(rows -> {
                    if (rows.size() <= query.limit()) {
                        return new CasePage(rows, null);
                    }
                    List<CaseEntity> page = rows.subList(0, query.limit());
                    CaseEntity last = page.get(page.size() - 1);
                    return new CasePage(page, new PageCursor(last.createdAt, last.id));
                });
    }
}
