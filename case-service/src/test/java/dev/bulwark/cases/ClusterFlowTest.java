package dev.bulwark.cases;

import static dev.bulwark.cases.CaseFixtures.account;
import static dev.bulwark.cases.CaseFixtures.as;
import static dev.bulwark.cases.CaseFixtures.claimUntil;
import static dev.bulwark.cases.CaseFixtures.reader;
import static dev.bulwark.cases.CaseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.Action;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.action.v1.GetStandingResponse;
import dev.bulwark.proto.action.v1.StandingState;
import dev.bulwark.proto.common.v1.Content;
import dev.bulwark.proto.common.v1.Subject;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CASE"), @ResourceArg(name = "downstream", value = "ACTION")})
class ClusterFlowTest extends WithActionService {

    /** One promotion, written three ways that normalise to the same words; %s is the test's own code. */
    private static final String PLAIN = "Get 500 free followers today with code %s, visit our page and claim your "
            + "reward before the offer ends tonight, friends";
    private static final String SHOUTED = "GET 500 FREE FOLLOWERS TODAY WITH CODE %s!!! Visit our page... and claim "
            + "your reward before the offer ends tonight, friends!";
    private static final String LEET = "G3t 500 fr33 f0ll0wers t0day with c0de %s, v1s1t 0ur page and cla1m y0ur "
            + "reward bef0re the 0ffer ends t0night, fr1ends";
    private static final String UNRELATED = "Reminder %s: the quarterly budget meeting moved to Thursday afternoon, "
            + "please bring the printed figures and your questions";

    private static final String VIOLATING_SPAM = "{\"outcome\":\"VIOLATING\",\"category\":\"spam\",\"note\":\"follower scam campaign\"}";

    @Test
    void shouldClusterNearDuplicatesAboutDifferentSubjectsAndLeaveUnrelatedTextOut() {
        String code = code();
        String first = openSpam(account(unique("plain")), PLAIN.formatted(code));
        String second = openSpam(account(unique("shouted")), SHOUTED.formatted(code));
        String third = openSpam(account(unique("leet")), LEET.formatted(code));
        String unrelated = openSpam(account(unique("unrelated")), UNRELATED.formatted(code));

        Map<String, Object> seed = clustered(first);
        String clusterId = (String) seed.get("clusterId");
        assertThat(seed).containsEntry("matchedCaseId", second).containsEntry("distance", 0);
        assertThat(clustered(second)).containsEntry("clusterId", clusterId).containsEntry("matchedCaseId", first);
        assertThat(clustered(third)).containsEntry("clusterId", clusterId).containsEntry("distance", 0);
        reader().get("/api/v1/cases/{id}", unrelated).then()
                .statusCode(200)
                .body("events.type", contains("OPENED"));

        JsonPath cluster = reader().get("/api/v1/clusters/{id}", clusterId).then()
                .statusCode(200)
                .body("id", equalTo(clusterId))
                .body("queue", equalTo("integrity"))
                .body("unclosedCount", equalTo(3))
                .body("members.id", contains(first, second, third))
                .extract().jsonPath();
        List<Integer> priorities = cluster.getList("members.priority", Integer.class);

        JsonPath open = reader().queryParam("queue", "integrity").queryParam("limit", 100).get("/api/v1/clusters").then()
                .statusCode(200)
                .body("id", hasItem(clusterId))
                .extract().jsonPath();
        Map<String, Object> listed = open.getMap("find { it.id == '" + clusterId + "' }");
        assertThat(listed).containsEntry("queue", "integrity").containsEntry("category", "spam").containsEntry("memberCount", 3)
                .containsEntry("highestPriority", priorities.stream().max(Integer::compare).orElseThrow());
        assertThat(Instant.parse((String) listed.get("oldestCreatedAt"))).isEqualTo(Instant.parse(cluster.getString("members[0].createdAt")));
    }

    @Test
    void shouldDecideAndEnforceEveryMemberOnceSkippingThoseAnotherReviewerHoldsOrPutOnHold() {
        String code = code();
        List<Subject> subjects = List.of(account(unique("bulk")), account(unique("bulk")), account(unique("bulk")));
        List<String> decided = subjects.stream().map(subject -> openSpam(subject, PLAIN.formatted(code))).toList();
        Subject leasedSubject = account(unique("leased"));
        String leased = openSpam(leasedSubject, SHOUTED.formatted(code));
        String onHold = openSpam(account(unique("on-hold")), PLAIN.formatted(code));
        Subject excludedSubject = account(unique("excluded"));
        String excluded = openSpam(excludedSubject, LEET.formatted(code));
        String clusterId = (String) clustered(decided.get(0)).get("clusterId");
        claimUntil("integrity", leased, "ben");
        claimUntil("integrity", onHold, "ben");
        as("ben").body("{\"outcome\":\"REQUEST_INFO\",\"note\":\"which page is promoted?\"}")
                .post("/api/v1/cases/{id}/decision", onHold).then().statusCode(200).body("status", equalTo("AWAITING_INFO"));

        JsonPath results = senior().body(withExclusion(VIOLATING_SPAM, excluded))
                .post("/api/v1/clusters/{id}/decision", clusterId).then()
                .statusCode(200)
                .body("clusterId", equalTo(clusterId))
                .body("members.caseId", contains(decided.get(0), decided.get(1), decided.get(2), leased, onHold))
                .body("members.result", contains("DECIDED", "DECIDED", "DECIDED", "SKIPPED_LEASED", "SKIPPED_ON_HOLD"))
                .extract().jsonPath();

        for (int i = 0; i < subjects.size(); i++) {
            GetStandingResponse standing = standing(subjects.get(i));
            assertThat(standing.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_WARNED);
            assertThat(standing.getActionsList()).extracting(Action::getReferenceId).containsExactly(decided.get(i));
            assertThat(standing.getActionsList()).extracting(Action::getActionId)
                    .containsExactlyElementsOf(results.getList("members[" + i + "].actionIds", String.class));
            reader().get("/api/v1/cases/{id}", decided.get(i)).then()
                    .body("status", equalTo("CLOSED"))
                    .body("decision.reviewer", equalTo("sara"))
                    .body("decision.category", equalTo("spam"))
                    .body("events.find { it.type == 'CLAIMED' && it.actor == 'sara' }.details.clusterId", equalTo(clusterId));
        }
        assertThat(standing(leasedSubject).getActionsCount()).isZero();
        assertThat(standing(excludedSubject).getActionsCount()).isZero();
        reader().get("/api/v1/cases/{id}", leased).then().body("status", equalTo("CLAIMED")).body("lease.reviewer", equalTo("ben"));
        reader().get("/api/v1/cases/{id}", excluded).then().body("status", equalTo("OPEN"));

        senior().body(withExclusion(VIOLATING_SPAM, excluded)).post("/api/v1/clusters/{id}/decision", clusterId).then()
                .statusCode(200)
                .body("members.result", contains("ALREADY_CLOSED", "ALREADY_CLOSED", "ALREADY_CLOSED", "SKIPPED_LEASED", "SKIPPED_ON_HOLD"))
                .body("members.actionIds", everyItem(equalTo(List.of())));
        subjects.forEach(subject -> assertThat(standing(subject).getActionsCount()).as("enforced once").isEqualTo(1));
    }

    @Test
    void shouldReportFailedMembersAndFinishThemOnRetryWithoutEnforcingTwice() {
        String code = code();
        List<Subject> subjects = List.of(account(unique("outage")), account(unique("outage")));
        List<String> members = subjects.stream().map(subject -> openSpam(subject, PLAIN.formatted(code))).toList();
        String clusterId = (String) clustered(members.get(0)).get("clusterId");

        stack.stop(BulwarkService.ACTION);
        try {
            senior().body(VIOLATING_SPAM).post("/api/v1/clusters/{id}/decision", clusterId).then()
                    .statusCode(200)
                    .body("members.result", contains("FAILED", "FAILED"))
                    .body("members.problem", everyItem(equalTo("urn:bulwark:problem:enforcement-unavailable")));
            members.forEach(member -> reader().get("/api/v1/cases/{id}", member).then()
                    .body("status", equalTo("CLAIMED"))
                    .body("lease.reviewer", equalTo("sara"))
                    .body("events.type", not(hasItem("DECIDED"))));
        } finally {
            stack.start(BulwarkService.ACTION);
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            senior().body(VIOLATING_SPAM).post("/api/v1/clusters/{id}/decision", clusterId).then().statusCode(200);
            return members.stream().allMatch(member -> "CLOSED".equals(reader().get("/api/v1/cases/{id}", member).jsonPath().getString("status")));
        });
        subjects.forEach(subject -> assertThat(standing(subject).getActionsCount()).as("enforced once").isEqualTo(1));
    }

    @Test
    void shouldRefuseAnInvalidDecisionBeforeTouchingAnyMember() {
        String code = code();
        String first = openSpam(account(unique("invalid")), PLAIN.formatted(code));
        String second = openSpam(account(unique("invalid")), PLAIN.formatted(code));
        String clusterId = (String) clustered(first).get("clusterId");

        senior().body("{\"outcome\":\"ESCALATE\",\"category\":\"rudeness\",\"note\":\"look again\","
                        + "\"excludeCaseIds\":[\"not-an-id\",\"" + UUID.randomUUID() + "\"]}")
                .post("/api/v1/clusters/{id}/decision", clusterId).then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", contains("outcome", "category", "excludeCaseIds[0]", "excludeCaseIds[1]"));
        senior().post("/api/v1/clusters/{id}/decision", clusterId).then()
                .statusCode(400)
                .body("violations.field", contains("outcome"));

        for (String member : List.of(first, second)) {
            reader().get("/api/v1/cases/{id}", member).then()
                    .body("status", equalTo("OPEN"))
                    .body("events.type", contains("OPENED", "CLUSTERED"));
        }
    }

    @Test
    void shouldLeaveClusterDecisionsToSeniorsAndHideClustersOutsideTheCallersQueues() {
        String code = code();
        String first = openSpam(account(unique("hidden")), PLAIN.formatted(code));
        openSpam(account(unique("hidden")), PLAIN.formatted(code));
        String clusterId = (String) clustered(first).get("clusterId");
        RequestSpecification abuseReviewer = as("rita", List.of("reviewer"), List.of("abuse"));

        as("ana").body(VIOLATING_SPAM).post("/api/v1/clusters/{id}/decision", clusterId).then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:forbidden"));
        abuseReviewer.get("/api/v1/clusters/{id}", clusterId).then()
                .statusCode(404)
                .body("type", equalTo("urn:bulwark:problem:cluster-not-found"));
        as("rita", List.of("reviewer"), List.of("abuse")).queryParam("queue", "integrity").get("/api/v1/clusters").then()
                .statusCode(403)
                .body("type", equalTo("urn:bulwark:problem:queue-not-assigned"));
        as("rita", List.of("reviewer"), List.of("abuse")).get("/api/v1/clusters").then()
                .statusCode(200)
                .body("queue", everyItem(equalTo("abuse")));
        as("ana").get("/api/v1/clusters/{id}", clusterId).then().statusCode(200);

        senior().body(VIOLATING_SPAM).post("/api/v1/clusters/{id}/decision", UUID.randomUUID().toString()).then()
                .statusCode(404)
                .body("type", equalTo("urn:bulwark:problem:cluster-not-found"));
        senior().body(VIOLATING_SPAM).post("/api/v1/clusters/{id}/decision", "not-a-cluster").then().statusCode(404);
        reader().queryParam("limit", 0).get("/api/v1/clusters").then()
                .statusCode(400)
                .body("violations.field", contains("limit"));
    }

    private String openSpam(Subject subject, String text) {
        return cases.openCase(CaseFixtures.request(unique("submission"), subject, "spam").toBuilder()
                        .setContent(Content.newBuilder().setText(text).setLanguage("en"))
                        .build())
                .getCaseId();
    }

    /** The details of the case's CLUSTERED event. */
    private static Map<String, Object> clustered(String caseId) {
        return reader().get("/api/v1/cases/{id}", caseId).then()
                .statusCode(200)
                .extract().jsonPath().getMap("events.find { it.type == 'CLUSTERED' }.details");
    }

    private GetStandingResponse standing(Subject subject) {
        return action.getStanding(GetStandingRequest.newBuilder().setSubject(subject).build());
    }

    private static RequestSpecification senior() {
        return as("sara", List.of("senior-reviewer"), List.of());
    }

    private static String withExclusion(String decision, String caseId) {
        return decision.substring(0, decision.length() - 1) + ",\"excludeCaseIds\":[\"" + caseId + "\"]}";
    }

    /**
     * The random part of this test's promotions: three ids, 15 random words, so that no other test's
     * promotion is a near-duplicate of this test's. One random word in a text this short changes
     * too few shingles to keep two promotions reliably apart.
     */
    private static String code() {
        return UUID.randomUUID() + " " + UUID.randomUUID() + " " + UUID.randomUUID();
    }
}
