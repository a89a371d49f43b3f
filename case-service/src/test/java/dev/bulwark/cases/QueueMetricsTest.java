package dev.bulwark.cases;

import static dev.bulwark.cases.CaseFixtures.account;
import static dev.bulwark.cases.CaseFixtures.anonymous;
import static dev.bulwark.cases.CaseFixtures.as;
import static dev.bulwark.cases.CaseFixtures.claimUntil;
import static dev.bulwark.cases.CaseFixtures.open;
import static dev.bulwark.cases.CaseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.cases.queue.application.QueueGauges;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.policy.Queue;
import dev.bulwark.policy.runtime.ActivePolicies;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Queue gauges follow the cases in the database; handling time is timed per queue and outcome. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CASE"), @ResourceArg(name = "downstream", value = "ACTION")})
class QueueMetricsTest extends WithActionService {

    private static final String QUEUE = "integrity";

    @Inject
    QueueGauges gauges;

    @Inject
    MeterRegistry meters;

    @Inject
    AgroalDataSource database;

    @Inject
    ActivePolicies policies;

    @Test
    void shouldGaugeBacklogOldestAgeAndSlaBreachesPerQueue() throws Throwable {
        refresh();
        double openBefore = gauge("bulwark.cases.queue.backlog", "open");
        double breachesBefore = gauge("bulwark.cases.queue.sla.breaches", null);
        String caseId = open(cases, account(unique("queue-gauges")), "spam").getCaseId();
        // Two days old and overdue: older than anything the other tests open.
        backdate(caseId, Duration.ofDays(2));

        refresh();

        assertThat(gauge("bulwark.cases.queue.backlog", "open")).isEqualTo(openBefore + 1);
        assertThat(gauge("bulwark.cases.queue.oldest.age", null)).isGreaterThanOrEqualTo(Duration.ofDays(2).toSeconds());
        assertThat(gauge("bulwark.cases.queue.sla.breaches", null)).isEqualTo(breachesBefore + 1);
        assertThat(gauge("bulwark.cases.queue.sla", null)).isEqualTo(policySlaSeconds(QUEUE));

        claimUntil(QUEUE, caseId, "ana");
        refresh();
        assertThat(gauge("bulwark.cases.queue.backlog", "claimed")).isGreaterThanOrEqualTo(1);
        as("ana").body("{\"outcome\":\"NOT_VIOLATING\"}").post("/api/v1/cases/{id}/decision", caseId).then().statusCode(200);
        refresh();
        assertThat(gauge("bulwark.cases.queue.sla.breaches", null)).as("closed cases breach nothing").isEqualTo(breachesBefore);
    }

    @Test
    void shouldTimeHandlingPerQueueAndOutcomeWithBucketsForQuantiles() {
        long before = handled();
        String caseId = open(cases, account(unique("handling")), "spam").getCaseId();
        claimUntil(QUEUE, caseId, "ana");

        as("ana").body("{\"outcome\":\"NOT_VIOLATING\"}").post("/api/v1/cases/{id}/decision", caseId).then().statusCode(200);

        assertThat(handled()).isEqualTo(before + 1);
        assertThat(anonymous().get("/q/metrics").then().statusCode(200).extract().asString())
                .containsPattern("bulwark_cases_handling_time_seconds_bucket\\{kind=\"REVIEW\",outcome=\"NOT_VIOLATING\","
                        + "queue=\"integrity\",le=\"300.0\"}");
    }

    private void refresh() throws Throwable {
        VertxContextSupport.subscribeAndAwait(gauges::refresh);
    }

    private double gauge(String name, String state) {
        var search = meters.find(name).tag("queue", QUEUE);
        return (state == null ? search : search.tag("state", state)).gauge().value();
    }

    private long handled() {
        Timer timer = meters.find("bulwark.cases.handling.time").tag("queue", QUEUE).tag("outcome", "NOT_VIOLATING").timer();
        return timer == null ? 0 : timer.count();
    }

    private double policySlaSeconds(String queue) {
        Queue policyQueue = policies.active().policy().routing().queues().stream()
                .filter(q -> q.id().equals(queue)).findFirst().orElseThrow();
        return Duration.ofMinutes(policyQueue.slaMinutes()).toSeconds();
    }

    private void backdate(String caseId, Duration age) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE cases SET created_at = created_at - ?::interval, sla_due_at = now() - interval '1 minute'"
                                + " WHERE id = ?")) {
            update.setString(1, age.toSeconds() + " seconds");
            update.setObject(2, UUID.fromString(caseId));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
