package dev.bulwark.action.audit.application;

import dev.bulwark.action.audit.ChainVerification;
import dev.bulwark.action.audit.ChainVerifier;
import dev.bulwark.action.audit.persistence.AuditLogRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Walks the whole audit chain page by page and reports whether it still holds. */
@ApplicationScoped
public class AuditVerification {

    /** Entries read per query: bounded memory whatever the length of the log. */
    static final int PAGE_SIZE = 500;

    private final AuditLogRepository auditLog;

    public AuditVerification(AuditLogRepository auditLog) {
        this.auditLog = auditLog;
    }

    public Uni<ChainVerification> verify() {
        ChainVerifier verifier = new ChainVerifier();
        return Panache.withSession(() -> walk(verifier, 0L)).map(done -> verifier.result());
    }

    private Uni<Boolean> walk(ChainVerifier verifier, long afterSeq) {
        return auditLog.page(afterSeq, PAGE_SIZE).chain(page -> {
            page.forEach(verifier::accept);
            if (page.size() < PAGE_SIZE) {
                return Uni.createFrom().item(true);
            }
            // Pages hold managed entities; clearing keeps the session small on long logs.
            return Panache.getSession()
                    .invoke(session -> session.clear())
                    .chain(() -> walk(verifier, page.get(page.size() - 1).seq()));
        });
    }
}
