package dev.bulwark.classifier.policy.service;

import dev.bulwark.classifier.policy.persistence.PolicyVersionRepository;
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Records every policy document the classifier knows (version and the hash of its bytes) at startup,
 * so that a decision's policy version can always be traced to the exact document that made it.
 */
@ApplicationScoped
public class PolicyVersionRecorder {

    private static final Logger LOG = Logger.getLogger(PolicyVersionRecorder.class);

    private final ActivePolicies policies;
    private final PolicyVersionRepository repository;

    public PolicyVersionRecorder(ActivePolicies policies, PolicyVersionRepository repository) {
        this.policies = policies;
        this.repository = repository;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        // One session runs one statement at a time: record the documents one after the other.
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Multi.createFrom()
                .iterable(policies.catalog().documents())
                .onItem().transformToUniAndConcatenate(this::record)
                .collect().last()));
    }

    private Uni<Void> record(PolicyDocument document) {
        return repository.recordIfAbsent(document.version(), document.sha256())
                .invoke(row -> LOG.infof("policy version %s (sha256 %s) from %s, first loaded at %s",
                        document.version(), document.sha256(), document.source(), row.loadedAt))
                .replaceWithVoid();
    }
}
