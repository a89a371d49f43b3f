package dev.bulwark.policy.runtime;

import dev.bulwark.policy.PolicyCatalog;
import dev.bulwark.policy.PolicyDirectory;
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.policy.PolicyViolation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The policies a service knows and the one in force. Every version of the policy directory is kept,
 * so a decision made under an older version is routed and enforced under that version; the catalog is
 * read again every {@code bulwark.policy.reload-interval} and swapped in whole, never half-read.
 */
// Created at startup: a policy directory that names no valid policy stops the service before it
// serves, and the policy metrics exist from the first scrape on, not from the first decision.
@Startup
@ApplicationScoped
public class ActivePolicies {

    private static final Logger LOG = Logger.getLogger(ActivePolicies.class);

    private final Optional<PolicyDirectory> directory;
    private final AtomicReference<State> state;
    private final MeterRegistry registry;
    private final MultiGauge activeGauge;

    /** The catalog and the version in force, swapped together. */
    private record State(PolicyCatalog catalog, String activeVersion) {
        PolicyDocument active() {
            return catalog.version(activeVersion).orElseGet(catalog::newest);
        }
    }

    public ActivePolicies(PolicyRuntimeConfig config, MeterRegistry registry) {
        this.registry = registry;
        this.directory = config.directory().map(PolicyDirectory::new);
        PolicyCatalog catalog = directory.map(PolicyDirectory::load).orElseGet(PolicyCatalog::bundled);
        catalog.refused().forEach(v -> LOG.warnf("policy refused: %s", v));
        String active = config.activeVersion().orElse(catalog.newest().version());
        if (catalog.version(active).isEmpty()) {
            throw new IllegalStateException("bulwark.policy.active-version names no policy of the directory: " + active);
        }
        this.state = new AtomicReference<>(new State(catalog, active));
        this.activeGauge = MultiGauge.builder("bulwark.policy.active")
                .description("1 for the usage policy version in force, 0 for the other versions known")
                .register(registry);
        publishActiveVersion();
        registry.gauge("bulwark.policy.versions", this, p -> p.catalog().documents().size());
        registry.gauge("bulwark.policy.refused", this, p -> p.catalog().refused().size());
        LOG.infof("usage policy %s in force (%d versions known)", active, catalog.documents().size());
    }

    /** The policy in force. */
    public PolicyDocument active() {
        return state.get().active();
    }

    /** Every version known, and what the last read refused. */
    public PolicyCatalog catalog() {
        return state.get().catalog();
    }

    public Optional<PolicyDocument> version(String version) {
        return catalog().version(version);
    }

    /** The policy a decision was made under when this service knows it, else the one in force. */
    public PolicyDocument forDecision(String version) {
        State current = state.get();
        return version == null || version.isBlank()
                ? current.active()
                : current.catalog().version(version).orElseGet(current::active);
    }

    /** Puts a known version in force (promotion, rollback); fails for a version the catalog lacks. */
    public PolicyDocument putInForce(String version) {
        State next = state.updateAndGet(s -> {
            if (s.catalog().version(version).isEmpty()) {
                throw new NoSuchElementException("unknown policy version " + version);
            }
            return new State(s.catalog(), version);
        });
        publishActiveVersion();
        LOG.infof("usage policy %s put in force", version);
        return next.active();
    }

    @Scheduled(every = "${bulwark.policy.reload-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reloadOnSchedule() {
        directory.ifPresent(d -> reload());
    }

    /** Reads the directory again; returns true when the catalog changed. */
    public boolean reload() {
        PolicyDirectory dir = directory.orElseThrow(() -> new IllegalStateException("no policy directory configured"));
        State before = state.get();
        PolicyCatalog catalog = dir.reload(before.catalog());
        if (catalog.sameAs(before.catalog())) {
            count("unchanged");
            return false;
        }
        catalog.refused().forEach(v -> LOG.warnf("policy refused, running version stays: %s", v));
        state.updateAndGet(s -> new State(catalog, catalog.version(s.activeVersion()).isPresent()
                ? s.activeVersion()
                : catalog.newest().version()));
        publishActiveVersion();
        count(catalog.refused().isEmpty() ? "applied" : "applied-with-refusals");
        LOG.infof("policy directory reloaded: %s in force, %d versions, %d refused",
                active().version(), catalog.documents().size(), catalog.refused().size());
        return true;
    }

    private void count(String outcome) {
        Counter.builder("bulwark.policy.reloads")
                .description("Reads of the policy directory, by outcome")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    /** For health: one line per refused document. */
    public List<String> refusals() {
        return catalog().refused().stream().map(PolicyViolation::toString).toList();
    }

    /** {@code bulwark.policy.active{version}} is 1 for the version in force and 0 for the others known. */
    private void publishActiveVersion() {
        State current = state.get();
        activeGauge.register(current.catalog().documents().stream()
                .map(d -> MultiGauge.Row.of(Tags.of("version", d.version()), d.version().equals(current.active().version()) ? 1 : 0))
                .toList(), true);
    }
}
