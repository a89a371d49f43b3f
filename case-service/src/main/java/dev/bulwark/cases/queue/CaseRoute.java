package dev.bulwark.cases.queue;

import dev.bulwark.policy.Queue;
import dev.bulwark.policy.Severity;
import dev.bulwark.policy.UsagePolicy;
import java.time.Duration;
import java.time.Instant;

/** Where a new case goes under the policy: its queue, when it is due, and how severe it is. */
public record CaseRoute(String queue, Instant slaDueAt, Severity severity) {

    /**
     * Routes by the policy's rules (category, severity, surface, language), then by category; a case
     * matching neither goes to the policy's default queue.
     */
    public static CaseRoute of(UsagePolicy policy, String category, String surface, String language, Instant openedAt) {
        Severity severity = severity(policy, category);
        Queue queue = policy.routing().route(category, severity, surface, language);
        return new CaseRoute(queue.id(), openedAt.plus(Duration.ofMinutes(queue.slaMinutes())), severity);
    }

    /** The policy's severity of a category; MEDIUM for none or one the policy does not know. */
    public static Severity severity(UsagePolicy policy, String category) {
        return category == null ? Severity.MEDIUM : policy.severityOf(category);
    }
}
