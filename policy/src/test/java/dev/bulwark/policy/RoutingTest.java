package dev.bulwark.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules route by category, severity, surface and language before the queues' own category lists. */
class RoutingTest {

    private static final Routing ROUTING = new Routing("general",
            List.of(new Queue("abuse", 720, List.of("harassment", "hate")),
                    new Queue("abuse-de", 720, List.of()),
                    new Queue("urgent", 30, List.of()),
                    new Queue("general", 1440, List.of())),
            List.of(new RoutingRule("urgent", null, Severity.CRITICAL, List.of("api"), null),
                    new RoutingRule("abuse-de", List.of("harassment", "hate"), null, null, List.of("de"))));

    @Test
    void shouldSendAMatchingCaseToTheFirstRulesQueue() {
        assertThat(ROUTING.route("hate", Severity.CRITICAL, "api", "de").id()).isEqualTo("urgent");
        assertThat(ROUTING.route("hate", Severity.HIGH, "chat", "de").id()).isEqualTo("abuse-de");
        assertThat(ROUTING.route("harassment", Severity.MEDIUM, "chat", "de-AT").id()).isEqualTo("abuse-de");
    }

    @Test
    void shouldFallBackToTheCategoryQueueThenTheDefault() {
        assertThat(ROUTING.route("hate", Severity.HIGH, "chat", "en").id()).isEqualTo("abuse");
        assertThat(ROUTING.route("hate", Severity.HIGH, "chat", null).id()).isEqualTo("abuse");
        assertThat(ROUTING.route("spam", Severity.LOW, "chat", "de").id()).isEqualTo("general");
        assertThat(ROUTING.route(null, Severity.MEDIUM, "api", null).id()).isEqualTo("general");
    }

    @Test
    void shouldMatchSeverityAtOrAboveTheRulesMinimum() {
        RoutingRule rule = new RoutingRule("urgent", null, Severity.HIGH, null, null);

        assertThat(rule.matches("x", Severity.MEDIUM, "chat", "en")).isFalse();
        assertThat(rule.matches("x", Severity.HIGH, "chat", "en")).isTrue();
        assertThat(rule.matches("x", Severity.CRITICAL, "chat", "en")).isTrue();
        assertThat(new RoutingRule("urgent", null, null, null, null).hasConditions()).isFalse();
    }
}
