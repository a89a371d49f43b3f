package dev.bulwark.cases.queue.application;

import dev.bulwark.cases.platform.config.CasesConfig;
import dev.bulwark.cases.queue.QueueBacklog;
import dev.bulwark.cases.queue.SystemQueue;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.jboss.logging.Logger;

/**
 * Gauges every queue's backlog, oldest case age, SLA breaches and SLA, from the backlog query run on
 * a schedule: a scrape reads the last figures and never the database.
 */
@Startup
@ApplicationScoped
public class QueueGauges {

    private static final Logger LOG = Logger.getLogger(QueueGauges.class);

    private final QueueBacklogQuery query;
    private final ActivePolicies policies;
    private final CasesConfig config;
    private final MeterRegistry meters;
    private final Map<String, QueueBacklog> latest = new ConcurrentHashMap<>();

    public QueueGauges(QueueBacklogQuery query, ActivePolicies policies, CasesConfig config, MeterRegistry meters) {
        this.query = query;
        this.policies = policies;
        this.config = config;
        this.meters = meters;
    }

    @Scheduled(every = "${bulwark.cases.queue-gauges-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return refresh()
                // A failed pass (the database restarting) keeps the last figures until the next one.
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("queue gauges not refreshed: %s", e.getClass().getSimpleName());
                    return Uni.createFrom().voidItem();
                });
    }

    /** Reads every queue's backlog from the database into the gauges. */
    public Uni<Void> refresh() {
        return query.backlog().invoke(this::publish).replaceWithVoid();
    }

    private void publish(List<QueueBacklog> queues) {
        // A queue a new policy version dropped reads empty rather than its last backlog.
        latest.replaceAll((queue, backlog) -> QueueBacklog.empty(queue));
        for (QueueBacklog backlog : queues) {
            if (latest.put(backlog.queue(), backlog) == null) {
                register(backlog.queue());
            }
        }
    }

    private void register(String queue) {
        backlog(queue, "open", QueueBacklog::open);
        backlog(queue, "claimed", QueueBacklog::claimed);
        backlog(queue, "awaiting_info", QueueBacklog::awaitingInfo);
        gauge("bulwark.cases.queue.oldest.age", queue, "Age of the queue's oldest case not yet closed (0 when empty)",
                b -> b.oldestOpenAgeSeconds() == null ? 0 : b.oldestOpenAgeSeconds())
                .baseUnit("seconds").register(meters);
        gauge("bulwark.cases.queue.sla.breaches", queue, "Cases of the queue not yet closed whose SLA is already due",
                QueueBacklog::slaBreaches)
                .register(meters);
        Gauge.builder("bulwark.cases.queue.sla", this, gauges -> gauges.slaSeconds(queue))
                .description("The queue's SLA: how long after opening a case is due")
                .tag("queue", queue)
                .baseUnit("seconds")
                .strongReference(true)
                .register(meters);
    }

    private void backlog(String queue, String state, ToDoubleFunction<QueueBacklog> count) {
        gauge("bulwark.cases.queue.backlog", queue, "Cases of the queue not yet closed, by state", count)
                .tag("state", state)
                .register(meters);
    }

    private Gauge.Builder<QueueGauges> gauge(String name, String queue, String description, ToDoubleFunction<QueueBacklog> value) {
        return Gauge.builder(name, this, gauges -> value.applyAsDouble(gauges.latest.get(queue)))
                .description(description)
                .tag("queue", queue)
                .strongReference(true);
    }

    private double slaSeconds(String queue) {
        Duration sla = SystemQueue.of(queue)
                .map(system -> system == SystemQueue.APPEALS ? config.appealSla() : config.qa().sla())
                .orElseGet(() -> policies.active().policy().routing().queues().stream()
                        .filter(q -> q.id().equals(queue))
                        .findFirst()
                        .map(q -> Duration.ofMinutes(q.slaMinutes()))
                        .orElse(Duration.ZERO));
        return sla.toSeconds();
    }
}
