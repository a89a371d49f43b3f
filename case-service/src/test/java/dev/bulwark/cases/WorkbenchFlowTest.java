package dev.bulwark.cases;

import static dev.bulwark.cases.CaseFixtures.account;
import static dev.bulwark.cases.CaseFixtures.as;
import static dev.bulwark.cases.CaseFixtures.claimUntil;
import static dev.bulwark.cases.CaseFixtures.open;
import static dev.bulwark.cases.CaseFixtures.reader;
import static dev.bulwark.cases.CaseFixtures.request;
import static dev.bulwark.cases.CaseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.bulwark.cases.queue.application.LeaseReaper;
import dev.bulwark.cases.queue.application.PriorityRefresh;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.common.v1.Subject;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Escalation, holds for information, skips, auto-next, exposure limits, priority ageing and queue stats. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CASE"), @ResourceArg(name = "downstream", value = "ACTION")})
class WorkbenchFlowTest extends WithActionService {

    private static final String NOT_VIOLATING = "{\"outcome\":\"NOT_VIOLATING\"}";

    @Inject
    AgroalDataSource database;

    @Inject
    PriorityRefresh priorities;

    @Inject
    LeaseReaper reaper;

    @Test
    void shouldPassAnEscalatedCaseToSeniorReviewersOnly() {
        String caseId = open(cases, account(unique("escalated")), "fraud").getCaseId();
        claimUntil("integrity", caseId, "ana");

        as("ana").body("{\"outcome\":\"ESCALATE\",\"note\":\"looks like a coordinated scam ring\"}")
                .post("/api/v1/cases/{id}/decision", caseId).then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("outcome", equalTo("ESCALATE"));

        assertThat(drain("integrity", "ana")).doesNotContain(caseId);
        Response senior = claimUntil("integrity", caseId, "sam", List.of("senior-reviewer"));
        assertThat(senior.jsonPath().getString("events.type")).contains("ESCALATED");
        as("sam", List.of("senior-reviewer"), List.of()).body("{\"outcome\":\"ESCALATE\",\"note\":\"higher?\"}")
                .post("/api/v1/cases/{id}/decision", caseId).then()
                .statusCode(409)
                .body("type", equalTo("urn:bulwark:problem:already-escalated"));
        as("sam", List.of("senior-reviewer"), List.of()).body(NOT_VIOLATING).post("/api/v1/cases/{id}/decision", caseId).then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    @Test
    void shouldHoldACaseForInformationUntilANewItemAboutTheSubjectArrives() {
        Subject subject = account(unique("held"));
        String caseId = open(cases, subject, "fraud").getCaseId();
        claimUntil("integrity", caseId, "ana");

        as("ana").body("{\"outcome\":\"REQUEST_INFO\",\"note\":\"need the payment receipt\"}")
                .post("/api/v1/cases/{id}/decision", caseId).then()
                .statusCode(200)
                .body("status", equalTo("AWAITING_INFO"));
        reader().get("/api/v1/cases/{id}", caseId).then().body("status", equalTo("AWAITING_INFO"));
        assertThat(drain("integrity", "ben")).doesNotContain(caseId);

        cases.openCase(request(unique("report"), subject, "fraud"));

        reader().get("/api/v1/cases/{id}", caseId).then()
                .body("status", equalTo("OPEN"))
                .body("itemCount", equalTo(2));
        claimUntil("integrity", caseId, "ben");
    }

    @Test
    void shouldHandBackACaseWhoseHoldRanOutAndSaySo() throws Throwable {
        String caseId = open(cases, account(unique("hold-over")), "fraud").getCaseId();
        claimUntil("integrity", caseId, "ana");
        as("ana").body("{\"outcome\":\"REQUEST_INFO\",\"note\":\"need more\"}").post("/api/v1/cases/{id}/decision", caseId)
                .then().statusCode(200);

        update("UPDATE cases SET hold_until = now() - interval '1 minute' WHERE id = ?", caseId);
        CaseFixtures.returnExpiredCases(reaper);

        claimUntil("integrity", caseId, "ben").then()
                .body("events.type", contains("OPENED", "CLAIMED", "INFO_REQUESTED", "RESUMED", "CLAIMED"));
    }

    @Test
    void shouldNeverHandASkippedCaseBackToTheReviewerWhoSkippedIt() {
        String caseId = open(cases, account(unique("skipped")), "fraud").getCaseId();
        claimUntil("integrity", caseId, "ana");

        as("ana").post("/api/v1/cases/{id}/skip", caseId).then().statusCode(204);
        as("ben").post("/api/v1/cases/{id}/skip", caseId).then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"));

        assertThat(drain("integrity", "ana")).doesNotContain(caseId);
        claimUntil("integrity", caseId, "ben").then().body("events.type", hasItems("SKIPPED"));
    }

    @Test
    void shouldHandTheNextCaseWithTheDecisionWhenAsked() {
        String first = open(cases, account(unique("auto-next-1")), "spam").getCaseId();
        open(cases, account(unique("auto-next-2")), "spam");
        String reviewer = unique("nina");
        claimUntil("integrity", first, reviewer);

        Response decided = as(reviewer).body(NOT_VIOLATING).post("/api/v1/cases/{id}/decision?next=true", first);

        decided.then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("next.id", notNullValue())
                .body("next.status", equalTo("CLAIMED"))
                .body("next.lease.reviewer", equalTo(reviewer));
        as(reviewer).post("/api/v1/cases/{id}/release", decided.jsonPath().getString("next.id")).then().statusCode(204);
    }

    @Test
    void shouldStopHandingAReviewerACategoryAtTheDailyExposureLimit() {
        List<String> opened = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            opened.add(open(cases, account(unique("exposure")), "self-harm/instructions").getCaseId());
        }
        String wendy = unique("wendy");

        List<String> handed = drain("self-harm", wendy);

        // the test profile limits self-harm/instructions to 2 cases a day per reviewer
        assertThat(handed.stream().map(this::category).filter("self-harm/instructions"::equals)).hasSize(2);
        assertThat(drain("self-harm", unique("walt"))).containsAnyElementsOf(opened);
    }

    @Test
    void shouldRaiseThePriorityOfCasesThatWaited() throws Throwable {
        String caseId = open(cases, account(unique("ageing")), "spam").getCaseId();
        int before = reader().get("/api/v1/cases/{id}", caseId).jsonPath().getInt("priority");
        update("UPDATE cases SET created_at = now() - interval '5 hours', priority_at = now() - interval '2 hours' WHERE id = ?",
                caseId);

        while (VertxContextSupport.subscribeAndAwait(priorities::refresh) > 0) {
            // stale cases of other tests are refreshed too; stop when none are left
        }

        reader().get("/api/v1/cases/{id}", caseId).then().body("priority", equalTo(before + 5));
    }

    @Test
    void shouldReportHandlingTimesAndTheWorkflowQueues() {
        String caseId = open(cases, account(unique("handled")), "spam").getCaseId();
        claimUntil("integrity", caseId, "ana");
        as("ana").body(NOT_VIOLATING).post("/api/v1/cases/{id}/decision", caseId).then().statusCode(200);

        reader().get("/api/v1/queues").then()
                .statusCode(200)
                .body("queue", hasItems("integrity", "appeals", "qa"))
                .body("find { it.queue == 'integrity' }.decidedLastDay", greaterThanOrEqualTo(1))
                .body("find { it.queue == 'integrity' }.handlingP50Seconds", notNullValue())
                .body("find { it.queue == 'integrity' }.handlingP90Seconds", notNullValue());
    }

    @Test
    void shouldLetOnlySeniorReviewersWorkAppealsAndOnlyQaWorkQa() {
        as("ana").post("/api/v1/queues/{queue}/claim", "appeals").then()
                .statusCode(403)
                .body("type", equalTo("urn:bulwark:problem:queue-not-assigned"));
        as("quinn", List.of("qa"), List.of()).post("/api/v1/queues/{queue}/claim", "appeals").then().statusCode(403);
        as("sam", List.of("senior-reviewer"), List.of()).post("/api/v1/queues/{queue}/claim", "qa").then().statusCode(403);
        int senior = as("sam", List.of("senior-reviewer"), List.of()).post("/api/v1/queues/{queue}/claim", "appeals").statusCode();
        int qa = as("quinn", List.of("qa"), List.of()).post("/api/v1/queues/{queue}/claim", "qa").statusCode();
        assertThat(List.of(senior, qa)).allMatch(status -> status == 200 || status == 204);
    }

    private String category(String caseId) {
        return reader().get("/api/v1/cases/{id}", caseId).jsonPath().getString("category");
    }

    /** Claims every case of the queue the reviewer may be handed, then gives them all back. */
    private static List<String> drain(String queue, String reviewer) {
        List<String> claimed = new ArrayList<>();
        try {
            for (int attempt = 0; attempt < 500; attempt++) {
                Response response = as(reviewer).post("/api/v1/queues/{queue}/claim", queue);
                if (response.statusCode() == 204) {
                    return claimed;
                }
                assertThat(response.statusCode()).as("claim in %s", queue).isEqualTo(200);
                claimed.add(response.jsonPath().getString("id"));
            }
            throw new AssertionError(queue + " never ran dry");
        } finally {
            claimed.forEach(id -> as(reviewer).post("/api/v1/cases/{id}/release", id).then().statusCode(204));
        }
    }

    private void update(String sql, String caseId) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, UUID.fromString(caseId));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
