package dev.bulwark.classifier.policy.active;

import dev.bulwark.classifier.policy.PolicyDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place that holds the policy in force: the configured document, or the bundled one. Loading
 * fails fast on an invalid document, so the service never runs without a policy.
 */
@ApplicationScoped
public class ActivePolicy {

    private final PolicyDocument document;
    private volatile Instant recordedAt;

    public ActivePolicy(PolicyConfig config) {
        this.document = config.file().map(PolicyDocument::read).orElseGet(PolicyDocument::bundled);
    }

    public PolicyDocument current() {
        return document;
    }

    /** When the active version was first recorded in the database; empty until it is. */
    public Optional<Instant> recordedAt() {
        return Optional.ofNullable(recordedAt);
    }

    void markRecorded(Instant firstLoadedAt) {
        this.recordedAt = firstLoadedAt;
    }
}
