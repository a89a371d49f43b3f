package dev.bulwark.action.enforcement.persistence;

import dev.bulwark.action.subject.Subject;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Serialises the writes on one subject for the rest of the current transaction, so two enforcements
 * never count the same strikes and a repeated idempotency key sees the first action.
 */
@ApplicationScoped
public class SubjectLock {

    /** Advisory-lock namespace of subjects (the audit chain uses another). */
    static final int NAMESPACE = 1;

    public Uni<Void> lock(Subject subject) {
        return Panache.getSession()
                .chain(session -> session
                        .createNativeQuery("select 1 from pg_advisory_xact_lock(:ns, hashtext(:key))", Integer.class)
                        .setParameter("ns", NAMESPACE)
                        .setParameter("key", subject.key())
                        .getSingleResult())
                .replaceWithVoid();
    }
}
