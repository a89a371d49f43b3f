package dev.bulwark.cases.access;

import java.util.Optional;
import java.util.Set;

/**
 * What a person may see and do in which queues. Reviewers work and read only the queues assigned to
 * them; senior reviewers work every queue; QA, policy admins and auditors read every queue and work
 * none (auditors never change anything).
 *
 * @param roles the caller's realm roles
 * @param queues the queues assigned to the caller (token claim {@value #QUEUES_CLAIM})
 */
public record QueueAccess(Set<String> roles, Set<String> queues) {

    public static final String QUEUES_CLAIM = "queues";

    public static final String REVIEWER = "reviewer";
    public static final String SENIOR_REVIEWER = "senior-reviewer";
    public static final String QA = "qa";
    public static final String POLICY_ADMIN = "policy-admin";
    public static final String AUDITOR = "auditor";

    private static final Set<String> READ_EVERY_QUEUE = Set.of(SENIOR_REVIEWER, QA, POLICY_ADMIN, AUDITOR);

    public QueueAccess {
        roles = Set.copyOf(roles);
        queues = Set.copyOf(queues);
    }

    /** The queues the caller may read; empty means every queue. */
    public Optional<Set<String>> readableQueues() {
        return readsEveryQueue() ? Optional.empty() : Optional.of(queues);
    }

    public boolean mayRead(String queue) {
        return readsEveryQueue() || queues.contains(queue);
    }

    /** Claim, release and decide cases of the queue. */
    public boolean mayWork(String queue) {
        return roles.contains(SENIOR_REVIEWER) || (roles.contains(REVIEWER) && queues.contains(queue));
    }

    /** Refuses unless the caller may work the queue. */
    public void requireWork(String queue) {
        if (!mayWork(queue)) {
            throw new QueueAccessDeniedException();
        }
    }

    private boolean readsEveryQueue() {
        return roles.stream().anyMatch(READ_EVERY_QUEUE::contains);
    }
}
