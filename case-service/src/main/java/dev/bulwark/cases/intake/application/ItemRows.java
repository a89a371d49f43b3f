package dev.bulwark.cases.intake.application;

import dev.bulwark.cases.casefile.Score;
import dev.bulwark.cases.casefile.persistence.CaseItemEntity;
import dev.bulwark.cases.intake.NewItem;
import dev.bulwark.tracecontext.TraceParent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Maps a new item onto its {@code case_items} row. */
public final class ItemRows {

    private ItemRows() {}

    public static CaseItemEntity of(UUID caseId, NewItem item, Instant receivedAt) {
        CaseItemEntity row = new CaseItemEntity();
        row.id = UUID.randomUUID();
        row.caseId = caseId;
        row.sourceKey = item.sourceKey();
        row.source = item.source();
        row.referenceId = item.referenceId();
        row.surface = item.surface();
        row.contentText = item.contentText();
        row.language = item.language();
        row.scores = scores(item.scores());
        row.reasons = item.reasons().toArray(String[]::new);
        row.receivedAt = receivedAt;
        row.category = item.category();
        row.policyVersion = item.policyVersion();
        row.modelVersions = item.modelVersions().toArray(String[]::new);
        row.explanation = item.explanation();
        row.traceParent = TraceParent.current().orElse(null);
        return row;
    }

    /** Keeps the highest confidence when a category is scored twice. */
    private static Map<String, Double> scores(List<Score> scores) {
        Map<String, Double> byName = new LinkedHashMap<>();
        scores.forEach(score -> byName.merge(score.name(), score.confidence(), Math::max));
        return byName;
    }
}
