package dev.bulwark.demo.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** What a decision did: the case's new status, the actions taken and the subject's standing. */
public record DecisionResult(
        String caseId, String status, String outcome, String category, List<String> actionIds, JsonNode standing) {

    public DecisionResult {
        actionIds = actionIds == null ? List.of() : List.copyOf(actionIds);
    }
}
