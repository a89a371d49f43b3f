package dev.bulwark.policy;

import java.util.List;
import java.util.Optional;

/** Which review queue a case goes to: the first matching rule, else the queue naming its category, else the default. */
public record Routing(String defaultQueue, List<Queue> queues, List<RoutingRule> rules) {

    public Routing {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** The queue of a case about {@code category} (null for none) from {@code surface} in {@code language}. */
    public Queue route(String category, Severity severity, String surface, String language) {
        return rules.stream()
                .filter(rule -> rule.matches(category, severity, surface, language))
                .findFirst()
                .flatMap(rule -> queue(rule.queue()))
                .orElseGet(() -> category == null ? queue(defaultQueue).orElseThrow() : queueFor(category));
    }

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
