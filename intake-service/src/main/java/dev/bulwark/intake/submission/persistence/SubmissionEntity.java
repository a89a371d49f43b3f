package dev.bulwark.intake.submission.persistence;

import dev.bulwark.intake.classification.Classification;
import dev.bulwark.intake.submission.Subject;
import dev.bulwark.intake.submission.SubmittedContent;
import dev.bulwark.intake.submission.Verdict;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A stored submission and the answer it was given. */
@Entity
@Table(name = "submissions")
public class SubmissionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    public String fingerprint;
    public String surface;

    @Column(name = "author_type")
    public String authorType;

    @Column(name = "author_id")
    public String authorId;

    @Column(name = "author_org_id")
    public String authorOrgId;

    @Column(name = "content_text")
    public String contentText;

    @Column(name = "content_language")
    public String contentLanguage;

    @Convert(converter = StoredImagesJson.class)
    @ColumnTransformer(read = "images #>> '{}'", write = "?::text::jsonb")
    public StoredImages images;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    @Convert(converter = StoredJudgementJson.class)
    @ColumnTransformer(read = "judgement #>> '{}'", write = "?::text::jsonb")
    public StoredJudgement judgement;

    @Column(name = "policy_version")
    public String policyVersion;

    public boolean fallback;

    @Column(name = "case_id")
    public String caseId;

    @Column(name = "action_ids")
    public String[] actionIds = new String[0];

    @Column(name = "received_at")
    public Instant receivedAt;

    public static Uni<SubmissionEntity> findByKey(String tenant, String idempotencyKey) {
        return find("tenant = ?1 and idempotencyKey = ?2", tenant, idempotencyKey).firstResult();
    }

    public static Uni<SubmissionEntity> findForTenant(UUID id, String tenant) {
        return find("id = ?1 and tenant = ?2", id, tenant).firstResult();
    }

    public Classification classification() {
        return new Classification(verdict, judgement.scores(), judgement.reasons(), judgement.signals(), policyVersion,
                judgement.modelVersions(), fallback);
    }

    public List<String> actionIdList() {
        return List.of(actionIds);
    }

    public Subject author() {
        return new Subject(Subject.Kind.valueOf(authorType), authorId, authorOrgId);
    }

    public SubmittedContent content() {
        return new SubmittedContent(contentText, contentLanguage, images.items());
    }

    /**
     * Scores, reasons, and what produced them (signals with evidence spans, model versions), kept as one
     * JSON object (the reactive driver binds objects, not arrays). Rows stored before signals and model
     * versions were kept read back with none.
     */
    public record StoredJudgement(
            List<Classification.Score> scores,
            List<Classification.Reason> reasons,
            List<Classification.Signal> signals,
            List<String> modelVersions) {

        public StoredJudgement {
            signals = signals == null ? List.of() : signals;
            modelVersions = modelVersions == null ? List.of() : modelVersions;
        }

        public static StoredJudgement of(Classification c) {
            return new StoredJudgement(c.scores(), c.reasons(), c.signals(), c.modelVersions());
        }
    }

    /** The image references, as one JSON object. */
    public record StoredImages(List<SubmittedContent.Image> items) {}
}
