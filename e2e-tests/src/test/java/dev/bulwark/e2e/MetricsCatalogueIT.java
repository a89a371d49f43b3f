package dev.bulwark.e2e;

import static dev.bulwark.e2e.Fixtures.claimCase;
import static dev.bulwark.e2e.Fixtures.freshAccount;
import static dev.bulwark.e2e.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.demo.client.DecisionRequest;
import dev.bulwark.demo.client.DecisionResult;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.e2e.observability.MetricsScrape;
import dev.bulwark.e2e.observability.ObservabilityAssets;
import dev.bulwark.proto.action.v1.RevertRequest;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every Bulwark metric the dashboard and the alerts query is exposed by the running services, and
 * the key counters move when an ALLOW, a REVIEW decided by a reviewer (then reverted) and a BLOCK go
 * through the stack.
 */
@EndToEnd
class MetricsCatalogueIT {

    /**
     * Metrics that exist only once their event happened and that the end-to-end stack cannot cause:
     * it configures no tenant webhook receiver.
     */
    private static final Map<String, String> NOT_CAUSED_HERE = Map.of(
            "bulwark_actions_webhooks_total", "no tenant webhook is configured in the end-to-end stack");

    /** Platform metrics the alerts use beside Bulwark's own. */
    private static final List<String> PLATFORM = List.of(
            "grpc_server_processing_duration_seconds_count", "http_server_requests_seconds_count");

    private static final String QUEUE = "abuse";

    private final BulwarkClients clients;
    private final RunningStack stack;

    MetricsCatalogueIT(BulwarkClients clients, RunningStack stack) {
        this.clients = clients;
        this.stack = stack;
    }

    @Test
    void shouldExposeEveryMetricOfTheDashboardAndAlertsAndMoveTheKeyCounters() {
        Map<BulwarkService, MetricsScrape> before = scrapeAll();

        submit(CanonicalTexts.ALLOW, Verdict.VERDICT_ALLOW);
        SubmitResponse review = submit(CanonicalTexts.REVIEW_HARASSMENT, Verdict.VERDICT_REVIEW);
        SubmitResponse block = submit(CanonicalTexts.BLOCK_THREAT, Verdict.VERDICT_BLOCK);
        assertThat(block.getActionIdsList()).as("an automatic enforcement").isNotEmpty();
        assertThat(claimCase(clients.cases(), QUEUE, review.getCaseId())).isPresent();
        DecisionResult decided = clients.cases().decide(review.getCaseId(),
                new DecisionRequest("VIOLATING", "harassment", null, "insult"));
        assertThat(decided.actionIds()).hasSize(1);
        clients.action().revert(RevertRequest.newBuilder()
                .setActionId(decided.actionIds().get(0)).setReason("metrics check").setActor(Fixtures.REVIEWER).build());

        Map<BulwarkService, MetricsScrape> after = scrapeAll();
        Moved moved = new Moved(before, after);
        assertThat(moved.by(BulwarkService.INTAKE, "bulwark_intake_decisions_total", Map.of("verdict", "ALLOW", "automated", "true"))).isGreaterThanOrEqualTo(1);
        assertThat(moved.by(BulwarkService.INTAKE, "bulwark_intake_decisions_total", Map.of("verdict", "REVIEW", "automated", "false"))).isGreaterThanOrEqualTo(1);
        assertThat(moved.by(BulwarkService.INTAKE, "bulwark_intake_decisions_total", Map.of("verdict", "BLOCK", "automated", "true"))).isGreaterThanOrEqualTo(1);
        assertThat(moved.by(BulwarkService.INTAKE, "bulwark_intake_decision_duration_seconds_count", Map.of())).isGreaterThanOrEqualTo(3);
        assertThat(moved.by(BulwarkService.INTAKE, "bulwark_intake_classifier_duration_seconds_count", Map.of())).isGreaterThanOrEqualTo(3);
        assertThat(moved.by(BulwarkService.CLASSIFIER, "bulwark_classifier_decisions_total", Map.of())).isGreaterThanOrEqualTo(3);
        assertThat(moved.by(BulwarkService.CLASSIFIER, "bulwark_classifier_score_duration_seconds_count", Map.of())).isGreaterThanOrEqualTo(3);
        assertThat(moved.by(BulwarkService.CASE, "bulwark_cases_opened_total", Map.of("queue", QUEUE))).isGreaterThanOrEqualTo(1);
        assertThat(moved.by(BulwarkService.CASE, "bulwark_cases_decisions_total", Map.of("queue", QUEUE, "outcome", "VIOLATING"))).isGreaterThanOrEqualTo(1);
        assertThat(moved.by(BulwarkService.CASE, "bulwark_cases_handling_time_seconds_count", Map.of("queue", QUEUE))).isGreaterThanOrEqualTo(1);
        assertThat(moved.by(BulwarkService.ACTION, "bulwark_actions_enforced_total", Map.of("origin", "AUTOMATED"))).isGreaterThanOrEqualTo(1);
        assertThat(moved.by(BulwarkService.ACTION, "bulwark_actions_enforced_total", Map.of("origin", "REVIEW"))).isGreaterThanOrEqualTo(1);
        assertThat(moved.by(BulwarkService.ACTION, "bulwark_actions_reverted_total", Map.of())).isGreaterThanOrEqualTo(1);

        ObservabilityAssets assets = ObservabilityAssets.ofRepository();
        Set<String> referenced = assets.referencedMetrics();
        referenced.removeAll(NOT_CAUSED_HERE.keySet());
        assertThat(referenced).hasSizeGreaterThan(15);
        // Database gauges appear with their first scheduled refresh (every 15 s).
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            Set<String> exposed = exposedNames();
            assertThat(referenced).allSatisfy(family -> assertThat(ObservabilityAssets.seriesOf(family))
                    .as(family + " exposed by some service").anyMatch(exposed::contains));
            assertThat(exposed).containsAll(PLATFORM);
        });
    }

    private SubmitResponse submit(String text, Verdict expected) {
        SubmitResponse answer = clients.intake().submit(Requests.chat(key("metrics"), freshAccount("metrics"), text));
        assertThat(answer.getVerdict()).isEqualTo(expected);
        assertThat(answer.getFallback()).as("the classifier decided").isFalse();
        return answer;
    }

    private Map<BulwarkService, MetricsScrape> scrapeAll() {
        Map<BulwarkService, MetricsScrape> scrapes = new EnumMap<>(BulwarkService.class);
        for (BulwarkService service : BulwarkService.values()) {
            scrapes.put(service, MetricsScrape.of(stack.services().port(service)));
        }
        return scrapes;
    }

    private Set<String> exposedNames() {
        Set<String> names = new TreeSet<>();
        scrapeAll().values().forEach(scrape -> names.addAll(scrape.names()));
        return names;
    }

    /** How far a series moved between two scrapes of a service. */
    private record Moved(Map<BulwarkService, MetricsScrape> before, Map<BulwarkService, MetricsScrape> after) {

        double by(BulwarkService service, String series, Map<String, String> labels) {
            return after.get(service).sum(series, labels) - before.get(service).sum(series, labels);
        }
    }
}
