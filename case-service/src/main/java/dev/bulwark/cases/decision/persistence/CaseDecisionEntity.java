package dev.bulwark.cases.decision.persistence;

import dev.bulwark.cases.casefile.CaseKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Row of {@code case_decisions}: the closing decision of a case, indexed for handling times, for
 * finding the decision behind an action, and for QA agreement. The DECIDED event remains the record.
 */
@Entity
@Table(name = "case_decisions")
public class CaseDecisionEntity {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseKind kind;

    @Column(nullable = false)
    public String queue;

    @Column(nullable = false)
    public String reviewer;

    /** The outcome's name, for example VIOLATING. */
    @Column(nullable = false)
    public String outcome;

    public String category;

    public String action;

    @Column(name = "action_ids", nullable = false)
    public String[] actionIds;

    @Column(name = "claimed_at", nullable = false)
    public Instant claimedAt;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "handling_ms", nullable = false)
    public long handlingMs;
}
