package dev.bulwark.intake.delivery.service;

import dev.bulwark.intake.delivery.persistence.OutboxEntity;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Gauges the delivery outbox per kind: entries pending, entries dead-lettered and the age of the
 * oldest pending one. A scrape reads the figures of the last refresh, never the database.
 */
@Startup
@ApplicationScoped
public class OutboxGauges {

    private static final Logger LOG = Logger.getLogger(OutboxGauges.class);

    private static final String STATE = """
            SELECT kind,
                   count(*) FILTER (WHERE dead_at IS NULL),
                   count(*) FILTER (WHERE dead_at IS NOT NULL),
                   min(created_at) FILTER (WHERE dead_at IS NULL)
            FROM outbox
            WHERE delivered_at IS NULL
            GROUP BY kind
            """;

    /** What the last refresh saw of one kind; oldest pending is null when none is. */
    private record KindState(long pending, long dead, Instant oldestPending) {
        static final KindState EMPTY = new KindState(0, 0, null);
    }

    private final Map<OutboxEntity.Kind, KindState> states = new EnumMap<>(OutboxEntity.Kind.class);

    public OutboxGauges(MeterRegistry meters) {
        for (OutboxEntity.Kind kind : OutboxEntity.Kind.values()) {
            states.put(kind, KindState.EMPTY);
            String tag = kind.name();
            Gauge.builder("bulwark.intake.outbox.pending", this, g -> g.state(kind).pending())
                    .description("Outbox deliveries not yet accepted and still retried, by kind")
                    .tag("kind", tag).strongReference(true).register(meters);
            Gauge.builder("bulwark.intake.outbox.dead", this, g -> g.state(kind).dead())
                    .description("Outbox deliveries dead-lettered (refused by the receiver), by kind")
                    .tag("kind", tag).strongReference(true).register(meters);
            Gauge.builder("bulwark.intake.outbox.lag", this, g -> g.lagSeconds(kind))
                    .description("Age of the oldest outbox delivery pending at the last refresh, by kind (0 when none)")
                    .baseUnit("seconds")
                    .tag("kind", tag).strongReference(true).register(meters);
        }
    }

    @Scheduled(every = "${bulwark.intake.outbox.gauge-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return refresh()
                // A failed pass (the database restarting) keeps the last figures until the next one.
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("outbox gauges not refreshed: %s", e.getClass().getSimpleName());
                    return Uni.createFrom().voidItem();
                });
    }

    /** Reads the outbox state from the database into the gauges. */
    public Uni<Void> refresh() {
        return Panache.withSession(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(STATE, Object[].class).getResultList()))
                .invoke(this::publish)
                .replaceWithVoid();
    }

    private synchronized void publish(List<Object[]> rows) {
        states.replaceAll((kind, state) -> KindState.EMPTY);
        for (Object[] row : rows) {
            states.put(OutboxEntity.Kind.valueOf((String) row[0]),
                    new KindState(((Number) row[1]).longValue(), ((Number) row[2]).longValue(), instant(row[3])));
        }
    }

    private synchronized KindState state(OutboxEntity.Kind kind) {
        return states.get(kind);
    }

    private double lagSeconds(OutboxEntity.Kind kind) {
        Instant oldest = state(kind).oldestPending();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toMillis() / 1000.0);
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
