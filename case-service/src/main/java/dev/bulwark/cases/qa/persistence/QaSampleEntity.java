package dev.bulwark.cases.qa.persistence;

import dev.bulwark.cases.decision.Outcome;
import dev.bulwark.cases.qa.Finding;
import dev.bulwark.cases.qa.QaOrigin;
import dev.bulwark.cases.qa.QaVerdict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Row of {@code qa_samples}: the QA case, the decision it checks (a reviewer's, on the sampled case,
 * or an automatic enforcement's), and once QA has decided, its finding and verdict.
 */
@Entity
@Table(name = "qa_samples")
public class QaSampleEntity {

    /** The QA case. */
    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QaOrigin origin;

    /** The review case whose decision is checked; null for an automatic enforcement. */
    @Column(name = "sampled_case_id")
    public UUID sampledCaseId;

    /** The actions the checked decision produced. */
    @Column(name = "action_ids", nullable = false)
    public String[] actionIds;

    /** Null for an automatic enforcement. */
    @Column(name = "original_reviewer")
    public String originalReviewer;

    @Enumerated(EnumType.STRING)
    @Column(name = "original_outcome", nullable = false)
    public Outcome originalOutcome;

    @Column(name = "original_category")
    public String originalCategory;

    @Column(name = "sampled_at", nullable = false)
    public Instant sampledAt;

    @Column(name = "qa_reviewer")
    public String qaReviewer;

    @Enumerated(EnumType.STRING)
    @Column(name = "qa_outcome")
    public Outcome qaOutcome;

    @Column(name = "qa_category")
    public String qaCategory;

    @Enumerated(EnumType.STRING)
    public QaVerdict verdict;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    /** What the checked decision found. */
    public Finding original() {
        return new Finding(originalOutcome, originalCategory);
    }
}
