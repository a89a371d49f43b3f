package dev.bulwark.action.transparency;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One statement of reasons as the DSA Transparency Database API takes it; every field carries the
 * API's name in {@link #fields()}. Null fields are optional ones that do not apply and are left out.
 * It names no person: the only identifier is {@code puid}, the platform's id of the statement.
 */
public record StatementOfReasons(
        String puid,
        String decisionProvision,
        LocalDate endDateServiceRestriction,
        String decisionAccount,
        LocalDate endDateAccountRestriction,
        String accountType,
        String decisionGround,
        String decisionGroundReferenceUrl,
        String incompatibleContentGround,
        String incompatibleContentExplanation,
        String illegalContentLegalGround,
        String illegalContentExplanation,
        String category,
        List<String> contentType,
        List<String> territorialScope,
        LocalDate contentDate,
        LocalDate applicationDate,
        String decisionFacts,
        String sourceType,
        String automatedDetection,
        String automatedDecision) {

    /** The JSON object of the statement, in the API's field names; dates as {@code YYYY-MM-DD}. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        put(fields, "decision_provision", decisionProvision);
        put(fields, "end_date_service_restriction", endDateServiceRestriction);
        put(fields, "decision_account", decisionAccount);
        put(fields, "end_date_account_restriction", endDateAccountRestriction);
        put(fields, "account_type", accountType);
        put(fields, "decision_ground", decisionGround);
        put(fields, "decision_ground_reference_url", decisionGroundReferenceUrl);
        put(fields, "incompatible_content_ground", incompatibleContentGround);
        put(fields, "incompatible_content_explanation", incompatibleContentExplanation);
        put(fields, "illegal_content_legal_ground", illegalContentLegalGround);
        put(fields, "illegal_content_explanation", illegalContentExplanation);
        put(fields, "category", category);
        put(fields, "content_type", contentType);
        put(fields, "territorial_scope", territorialScope.isEmpty() ? null : territorialScope);
        put(fields, "content_date", contentDate);
        put(fields, "application_date", applicationDate);
        put(fields, "decision_facts", decisionFacts);
        put(fields, "source_type", sourceType);
        put(fields, "automated_detection", automatedDetection);
        put(fields, "automated_decision", automatedDecision);
        put(fields, "puid", puid);
        return fields;
    }

    private static void put(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value instanceof LocalDate date ? date.toString() : value);
        }
    }
}
