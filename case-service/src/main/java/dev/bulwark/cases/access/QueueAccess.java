package dev.bulwark.cases.access;

import dev.bulwark.cases.queue.SystemQueue;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person may see and do in which queues. Reviewers work and read only the policy queues
 * assigned to them; senior reviewers work every policy queue and the appeals queue; the QA team works
 * the QA queue; QA, policy admins and auditors read every queue (auditors never change anything).
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
        if (readsEveryQueue()) {
            return Optional.empty();
        }
        return Optional.of(queues.stream().filter(q -> SystemQueue.of(q).isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean mayRead(String queue) {
        return readsEveryQueue() || (SystemQueue.of(queue).isEmpty() && queues.contains(queue));
    }

    /** Claim, release and decide cases of the queue. */
    public boolean mayWork(String queue) {
        return SystemQueue.of(queue)
                .map(system -> switch (system) {
                    case APPEALS -> roles.contains(SENIOR_REVIEWER);
                    case QA -> roles.contains(QA);
                })
                .orElseGet(() -> roles.contains(SENIOR_REVIEWER) || (roles.contains(REVIEWER) && queues.contains(queue)));
    }

    /** Whether cases escalated to senior reviewers may be handed to the caller. */
    public boolean isSenior() {
        return roles.contains(SENIOR_REVIEWER);
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
