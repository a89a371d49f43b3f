package dev.bulwark.cases.view.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything a reviewer sees of a case. Content comes blurred: an item's text is there only once the
 * reader has revealed it. {@code standing} and {@code priorCases} are about the subject; both are null
 * in a claim's answer (read the case for them), and {@code standing} is null with
 * {@code standingUnavailable} true when action-service could not answer.
 */
public record CaseViewJson(
        UUID id,
        String kind,
        String status,
        String queue,
        SubjectJson subject,
        String category,
        int priority,
        int itemCount,
        Instant slaDueAt,
        Instant createdAt,
        String policyVersion,
        LeaseJson lease,
        List<ItemJson> items,
        List<EventJson> events,
        DecisionJson decision,
        List<NoteJson> notes,
        SubjectStandingJson standing,
        boolean standingUnavailable,
        List<PriorCaseJson> priorCases) {

    /** Who holds the case and until when; null when nobody does. */
    public record LeaseJson(String reviewer, Instant expiresAt) {}

    /**
     * One submission or report in the case, with what produced its decision: the category that sent
     * it to review, the policy version and models it was decided under, and why.
     */
    public record ItemJson(
            UUID id,
            String sourceKey,
            String source,
            String referenceId,
            String surface,
            ContentJson content,
            List<ScoreJson> scores,
            List<String> reasons,
            Instant receivedAt,
            String category,
            String policyVersion,
            List<String> modelVersions,
            ExplanationJson explanation) {}

    /** The thresholds the item's scores reached and the signals behind the scores. */
    public record ExplanationJson(List<ReasonJson> reasons, List<SignalJson> signals) {}

    /** A category whose score reached a threshold of the item's policy version. */
    public record ReasonJson(String category, String verdict, double score, double threshold, boolean autoEnforce) {}

    /** A detector's finding; evidence spans are UTF-16 offsets into the content text, end exclusive. */
    public record SignalJson(String id, String category, double score, List<SpanJson> evidence) {}

    /** A span of the content text. */
    public record SpanJson(int start, int end) {}

    /**
     * The content; while {@code blurred}, {@code text} is null and the reader reveals it with
     * {@code POST /api/v1/cases/{id}/items/{itemId}/reveal}, which is audited.
     */
    public record ContentJson(String text, String language, boolean blurred) {}

    /** A classifier score. */
    public record ScoreJson(String name, double confidence) {}

    /** One entry of the case history. */
    public record EventJson(String type, String actor, Instant occurredAt, Map<String, Object> details) {}

    /** The decision of a closed case, made under the case's policy version. */
    public record DecisionJson(
            String outcome,
            String category,
            String action,
            String note,
            String reviewer,
            Instant decidedAt,
            List<String> actionIds,
            StandingJson standing,
            String policyVersion) {}

    /** The subject's standing after enforcement. */
    public record StandingJson(String state, int activeStrikes) {}

    /** An internal note, oldest first. */
    public record NoteJson(String author, String text, Instant createdAt) {}

    /** The subject's standing now and its enforcement actions, newest first (at most 50). */
    public record SubjectStandingJson(String state, int activeStrikes, int totalStrikes, Instant suspendedUntil,
            List<PriorActionJson> actions) {}

    /** One enforcement action on the subject; {@code referenceId} names the case or submission behind it. */
    public record PriorActionJson(String id, String type, String category, String origin, Instant createdAt,
            Instant expiresAt, boolean reverted, String referenceId) {}

    /** Another case about the same subject; {@code outcome} is null until it is decided. */
    public record PriorCaseJson(UUID id, String kind, String status, String queue, String category, Instant createdAt,
            Instant closedAt, String outcome) {}
}
