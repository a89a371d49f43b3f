package dev.bulwark.cases.view.application;

import dev.bulwark.cases.access.QueueAccess;
import dev.bulwark.cases.casefile.CaseNotFoundException;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseEventRepository;
import dev.bulwark.cases.casefile.persistence.CaseItemRepository;
import dev.bulwark.cases.casefile.persistence.CaseRepository;
import dev.bulwark.cases.decision.SubjectStanding;
import dev.bulwark.cases.decision.grpc.ActionGateway;
import dev.bulwark.cases.decision.persistence.CaseDecisionEntity;
import dev.bulwark.cases.decision.persistence.CaseDecisionRepository;
import dev.bulwark.cases.view.CaseListQuery;
import dev.bulwark.cases.view.PageCursor;
import dev.bulwark.cases.view.PriorCase;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Reads cases for reviewers: one case in full, or a keyset-paged list. */
@ApplicationScoped
public class CaseViewQuery {

    /** Most other cases of the subject shown beside a case. */
    public static final int MAX_PRIOR_CASES = 20;

    private static final Logger LOG = Logger.getLogger(CaseViewQuery.class);

    private final CaseRepository cases;
    private final CaseItemRepository items;
    private final CaseEventRepository events;
    private final CaseDecisionRepository decisions;
    private final ActionGateway action;

    public CaseViewQuery(CaseRepository cases, CaseItemRepository items, CaseEventRepository events,
            CaseDecisionRepository decisions, ActionGateway action) {
        this.cases = cases;
        this.items = items;
        this.events = events;
        this.decisions = decisions;
        this.action = action;
    }

    /**
     * The case as {@code reader} sees it, with the subject's standing and the other cases about the
     * subject that the reader may read. A case outside the reader's queues is not found. The view
     * does without the standing when action-service cannot answer: the case itself matters more.
     */
    public Uni<CaseDetails> find(UUID id, QueueAccess reader) {
        return Panache.withSession(() -> cases.findById(id).chain(kase -> {
                    if (kase == null || !reader.mayRead(kase.queue)) {
                        return Uni.createFrom().failure(new CaseNotFoundException(id));
                    }
                    return details(kase).chain(details -> priorCases(kase, reader.readableQueues())
                            .map(prior -> new Stored(details, prior)));
                }))
                .chain(stored -> standing(stored.details().kase()).map(stored::withStanding));
    }

    /** What the database holds about the case and its subject; the standing comes from action-service. */
    private record Stored(CaseDetails details, List<PriorCase> priorCases) {

        CaseDetails withStanding(SubjectStanding standing) {
            return new CaseDetails(details.kase(), details.items(), details.events(), new SubjectHistory(standing, priorCases));
        }
    }

    private Uni<CaseDetails> details(CaseEntity kase) {
        return items.listForCase(kase.id).chain(caseItems -> events.listForCase(kase.id)
                .map(caseEvents -> new CaseDetails(kase, caseItems, caseEvents)));
    }

    private Uni<SubjectStanding> standing(CaseEntity kase) {
        return action.standing(kase.subject())
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("case view %s without the subject's standing: %s", kase.id, failure.getMessage());
                    return null;
                });
    }

    /** The subject's other cases, newest first, with the outcome of those decided. */
    private Uni<List<PriorCase>> priorCases(CaseEntity kase, Optional<Set<String>> withinQueues) {
        if (withinQueues.isPresent() && withinQueues.get().isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Parameters parameters = Parameters.with("type", kase.subjectType).and("subject", kase.subjectId).and("self", kase.id);
        String hql = "from CaseEntity where subjectType = :type and subjectId = :subject and id <> :self";
        if (withinQueues.isPresent()) {
            hql += " and queue in :readable";
            parameters.and("readable", withinQueues.get());
        }
        return cases.find(hql + " order by createdAt desc, id desc", parameters).range(0, MAX_PRIOR_CASES - 1).list()
                .chain(others -> others.isEmpty()
                        ? Uni.createFrom().item(List.<PriorCase>of())
                        : decisions.list("caseId in ?1", others.stream().map(c -> c.id).toList())
                                .map(decided -> withOutcomes(others, decided)));
    }

    private static List<PriorCase> withOutcomes(List<CaseEntity> others, List<CaseDecisionEntity> decided) {
        Map<UUID, String> outcomes = decided.stream()
                .collect(Collectors.toMap(d -> d.caseId, d -> d.outcome));
        return others.stream()
                .map(c -> new PriorCase(c.id, c.kind, c.status, c.queue, c.category, c.createdAt, c.closedAt,
                        outcomes.get(c.id)))
                .toList();
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
        filter(where, parameters, "queue = :queue", "queue", query.queue());
        filter(where, parameters, "status = :status", "status", query.status());
        filter(where, parameters, "kind = :kind", "kind", query.kind());
        filter(where, parameters, "category = :category", "category", query.category());
        filter(where, parameters, "leaseOwner = :assignee", "assignee", query.assignee());
        filter(where, parameters, "createdAt >= :createdFrom", "createdFrom", query.createdFrom());
        filter(where, parameters, "createdAt < :createdTo", "createdTo", query.createdTo());
        if (query.subject() != null) {
            where.add("subjectType = :subjectType and subjectId = :subjectId");
            parameters.and("subjectType", query.subject().type()).and("subjectId", query.subject().id());
        }
        if (query.after() != null) {
            where.add("(createdAt < :afterCreatedAt or (createdAt = :afterCreatedAt and id < :afterId))");
            parameters.and("afterCreatedAt", query.after().createdAt()).and("afterId", query.after().id());
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

    private static void filter(List<String> where, Parameters parameters, String condition, String name, Object value) {
        if (value != null) {
            where.add(condition);
            parameters.and(name, value);
        }
    }
}
