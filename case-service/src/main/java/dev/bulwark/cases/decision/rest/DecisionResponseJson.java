package dev.bulwark.cases.decision.rest;

import java.util.List;
import java.util.UUID;

/**
 * The case after a decision; {@code standing} is null when nothing was enforced. {@code policyVersion}
 * is the policy the decision was made under: the case's.
 */
public record DecisionResponseJson(
        UUID caseId,
        String status,
        String outcome,
        String category,
        List<String> actionIds,
        StandingJson standing,
        String policyVersion) {

    /** The subject's standing after enforcement. */
    public record StandingJson(String state, int activeStrikes) {}
}
