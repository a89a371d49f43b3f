package dev.bulwark.cases;

import static dev.bulwark.cases.CaseFixtures.account;
import static dev.bulwark.cases.CaseFixtures.anonymous;
import static dev.bulwark.cases.CaseFixtures.as;
import static dev.bulwark.cases.CaseFixtures.claimUntil;
import static dev.bulwark.cases.CaseFixtures.open;
import static dev.bulwark.cases.CaseFixtures.reader;
import static dev.bulwark.cases.CaseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.ServiceStack;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.devstack.quarkus.InjectServiceStack;
import dev.bulwark.proto.cases.v1.CaseServiceGrpc;
import dev.bulwark.proto.common.v1.Subject;
import io.agroal.api.AgroalDataSource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reviewer's case view: blurred content and audited reveals, the subject's standing and other cases. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CASE"), @ResourceArg(name = "downstream", value = "ACTION")})
class CaseViewTest {

    private static final String TEXT = "You are a pathetic idiot and everyone knows it.";

    /** The counter's sample; an exemplar may follow the value. */
    private static final Pattern ABUSE_REVEALS =
            Pattern.compile("(?m)^bulwark_cases_reveals_total\\{[^}]*queue=\"abuse\"[^}]*} ([0-9.E+-]+)");

    @GrpcClient("self")
    CaseServiceGrpc.CaseServiceBlockingStub anonymousCases;

    CaseServiceGrpc.CaseServiceBlockingStub cases;

    @InjectServiceStack
    ServiceStack stack;

    @Inject
    AgroalDataSource database;

    CaseRows rows;

    @BeforeEach
    void callAsIntake() {
        cases = TestTokens.withToken(anonymousCases, TestTokens.service("intake-service"));
        rows = new CaseRows(database);
    }

    @Test
    void shouldBlurItemsUntilTheCallerRevealsThem() {
        String caseId = open(cases, account(unique("blurred")), "harassment").getCaseId();
        String itemId = as("ana").get("/api/v1/cases/{id}", caseId).then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", not(nullValue()))
                .body("items[0].content.blurred", equalTo(true))
                .body("items[0].content.text", nullValue())
                .body("items[0].content.language", equalTo("en"))
                .extract().jsonPath().getString("items[0].id");

        as("ana").post("/api/v1/cases/{id}/items/{itemId}/reveal", caseId, itemId).then()
                .statusCode(200)
                .body("id", equalTo(itemId))
                .body("content.text", startsWith(TEXT))
                .body("content.blurred", equalTo(false));

        as("ana").get("/api/v1/cases/{id}", caseId).then()
                .body("items[0].content.text", startsWith(TEXT))
                .body("items[0].content.blurred", equalTo(false));
        as("ben").get("/api/v1/cases/{id}", caseId).then()
                .statusCode(200)
                .body("items[0].content.text", nullValue())
                .body("items[0].content.blurred", equalTo(true));
    }

    @Test
    void shouldRecordEveryRevealWithItsReaderAndCountIt() throws Exception {
        String caseId = open(cases, account(unique("audited")), "harassment").getCaseId();
        String itemId = itemOf(caseId);
        String reviewer = unique("rev");
        double revealsBefore = abuseReveals();

        as(reviewer).post("/api/v1/cases/{id}/items/{itemId}/reveal", caseId, itemId).then().statusCode(200);
        as(reviewer).post("/api/v1/cases/{id}/items/{itemId}/reveal", caseId, itemId).then().statusCode(200);

        JsonPath view = reader().get("/api/v1/cases/{id}", caseId).then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("events.type", contains("OPENED", "CONTENT_REVEALED", "CONTENT_REVEALED"))
                .body("events[1].actor", equalTo(reviewer))
                .body("events[1].details.itemId", equalTo(itemId))
                .body("events[1].details.category", equalTo("harassment"))
                .extract().jsonPath();
        Map<String, Object> details = view.getMap("events[2].details");
        assertThat(details).containsOnlyKeys("itemId", "category");
        assertThat(view.prettify()).as("the audit trail never holds the content").doesNotContain("pathetic idiot");
        assertThat(rows.reveals(reviewer, "harassment")).isEqualTo(2);
        assertThat(abuseReveals()).isEqualTo(revealsBefore + 2);
    }

    @Test
    void shouldAnswerARevealOutsideTheCallersQueuesWithNotFound() {
        String spam = open(cases, account(unique("elsewhere")), "spam").getCaseId();
        String itemId = itemOf(spam);

        as("rita", List.of("reviewer"), List.of("abuse")).post("/api/v1/cases/{id}/items/{itemId}/reveal", spam, itemId).then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:case-not-found"));
        reader().get("/api/v1/cases/{id}", spam).then().body("events.type", contains("OPENED"));
    }

    @Test
    void shouldAnswerAnUnknownOrForeignItemWithNotFound() {
        String caseId = open(cases, account(unique("items")), "harassment").getCaseId();
        String foreignItem = itemOf(open(cases, account(unique("other")), "harassment").getCaseId());

        for (String itemId : List.of(UUID.randomUUID().toString(), foreignItem, "not-an-id")) {
            as("ana").post("/api/v1/cases/{id}/items/{itemId}/reveal", caseId, itemId).then()
                    .statusCode(404)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("urn:bulwark:problem:item-not-found"));
        }
        as("ana").post("/api/v1/cases/{id}/items/{itemId}/reveal", UUID.randomUUID().toString(), foreignItem).then()
                .statusCode(404)
                .body("type", equalTo("urn:bulwark:problem:case-not-found"));
        reader().get("/api/v1/cases/{id}", caseId).then().body("events.type", contains("OPENED"));
    }

    @Test
    void shouldLetAuditorsRevealSinceRevealingIsReading() {
        String caseId = open(cases, account(unique("auditor")), "spam").getCaseId();
        String itemId = itemOf(caseId);

        reader().post("/api/v1/cases/{id}/items/{itemId}/reveal", caseId, itemId).then()
                .statusCode(200)
                .body("content.text", startsWith(TEXT));

        reader().get("/api/v1/cases/{id}", caseId).then()
                .body("items[0].content.text", startsWith(TEXT))
                .body("events[1].type", equalTo("CONTENT_REVEALED"))
                .body("events[1].actor", equalTo("audrey"));
    }

    @Test
    void shouldRequireAReadingRoleToReveal() {
        String caseId = open(cases, account(unique("roles")), "spam").getCaseId();
        String itemId = itemOf(caseId);

        anonymous().post("/api/v1/cases/{id}/items/{itemId}/reveal", caseId, itemId).then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"));
        as("gus", List.of("guest"), List.of("integrity")).post("/api/v1/cases/{id}/items/{itemId}/reveal", caseId, itemId).then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldAnswerAClaimAsTheClaimerSeesTheCase() {
        String caseId = open(cases, account(unique("claimed")), "harassment").getCaseId();
        String itemId = itemOf(caseId);
        String reviewer = unique("claimer");
        as(reviewer).post("/api/v1/cases/{id}/items/{itemId}/reveal", caseId, itemId).then().statusCode(200);

        claimUntil("abuse", caseId, reviewer).then()
                .body("items[0].id", equalTo(itemId))
                .body("items[0].content.blurred", equalTo(false))
                .body("items[0].content.text", notNullValue());
        as(reviewer).post("/api/v1/cases/{id}/release", caseId).then().statusCode(204);
        String other = unique("other-claimer");
        claimUntil("abuse", caseId, other).then()
                .body("items[0].content.blurred", equalTo(true))
                .body("items[0].content.text", nullValue());
        as(other).post("/api/v1/cases/{id}/release", caseId).then().statusCode(204);
    }

    @Test
    void shouldShowTheSubjectsStandingAndEarlierCases() {
        Subject author = account(unique("repeat"));
        String first = open(cases, author, "harassment").getCaseId();
        claimUntil("abuse", first, "ana");
        String actionId = as("ana").body("{\"outcome\":\"VIOLATING\",\"category\":\"harassment\",\"action\":null,\"note\":\"insult\"}")
                .post("/api/v1/cases/{id}/decision", first).then()
                .statusCode(200)
                .extract().jsonPath().getString("actionIds[0]");
        String second = open(cases, author, "harassment").getCaseId();
        assertThat(second).isNotEqualTo(first);

        reader().get("/api/v1/cases/{id}", second).then()
                .statusCode(200)
                .body("kind", equalTo("REVIEW"))
                .body("standingUnavailable", equalTo(false))
                .body("standing.state", equalTo("WARNED"))
                .body("standing.activeStrikes", equalTo(1))
                .body("standing.totalStrikes", equalTo(1))
                .body("standing.suspendedUntil", nullValue())
                .body("standing.actions.id", contains(actionId))
                .body("standing.actions[0].type", equalTo("WARN"))
                .body("standing.actions[0].category", equalTo("harassment"))
                .body("standing.actions[0].origin", equalTo("REVIEW"))
                .body("standing.actions[0].reverted", equalTo(false))
                .body("standing.actions[0].referenceId", equalTo(first))
                .body("priorCases.id", contains(first))
                .body("priorCases[0].kind", equalTo("REVIEW"))
                .body("priorCases[0].status", equalTo("CLOSED"))
                .body("priorCases[0].queue", equalTo("abuse"))
                .body("priorCases[0].category", equalTo("harassment"))
                .body("priorCases[0].closedAt", not(nullValue()))
                .body("priorCases[0].outcome", equalTo("VIOLATING"));
        reader().get("/api/v1/cases/{id}", first).then()
                .body("priorCases.id", contains(second))
                .body("priorCases[0].outcome", nullValue())
                .body("priorCases[0].closedAt", nullValue());
    }

    @Test
    void shouldListOnlyTheEarlierCasesTheReaderMayRead() throws Exception {
        String subject = unique("spread");
        UUID integrity = rows.closed(subject, "REVIEW", "integrity", "spam", Instant.now().minusSeconds(3600), "NOT_VIOLATING");
        UUID appeal = rows.closed(subject, "APPEAL", "appeals", "harassment", Instant.now().minusSeconds(1800), "VIOLATING");
        String current = open(cases, account(subject), "harassment").getCaseId();

        as("rita", List.of("reviewer"), List.of("abuse")).get("/api/v1/cases/{id}", current).then()
                .statusCode(200)
                .body("priorCases", empty());
        reader().get("/api/v1/cases/{id}", current).then()
                .body("priorCases.id", contains(appeal.toString(), integrity.toString()))
                .body("priorCases.kind", contains("APPEAL", "REVIEW"))
                .body("priorCases.outcome", contains("VIOLATING", "NOT_VIOLATING"));
    }

    @Test
    void shouldListAtMostTwentyEarlierCasesNewestFirst() throws Exception {
        String subject = unique("history");
        Instant start = Instant.now().minusSeconds(86_400);
        List<String> older = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            older.add(0, rows.closed(subject, "REVIEW", "general", null, start.plusSeconds(60L * i), "NOT_VIOLATING").toString());
        }
        String current = open(cases, account(subject), null).getCaseId();

        reader().get("/api/v1/cases/{id}", current).then()
                .statusCode(200)
                .body("priorCases", hasSize(20))
                .body("priorCases.id", equalTo(older.subList(0, 20)))
                .body("priorCases.outcome", everyItem(equalTo("NOT_VIOLATING")));
    }

    @Test
    void shouldAnswerWithoutTheStandingWhileActionServiceIsDown() {
        String caseId = open(cases, account(unique("standing-outage")), "harassment").getCaseId();

        stack.stop(BulwarkService.ACTION);
        try {
            reader().get("/api/v1/cases/{id}", caseId).then()
                    .statusCode(200)
                    .body("id", equalTo(caseId))
                    .body("standing", nullValue())
                    .body("standingUnavailable", equalTo(true))
                    .body("priorCases", empty());
        } finally {
            stack.start(BulwarkService.ACTION);
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> !reader().get("/api/v1/cases/{id}", caseId).jsonPath().getBoolean("standingUnavailable"));
        reader().get("/api/v1/cases/{id}", caseId).then()
                .body("standing.state", not(nullValue()))
                .body("standing.actions", empty());
    }

    private static String itemOf(String caseId) {
        return reader().get("/api/v1/cases/{id}", caseId).then().statusCode(200).extract().jsonPath().getString("items[0].id");
    }

    private static double abuseReveals() {
        String metrics = anonymous().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = ABUSE_REVEALS.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
