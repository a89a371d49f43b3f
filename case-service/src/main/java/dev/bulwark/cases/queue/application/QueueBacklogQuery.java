package dev.bulwark.cases.queue.application;

import dev.bulwark.cases.queue.QueueBacklog;
import dev.bulwark.cases.queue.QueueBacklog.HandlingTimes;
import dev.bulwark.cases.queue.SystemQueue;
import dev.bulwark.policy.Queue;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Counts the backlog of every queue of the policy and of the workflow (appeals, QA), including queues
 * with nothing in them, with the handling-time percentiles of the last 24 hours.
 */
@ApplicationScoped
public class QueueBacklogQuery {

    private static final String BACKLOG = """
            SELECT queue,
                   count(*) FILTER (WHERE status = 'OPEN'
                                       OR (status = 'CLAIMED' AND lease_expires_at <= :now)
                                       OR (status = 'AWAITING_INFO' AND hold_until <= :now)),
                   count(*) FILTER (WHERE status = 'CLAIMED' AND lease_expires_at > :now),
                   count(*) FILTER (WHERE status = 'AWAITING_INFO' AND hold_until > :now),
                   count(*) FILTER (WHERE tier = 'SENIOR'),
                   min(created_at),
                   count(*) FILTER (WHERE sla_due_at <= :now)
            FROM cases
            WHERE status <> 'CLOSED'
            GROUP BY queue
            """;

    private static final String HANDLING = """
            SELECT queue, count(*),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY handling_ms),
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY handling_ms),
                   percentile_cont(0.99) WITHIN GROUP (ORDER BY handling_ms)
            FROM case_decisions
            WHERE decided_at > :since
            GROUP BY queue
            """;

    static final Duration HANDLING_WINDOW = Duration.ofHours(24);

    private final ActivePolicies policies;
    private final Clock clock;

    public QueueBacklogQuery(ActivePolicies policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    public Uni<List<QueueBacklog>> backlog() {
        Instant now = clock.instant();
        return Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(BACKLOG, Object[].class)
                        .setParameter("now", now)
                        .getResultList()
                        .chain(backlogRows -> session.createNativeQuery(HANDLING, Object[].class)
                                .setParameter("since", now.minus(HANDLING_WINDOW))
                                .getResultList()
                                .map(handlingRows -> combine(backlogRows, handlingRows, now)))));
    }

    private List<QueueBacklog> combine(List<Object[]> backlogRows, List<Object[]> handlingRows, Instant now) {
        Map<String, QueueBacklog> byQueue = new HashMap<>();
        for (Object[] row : backlogRows) {
            String queue = (String) row[0];
            Instant oldest = instant(row[5]);
            byQueue.put(queue, new QueueBacklog(queue, number(row[1]), number(row[2]), number(row[3]), number(row[4]),
                    oldest == null ? null : Duration.between(oldest, now).toSeconds(), number(row[6]), HandlingTimes.NONE));
        }
        Map<String, HandlingTimes> handling = new HashMap<>();
        for (Object[] row : handlingRows) {
            handling.put((String) row[0], new HandlingTimes(number(row[1]), seconds(row[2]), seconds(row[3]), seconds(row[4])));
        }
        Stream<String> policyQueues = policies.active().policy().routing().queues().stream().map(Queue::id);
        Stream<String> systemQueues = Arrays.stream(SystemQueue.values()).map(SystemQueue::id);
        return Stream.concat(policyQueues, systemQueues)
                .map(id -> byQueue.getOrDefault(id, QueueBacklog.empty(id))
                        .withHandling(handling.getOrDefault(id, HandlingTimes.NONE)))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) value;
    }

    private static Double seconds(Object millis) {
        return millis == null ? null : ((Number) millis).doubleValue() / 1000.0;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
