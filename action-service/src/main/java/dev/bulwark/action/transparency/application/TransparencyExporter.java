package dev.bulwark.action.transparency.application;

import dev.bulwark.action.audit.AuditEvent;
import dev.bulwark.action.audit.persistence.AuditLogRepository;
import dev.bulwark.action.enforcement.EnforcementAction;
import dev.bulwark.action.enforcement.persistence.EnforcementActionEntity;
import dev.bulwark.action.enforcement.persistence.EnforcementActionRepository;
import dev.bulwark.action.error.ConflictException;
import dev.bulwark.action.transparency.BatchAnswer;
import dev.bulwark.action.transparency.StatementDraft;
import dev.bulwark.action.transparency.StatementMapper;
import dev.bulwark.action.transparency.StatementState;
import dev.bulwark.action.transparency.persistence.TransparencyStatementEntity;
import dev.bulwark.action.transparency.persistence.TransparencyStatementRepository;
import dev.bulwark.action.time.TimeSource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One export run: builds the statements of reasons of actions that have none yet, then sends due
 * PENDING statements in batches until none is due, the API is unavailable, or the run's batch limit
 * is reached.
 *
 * <p>Statements are built by a scan of the actions rather than in the enforcing transaction, so
 * enforcement neither changes nor waits for this feature, and actions taken before the export was
 * turned on are reported too. Each batch is one transaction: its rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} (two replicas never send the same statement), sent, and marked with
 * the answer before the locks go. Only a statement the API holds is SUBMITTED, and a SUBMITTED one is
 * never claimed again, so a re-run never submits twice; a puid the API reports as existing (an
 * earlier answer lost on the way back) counts as SUBMITTED.
 */
@ApplicationScoped
public class TransparencyExporter {

    static final String EXPORT_OFF = "TRANSPARENCY_EXPORT_OFF";
    static final String BATCH_REFUSED = "BATCH_REFUSED: another statement of the batch was refused; sent again";

    private final TransparencyStatementRepository statements;
    private final EnforcementActionRepository actions;
    private final AuditLogRepository auditLog;
    private final TransparencyDatabaseClient client;
    private final TransparencySettings settings;
    private final TransparencyMetrics metrics;
    private final TimeSource time;

    public TransparencyExporter(TransparencyStatementRepository statements, EnforcementActionRepository actions,
            AuditLogRepository auditLog, TransparencyDatabaseClient client, TransparencySettings settings,
            TransparencyMetrics metrics, TimeSource time) {
        this.statements = statements;
        this.actions = actions;
        this.auditLog = auditLog;
        this.client = client;
        this.settings = settings;
        this.metrics = metrics;
        this.time = time;
    }

    public Uni<ExportReport> run() {
        if (!settings.enabled()) {
            return Uni.createFrom().failure(new ConflictException(EXPORT_OFF,
                    "the transparency export is off (bulwark.action.transparency.enabled)"));
        }
        int runs = settings.config().maxBatchesPerRun();
        return scan(ExportReport.NONE, runs).chain(report -> drain(report, runs));
    }

    private Uni<ExportReport> scan(ExportReport soFar, int scansLeft) {
        int size = settings.config().scanBatch();
        return Panache.withTransaction(() -> statements.lockScan()
                        .chain(() -> statements.unblockable(settings.mappedCategories(), size))
                        .chain(this::unblock)
                        .chain(unblocked -> statements.unreportedActions(size).chain(this::record).map(unblocked::plus)))
                .invoke(found -> {
                    metrics.reached(StatementState.PENDING, found.created());
                    metrics.reached(StatementState.BLOCKED, found.blocked());
                    metrics.reached(StatementState.WITHDRAWN, found.withdrawn());
                })
                .chain(found -> found.created() + found.blocked() < size || scansLeft == 1
                        ? Uni.createFrom().item(soFar.plus(found))
                        : scan(soFar.plus(found), scansLeft - 1));
    }

    private Uni<ExportReport> record(List<EnforcementAction> unreported) {
        if (unreported.isEmpty()) {
            return Uni.createFrom().item(ExportReport.NONE);
        }
        Instant now = time.now();
        StatementMapper mapper = settings.mapper();
        List<TransparencyStatementEntity> rows = unreported.stream().map(action -> {
            String puid = StatementMapper.puidOf(action.id());
            StatementDraft draft = mapper.draft(action);
            return draft instanceof StatementDraft.Ready ready
                    ? TransparencyStatementEntity.pending(action.id(), puid, action.category(), json(ready), now)
                    : TransparencyStatementEntity.blocked(action.id(), puid, action.category(),
                            ((StatementDraft.Blocked) draft).reason(), now);
        }).toList();
        int blocked = (int) rows.stream().filter(row -> row.state == StatementState.BLOCKED).count();
        return statements.persist(rows.stream())
                .replaceWith(new ExportReport(rows.size() - blocked, blocked, 0, 0, 0, 0, 0));
    }

    /**
     * Builds the BLOCKED statements whose category has been mapped since (mappings change with a
     * restart); a statement of an action reverted meanwhile is withdrawn instead.
     */
    private Uni<ExportReport> unblock(List<TransparencyStatementEntity> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(ExportReport.NONE);
        }
        return actionsOf(rows).map(byId -> {
            Instant now = time.now();
            int unblocked = 0;
            int withdrawn = 0;
            for (TransparencyStatementEntity row : rows) {
                EnforcementAction action = byId.get(row.actionId);
                if (action.reverted()) {
                    row.withdrawn();
                    withdrawn++;
                } else if (settings.mapper().draft(action) instanceof StatementDraft.Ready ready) {
                    row.unblocked(json(ready), now);
                    unblocked++;
                }
            }
            return new ExportReport(unblocked, 0, 0, 0, withdrawn, 0, 0);
        });
    }

    private static String json(StatementDraft.Ready ready) {
        return new JsonObject(ready.statement().fields()).encode();
    }

    private Uni<Map<UUID, EnforcementAction>> actionsOf(List<TransparencyStatementEntity> rows) {
        return actions.list("id in ?1", rows.stream().map(row -> row.actionId).toList())
                .map(found -> found.stream().map(EnforcementActionEntity::toDomain)
                        .collect(Collectors.toMap(EnforcementAction::id, Function.identity())));
    }

    private Uni<ExportReport> drain(ExportReport soFar, int batchesLeft) {
        if (batchesLeft == 0) {
            return Uni.createFrom().item(soFar);
        }
        return Panache.withTransaction(() -> statements.claimDue(time.now(), settings.config().batchSize())
                        .chain(this::export))
                .invoke(this::count)
                .chain(batch -> batch == null ? Uni.createFrom().item(soFar)
                        : batch.unavailable() ? Uni.createFrom().item(soFar.plus(batch.report()))
                        : drain(soFar.plus(batch.report()), batchesLeft - 1));
    }

    /** The outcome of one claimed batch; {@code unavailable} stops the run. */
    private record Batch(ExportReport report, boolean unavailable) {}

    private Uni<Batch> export(List<TransparencyStatementEntity> claimed) {
        if (claimed.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return actionsOf(claimed).chain(byId -> {
            List<TransparencyStatementEntity> toSend = new ArrayList<>();
            int withdrawn = 0;
            for (TransparencyStatementEntity row : claimed) {
                if (byId.get(row.actionId).reverted()) {
                    row.withdrawn();
                    withdrawn++;
                } else {
                    row.attempts++;
                    toSend.add(row);
                }
            }
            ExportReport withdrawals = new ExportReport(0, 0, 0, 0, withdrawn, 0, 0);
            if (toSend.isEmpty()) {
                return Uni.createFrom().item(new Batch(withdrawals, false));
            }
            return client.send(toSend.stream().map(row -> row.payload).toList())
                    .chain(answer -> apply(answer, toSend, byId))
                    .map(batch -> new Batch(withdrawals.plus(batch.report()), batch.unavailable()));
        });
    }

    private Uni<Batch> apply(BatchAnswer answer, List<TransparencyStatementEntity> sent,
            Map<UUID, EnforcementAction> byId) {
        Instant now = time.now();
        if (answer instanceof BatchAnswer.Created) {
            return submitted(sent, byId, now)
                    .replaceWith(new Batch(new ExportReport(0, 0, sent.size(), 0, 0, 0, 1), false));
        }
        if (answer instanceof BatchAnswer.Refused refused) {
            List<TransparencyStatementEntity> held = new ArrayList<>();
            int failed = 0;
            for (int i = 0; i < sent.size(); i++) {
                TransparencyStatementEntity row = sent.get(i);
                if (refused.existingPuids().contains(row.puid)) {
                    held.add(row);
                } else if (refused.errors().containsKey(i)) {
                    row.failed(refused.errors().get(i));
                    failed++;
                } else {
                    // Not at fault: due again at once, in a batch without the refused ones.
                    row.retryLater(BATCH_REFUSED, row.nextAttemptAt);
                }
            }
            int resent = sent.size() - held.size() - failed;
            return submitted(held, byId, now)
                    .replaceWith(new Batch(new ExportReport(0, 0, held.size(), failed, 0, resent, 1), false));
        }
        String code = ((BatchAnswer.Unavailable) answer).code();
        sent.forEach(row -> row.retryLater(code, now.plus(settings.backoff().after(row.attempts))));
        metrics.deferred(code, sent.size());
        return Uni.createFrom().item(new Batch(new ExportReport(0, 0, 0, 0, 0, sent.size(), 1), true));
    }

    /** Marks the rows SUBMITTED and audits each disclosure in the same transaction. */
    private Uni<Void> submitted(List<TransparencyStatementEntity> rows, Map<UUID, EnforcementAction> byId,
            Instant now) {
        Uni<Void> audited = Uni.createFrom().voidItem();
        for (TransparencyStatementEntity row : rows) {
            row.submitted(now);
            AuditEvent event = AuditEvent.transparencySubmitted(byId.get(row.actionId), row.puid, now, row.attempts);
            audited = audited.chain(() -> auditLog.append(event)).replaceWithVoid();
        }
        return audited;
    }

    private void count(Batch batch) {
        if (batch != null) {
            metrics.reached(StatementState.SUBMITTED, batch.report().submitted());
            metrics.reached(StatementState.FAILED, batch.report().failed());
            metrics.reached(StatementState.WITHDRAWN, batch.report().withdrawn());
        }
    }
}
