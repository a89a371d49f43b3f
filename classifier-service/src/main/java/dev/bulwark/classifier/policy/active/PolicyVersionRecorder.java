package dev.bulwark.classifier.policy.active;

import dev.bulwark.classifier.policy.PolicyDocument;
import dev.bulwark.classifier.policy.persistence.PolicyVersionRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Records the active policy version (and the hash of its document) in the database at startup. */
@ApplicationScoped
public class PolicyVersionRecorder {

    private static final Logger LOG = Logger.getLogger(PolicyVersionRecorder.class);

    private final ActivePolicy activePolicy;
    private final PolicyVersionRepository repository;

    public PolicyVersionRecorder(ActivePolicy activePolicy, PolicyVersionRepository repository) {
        this.activePolicy = activePolicy;
        this.repository = repository;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        PolicyDocument document = activePolicy.current();
        var row = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> repository.recordIfAbsent(document.version(), document.sha256())));
        activePolicy.markRecorded(row.loadedAt.toInstant());
        LOG.infof("Active policy version %s (sha256 %s) from %s, first loaded at %s",
                document.version(), document.sha256(), document.source(), row.loadedAt);
    }
}
