package dev.bulwark.action.audit.application;

import dev.bulwark.action.audit.AuditEntry;
import dev.bulwark.action.audit.persistence.AuditLogRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads the audit log in chain order, a page at a time, for auditors. */
@ApplicationScoped
public class AuditEntries {

    /** Most entries one page holds. */
    public static final int MAX_PAGE = 500;

    private final AuditLogRepository auditLog;

    public AuditEntries(AuditLogRepository auditLog) {
        this.auditLog = auditLog;
    }

    /** Up to {@code size} entries after sequence number {@code afterSeq} (0 for the start of the chain). */
    public Uni<List<AuditEntry>> page(long afterSeq, int size) {
        return Panache.withSession(() -> auditLog.page(afterSeq, size));
    }
}
