package dev.bulwark.policy;

import java.util.List;
import java.util.Optional;

/** Which review queue a category goes to. */
public record Routing(String defaultQueue, List<Queue> queues) {

    /** The queue of a category, or the default queue when no queue names it. */
    public Queue queueFor(String category) {
        return queues.stream()
                .filter(q -> q.categories().contains(category))
                .findFirst()
                .or(() -> queue(defaultQueue))
                .orElseThrow();
    }

    public Optional<Queue> queue(String id) {
        return queues.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
