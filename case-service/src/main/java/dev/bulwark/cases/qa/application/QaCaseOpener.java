package dev.bulwark.cases.qa.application;

import dev.bulwark.cases.casefile.CaseEvent;
import dev.bulwark.cases.casefile.CaseKind;
import dev.bulwark.cases.casefile.ItemSource;
import dev.bulwark.cases.casefile.Subject;
import dev.bulwark.cases.casefile.persistence.CaseEntity;
import dev.bulwark.cases.casefile.persistence.CaseItemEntity;
import dev.bulwark.cases.casefile.persistence.CaseItemRepository;
import dev.bulwark.cases.casefile.persistence.CaseJournal;
import dev.bulwark.cases.platform.config.CasesConfig;
import dev.bulwark.cases.qa.QaOrigin;
import dev.bulwark.cases.qa.persistence.QaSampleEntity;
import dev.bulwark.cases.qa.persistence.QaSampleRepository;
import dev.bulwark.cases.queue.CasePriority;
import dev.bulwark.cases.queue.CaseRoute;
import dev.bulwark.cases.queue.SystemQueue;
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Opens the QA case of a sampled decision in the caller's transaction: a case of kind QA in the
 * {@code qa} queue about the same subject and category, under the policy version of the decision it
 * checks, holding the items that decision was made on, and the sample row that remembers the decision.
 */
@ApplicationScoped
public class QaCaseOpener {

    private final CaseJournal journal;
    private final CaseItemRepository items;
    private final QaSampleRepository samples;
    private final ActivePolicies policies;
    private final CasesConfig config;
    private final MeterRegistry meters;

    public QaCaseOpener(CaseJournal journal, CaseItemRepository items, QaSampleRepository samples, ActivePolicies policies,
            CasesConfig config, MeterRegistry meters) {
        this.journal = journal;
        this.items = items;
        this.samples = samples;
        this.policies = policies;
        this.config = config;
        this.meters = meters;
    }

    /**
     * What the QA case is about.
     *
     * @param items new item rows (their case id is filled in here), at least one
     * @param sample the sample row (its case id is filled in here)
     * @param tenant the product team of the checked decision's subject, named if QA enforces; null when unknown
     */
    public record QaCase(Subject subject, String category, String policyVersion, long reach, List<CaseItemEntity> items,
            QaSampleEntity sample, String tenant) {}

    public Uni<CaseEntity> open(QaCase qa, Instant now) {
        PolicyDocument policy = policies.forDecision(qa.policyVersion());
        List<CaseItemEntity> rows = qa.items();
        CaseItemEntity first = rows.get(0);
        int reports = (int) rows.stream().filter(item -> item.source == ItemSource.REPORT).count();
        CaseEntity kase = new CaseEntity();
        kase.id = UUID.randomUUID();
        kase.kind = CaseKind.QA;
        kase.subjectType = qa.subject().type();
        kase.subjectId = qa.subject().id();
        kase.organizationId = qa.subject().organizationId();
        kase.queue = SystemQueue.QA.id();
        kase.category = qa.category();
        kase.severity = CaseRoute.severity(policy.policy(), qa.category());
        kase.surface = first.surface;
        kase.language = first.language;
        kase.tenant = qa.tenant();
        kase.reportCount = reports;
        kase.reach = qa.reach();
        kase.priority = CasePriority.of(kase.severity, rows.size(), reports, kase.reach, Duration.ZERO);
        kase.priorityAt = now;
        kase.policyVersion = qa.policyVersion() != null ? qa.policyVersion() : policy.version();
        kase.slaDueAt = now.plus(config.qa().sla());
        kase.createdAt = now;
        QaSampleEntity sample = qa.sample();
        sample.caseId = kase.id;
        Uni<CaseEntity> opened = journal.open(kase, CaseEvent.opened(now), openedDetails(first, sample));
        for (CaseItemEntity item : rows.subList(1, rows.size())) {
            opened = opened.chain(current -> journal.append(current, current.state().addItem(now), itemDetails(item)));
        }
        rows.forEach(item -> item.caseId = kase.id);
        return opened
                .call(() -> items.persist(rows))
                .call(() -> samples.persist(sample))
                .invoke(() -> meters.counter("bulwark.cases.qa.sampled", "origin", sample.origin.name()).increment());
    }

    private static Map<String, Object> openedDetails(CaseItemEntity first, QaSampleEntity sample) {
        Map<String, Object> details = new HashMap<>(itemDetails(first));
        details.put("qaOrigin", sample.origin.name());
        if (sample.origin == QaOrigin.REVIEW) {
            details.put("sampledCaseId", sample.sampledCaseId.toString());
        }
        details.put("actionIds", List.of(sample.actionIds));
        return details;
    }

    private static Map<String, Object> itemDetails(CaseItemEntity item) {
        return Map.of("sourceKey", item.sourceKey, "source", item.source.name(), "queue", SystemQueue.QA.id());
    }
}
