package dev.bulwark.cases.queue;

import java.util.Arrays;
import java.util.Optional;

/**
 * Queues of the workflow itself rather than of the usage policy: appeals go to senior reviewers,
 * QA samples to the QA team. Policy queues must not reuse these ids.
 */
public enum SystemQueue {
    APPEALS("appeals"),
    QA("qa");

    private final String id;

    SystemQueue(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<SystemQueue> of(String queue) {
        return Arrays.stream(values()).filter(q -> q.id.equals(queue)).findFirst();
    }
}
