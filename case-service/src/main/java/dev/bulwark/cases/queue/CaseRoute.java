package dev.bulwark.cases.queue;

import dev.bulwark.policy.Queue;
import dev.bulwark.policy.Severity;
import dev.bulwark.policy.UsagePolicy;
import java.time.Duration;
import java.time.Instant;

/** Where a new case goes under the policy: its queue, when it is due, and how severe it is. */
public record CaseRoute(String queue, Instant slaDueAt, Severity severity) {

    /** Routes by category; a case without a category goes to the policy's default queue. */
    public static CaseRoute of(UsagePolicy policy, String category, Instant openedAt) {
        Queue queue = category == null
                ? policy.routing().queue(policy.routing().defaultQueue()).orElseThrow()
                : policy.routing().queueFor(category);
        return new CaseRoute(queue.id(), openedAt.plus(Duration.ofMinutes(queue.slaMinutes())), severity(policy, category));
    }

    /** The policy's severity of a category; MEDIUM for none or one the policy does not know. */
    public static Severity severity(UsagePolicy policy, String category) {
        return category == null ? Severity.MEDIUM : policy.severityOf(category);
    }
}
