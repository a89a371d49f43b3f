package dev.bulwark.classifier.policy.service;

import dev.bulwark.classifier.policy.PolicyEvent;
import dev.bulwark.classifier.policy.PolicyLifecycle;
import dev.bulwark.classifier.policy.persistence.PolicyEventRepository;
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Shadows, promotes and rolls back policy versions. Every change is an audited event in PostgreSQL;
 * the version in force and the candidate are the projection of those events, so every replica (which
 * re-reads the history when another replica has added to it) and every restart agree on them.
 */
@ApplicationScoped
public class PolicyLifecycleService {

    private static final Logger LOG = Logger.getLogger(PolicyLifecycleService.class);
    /** Serialises changes across replicas (an arbitrary constant key for pg_advisory_xact_lock). */
    private static final long CHANGE_LOCK = 0x6275_6c77_6172_6b01L;

    private final ActivePolicies policies;
    private final PolicyEventRepository events;
    private final MeterRegistry registry;
    private final Clock clock;
    private final String directoryDefault;
    private volatile PolicyLifecycle lifecycle;
    private volatile long eventsApplied;

    public PolicyLifecycleService(ActivePolicies policies, PolicyEventRepository events, MeterRegistry registry) {
        this.policies = policies;
        this.events = events;
        this.registry = registry;
        this.clock = Clock.systemUTC();
        this.directoryDefault = policies.active().version();
        this.lifecycle = PolicyLifecycle.replay(directoryDefault, List.of());
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(this::refresh));
    }

    /** Picks up changes another replica recorded. */
    @Scheduled(every = "${bulwark.policy.lifecycle-sync-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> syncOnSchedule() {
        return Panache.withSession(() -> events.size().chain(n -> n == eventsApplied ? Uni.createFrom().voidItem() : refresh()));
    }

    /** The candidate shadowed beside the version in force, when there is one and this replica knows it. */
    public Optional<PolicyDocument> candidate() {
        return lifecycle.candidate().flatMap(policies::version);
    }

    public PolicyLifecycle state() {
        return lifecycle;
    }

    public Uni<List<PolicyEvent>> history() {
        return Panache.withSession(events::history);
    }

    public Uni<PolicyEvent> setCandidate(String version, String actor, String reason) {
        return change(l -> l.setCandidate(version, known(), actor, reason, clock.instant()));
    }

    public Uni<PolicyEvent> clearCandidate(String actor, String reason) {
        return change(l -> l.clearCandidate(actor, reason, clock.instant()));
    }

    public Uni<PolicyEvent> promote(String actor, String reason) {
        return change(l -> l.promote(known(), actor, reason, clock.instant()));
    }

    public Uni<PolicyEvent> rollback(Optional<String> version, String actor, String reason) {
        return change(l -> l.rollback(version, known(), actor, reason, clock.instant()));
    }

    /** Replays the recorded history under a lock, applies one command, records its event, puts it in force. */
    private Uni<PolicyEvent> change(Function<PolicyLifecycle, PolicyEvent> command) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("SELECT pg_advisory_xact_lock(:key)").setParameter("key", CHANGE_LOCK).getSingleResult())
                .chain(events::history)
                .chain(history -> {
                    PolicyLifecycle replayed = PolicyLifecycle.replay(directoryDefault, history);
                    PolicyEvent event = command.apply(replayed);
                    return events.append(event).invoke(() -> {
                        install(replayed, history.size() + 1);
                        Counter.builder("bulwark.policy.changes")
                                .description("Audited policy changes, by kind")
                                .tag("kind", event.kind().name())
                                .register(registry)
                                .increment();
                        LOG.infof("policy %s: %s by %s", event.kind(), event.version(), event.actor());
                    });
                }));
    }

    private Uni<Void> refresh() {
        return events.history().invoke(history -> install(PolicyLifecycle.replay(directoryDefault, history), history.size()))
                .replaceWithVoid();
    }

    private void install(PolicyLifecycle next, long applied) {
        boolean inForce = policies.active().version().equals(next.active());
        if (!inForce && policies.version(next.active()).isPresent()) {
            policies.putInForce(next.active());
        } else if (!inForce) {
            LOG.warnf("recorded policy version %s is not in the policy directory; %s stays in force",
                    next.active(), policies.active().version());
        }
        this.lifecycle = next;
        this.eventsApplied = applied;
    }

    private Set<String> known() {
        return policies.catalog().documents().stream().map(PolicyDocument::version).collect(Collectors.toSet());
    }
}
