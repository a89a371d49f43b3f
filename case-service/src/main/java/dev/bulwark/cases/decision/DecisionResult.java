package dev.bulwark.cases.decision;

import dev.bulwark.cases.casefile.CaseStatus;
import java.util.UUID;

/** The case after a decision and the enforcement it led to. */
public record DecisionResult(UUID caseId, String queue, CaseStatus status, DecisionRecord decision) {}
