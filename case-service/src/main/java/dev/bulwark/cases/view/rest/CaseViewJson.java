package dev.bulwark.cases.view.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything a reviewer sees of a case; content comes blurred by default. */
public record CaseViewJson(
        UUID id,
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
        DecisionJson decision) {

    /** Who holds the case and until when; null when nobody does. */
    public record LeaseJson(String reviewer, Instant expiresAt) {}

    /**
     * One submission or report in the case, with what produced its decision: the category that sent
     * it to review, the policy version and models it was decided under, and why.
     */
    public record ItemJson(
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

    /** The content; {@code blurred} tells the UI to hide it until the reviewer chooses to look. */
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
}
