package dev.bulwark.cases.decision.rest;

import dev.bulwark.cases.view.rest.CaseViewJson;
import java.util.List;
import java.util.UUID;

/**
 * The case after a decision; {@code standing} is null when nothing was enforced. {@code policyVersion}
 * is the policy the decision was made under: the case's. {@code next} is the caller's next claim when
 * asked for with {@code next=true}, null when there was none (or it was not asked for).
 */
public record DecisionResponseJson(
        UUID caseId,
        String status,
        String outcome,
        String category,
        List<String> actionIds,
        StandingJson standing,
        String policyVersion,
        CaseViewJson next) {

    /** The subject's standing after enforcement. */
    public record StandingJson(String state, int activeStrikes) {}
}
