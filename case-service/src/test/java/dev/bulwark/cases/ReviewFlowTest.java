package dev.bulwark.cases;

import static dev.bulwark.cases.CaseFixtures.account;
import static dev.bulwark.cases.CaseFixtures.as;
import static dev.bulwark.cases.CaseFixtures.claimUntil;
import static dev.bulwark.cases.CaseFixtures.open;
import static dev.bulwark.cases.CaseFixtures.reader;
import static dev.bulwark.cases.CaseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.awaitility.Awaitility.await;

import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.Action;
import dev.bulwark.proto.action.v1.ActionType;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.action.v1.GetStandingResponse;
import dev.bulwark.proto.action.v1.StandingState;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.cases.queue.application.LeaseReaper;
import io.agroal.api.AgroalDataSource;
import io.restassured.response.Response;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CASE"), @ResourceArg(name = "downstream", value = "ACTION")})
class ReviewFlowTest extends WithActionService {

    private static final String VIOLATING_HARASSMENT =
            "{\"outcome\":\"VIOLATING\",\"category\":\"harassment\",\"action\":null,\"note\":\"insult\"}";

    @Inject
    AgroalDataSource database;

    @Inject
    LeaseReaper reaper;

    @Test
    void shouldEnforceAViolatingDecisionThroughActionServiceAndCloseTheCase() {
        Subject author = account(unique("author"));
        String caseId = open(cases, author, "harassment").getCaseId();

        claimUntil("abuse", caseId, "ana").then()
                .body("status", equalTo("CLAIMED"))
                .body("lease.reviewer", equalTo("ana"))
                .body("lease.expiresAt", not(nullValue()));

        List<String> actionIds = as("ana").body(VIOLATING_HARASSMENT)
                .post("/api/v1/cases/{id}/decision", caseId).then()
                .statusCode(200)
                .body("caseId", equalTo(caseId))
                .body("status", equalTo("CLOSED"))
                .body("outcome", equalTo("VIOLATING"))
                .body("category", equalTo("harassment"))
                .body("standing.state", equalTo("WARNED"))
                .body("standing.activeStrikes", equalTo(1))
                .body("actionIds", hasSize(1))
                .body("policyVersion", equalTo("2026-11-26.1"))
                .extract().jsonPath().getList("actionIds", String.class);

        GetStandingResponse standing = action.getStanding(GetStandingRequest.newBuilder().setSubject(author).build());
        assertThat(standing.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_WARNED);
        assertThat(standing.getActionsList()).extracting(Action::getActionId).containsExactlyElementsOf(actionIds);
        assertThat(standing.getActionsList()).extracting(Action::getType).containsExactly(ActionType.ACTION_TYPE_WARN);
        Action enforced = standing.getActions(0);
        assertThat(enforced.getPolicyVersion()).isEqualTo("2026-11-26.1");
        assertThat(enforced.getModelVersionsList()).containsExactly(CaseFixtures.MODEL_VERSION);
        assertThat(enforced.getSignalIdsList()).containsExactly("lexicon:harassment");
        assertThat(enforced.getReferenceId()).isEqualTo(caseId);

        reader().get("/api/v1/cases/{id}", caseId).then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("lease", nullValue())
                .body("events.type", contains("OPENED", "CLAIMED", "DECIDED"))
                .body("events[2].actor", equalTo("ana"))
                .body("decision.outcome", equalTo("VIOLATING"))
                .body("decision.reviewer", equalTo("ana"))
                .body("decision.actionIds", equalTo(actionIds))
                .body("decision.policyVersion", equalTo("2026-11-26.1"));
    }

    @Test
    void shouldRefuseToDecideAClosedCaseAgain() {
        String caseId = open(cases, account(unique("twice")), "harassment").getCaseId();
        claimUntil("abuse", caseId, "ana");
        as("ana").body("{\"outcome\":\"NOT_VIOLATING\"}").post("/api/v1/cases/{id}/decision", caseId).then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("actionIds", hasSize(0))
                .body("standing", nullValue());

        as("ana").body(VIOLATING_HARASSMENT).post("/api/v1/cases/{id}/decision", caseId).then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:case-closed"));
    }

    @Test
    void shouldRefuseADecisionWithoutTheLease() {
        String caseId = open(cases, account(unique("unleased")), "harassment").getCaseId();

        as("ana").body(VIOLATING_HARASSMENT).post("/api/v1/cases/{id}/decision", caseId).then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(409));
        reader().get("/api/v1/cases/{id}", caseId).then().body("status", equalTo("OPEN"));
    }

    @Test
    void shouldRejectAViolatingDecisionWithoutAKnownCategory() {
        String caseId = open(cases, account(unique("uncategorised")), "harassment").getCaseId();
        claimUntil("abuse", caseId, "ana");

        as("ana").body("{\"outcome\":\"VIOLATING\",\"category\":\"rudeness\",\"action\":\"JAIL\"}")
                .post("/api/v1/cases/{id}/decision", caseId).then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", contains("action", "category"));
        as("ana").post("/api/v1/cases/{id}/release", caseId).then().statusCode(204);
    }

    @Test
    void shouldRefuseReleaseByAReviewerWhoDoesNotHoldTheLease() {
        String caseId = open(cases, account(unique("release")), "harassment").getCaseId();
        claimUntil("abuse", caseId, "ana");

        as("ben").post("/api/v1/cases/{id}/release", caseId).then()
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:not-lease-holder"));

        as("ana").post("/api/v1/cases/{id}/release", caseId).then().statusCode(204);
        reader().get("/api/v1/cases/{id}", caseId).then()
                .body("status", equalTo("OPEN"))
                .body("events.type", contains("OPENED", "CLAIMED", "RELEASED"));
    }

    @Test
    void shouldNeverGiveTwoReviewersTheSameCase() throws Exception {
        List<String> opened = IntStream.range(0, 40)
                .mapToObj(i -> open(cases, account(unique("concurrent")), "self-harm").getCaseId())
                .toList();
        int claimers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(claimers);
        try {
            List<Future<List<String>>> running = IntStream.range(0, claimers)
                    .mapToObj(i -> pool.submit(() -> claimAll("self-harm", "claimer-" + i)))
                    .toList();
            List<String> everyClaim = new ArrayList<>();
            running.forEach(claimer -> everyClaim.addAll(CaseFixtures.get(claimer)));

            assertThat(everyClaim).doesNotHaveDuplicates();
            assertThat(everyClaim).containsAll(opened);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldLetAnotherReviewerReclaimACaseWhoseLeaseExpired() throws Throwable {
        String caseId = open(cases, account(unique("expiring")), "sexual/minors").getCaseId();
        claimUntil("child-safety", caseId, "ana");
        expireLease(caseId);
        CaseFixtures.returnExpiredCases(reaper);

        as("ben").post("/api/v1/queues/{queue}/claim", "child-safety").then()
                .statusCode(200)
                .body("id", equalTo(caseId))
                .body("lease.reviewer", equalTo("ben"))
                .body("events.type", contains("OPENED", "CLAIMED", "LEASE_EXPIRED", "CLAIMED"))
                .body("events[2].details.previousReviewer", equalTo("ana"));
        as("ana").body("{\"outcome\":\"NOT_VIOLATING\"}").post("/api/v1/cases/{id}/decision", caseId).then()
                .statusCode(409);
    }

    @Test
    void shouldAnswer503AndRecordNothingWhileActionServiceIsDown() {
        Subject author = account(unique("outage"));
        String caseId = open(cases, author, "harassment").getCaseId();
        claimUntil("abuse", caseId, "ana");

        stack.stop(BulwarkService.ACTION);
        try {
            as("ana").body(VIOLATING_HARASSMENT).post("/api/v1/cases/{id}/decision", caseId).then()
                    .statusCode(503)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("urn:bulwark:problem:enforcement-unavailable"));
            reader().get("/api/v1/cases/{id}", caseId).then()
                    .body("status", equalTo("CLAIMED"))
                    .body("events.type", contains("OPENED", "CLAIMED"));
        } finally {
            stack.start(BulwarkService.ACTION);
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> as("ana").body(VIOLATING_HARASSMENT).post("/api/v1/cases/{id}/decision", caseId).statusCode() == 200);
        assertThat(action.getStanding(GetStandingRequest.newBuilder().setSubject(author).build()).getActionsCount())
                .isEqualTo(1);
    }

    private static List<String> claimAll(String queue, String reviewer) {
        List<String> claimed = new ArrayList<>();
        while (true) {
            Response response = as(reviewer).post("/api/v1/queues/{queue}/claim", queue);
            if (response.statusCode() == 204) {
                return claimed;
            }
            assertThat(response.statusCode()).isEqualTo(200);
            claimed.add(response.jsonPath().getString("id"));
        }
    }

    private void expireLease(String caseId) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE cases SET lease_expires_at = now() - interval '1 minute' WHERE id = ?")) {
            update.setObject(1, UUID.fromString(caseId));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
