package dev.bulwark.cases.casefile.persistence;

import dev.bulwark.cases.casefile.Explanation;
import dev.bulwark.cases.casefile.ItemSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Row of {@code case_items}: one submission or report inside a case. */
@Entity
@Table(name = "case_items")
public class CaseItemEntity {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "source_key", nullable = false, unique = true)
    public String sourceKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemSource source;

    @Column(name = "reference_id")
    public String referenceId;

    public String surface;

    @Column(name = "content_text")
    public String contentText;

    public String language;

    /** Confidence by category name; a JSON object, since Hibernate Reactive binds JSON through Vert.x JsonObject. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Double> scores;

    /** A text array: Hibernate Reactive cannot bind a top-level JSON array. */
    @Column(nullable = false)
    public String[] reasons;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The category that sent the item to review; null when none did. */
    public String category;

    @Column(name = "policy_version")
    public String policyVersion;

    @Column(name = "model_versions", nullable = false)
    public String[] modelVersions;

    /** Thresholds reached and signals with evidence spans, as one JSON object. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Explanation explanation;

    /** The traceparent of the call that brought the item; a decision on the case links to it. */
    @Column(name = "trace_parent")
    public String traceParent;
}
