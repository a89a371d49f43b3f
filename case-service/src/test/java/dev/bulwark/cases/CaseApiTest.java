package dev.bulwark.cases;

import static dev.bulwark.cases.CaseFixtures.account;
import static dev.bulwark.cases.CaseFixtures.anonymous;
import static dev.bulwark.cases.CaseFixtures.as;
import static dev.bulwark.cases.CaseFixtures.open;
import static dev.bulwark.cases.CaseFixtures.reader;
import static dev.bulwark.cases.CaseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.cases.v1.CaseServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CASE"), @ResourceArg(name = "downstream", value = "ACTION")})
class CaseApiTest {

    @GrpcClient("self")
    CaseServiceGrpc.CaseServiceBlockingStub anonymousCases;

    CaseServiceGrpc.CaseServiceBlockingStub cases;

    @BeforeEach
    void callAsIntake() {
        cases = TestTokens.withToken(anonymousCases, TestTokens.service("intake-service"));
    }

    @Test
    void shouldAnswerAnUnknownCaseWithANotFoundProblem() {
        reader().accept("application/json").get("/api/v1/cases/{id}", UUID.randomUUID().toString()).then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:case-not-found"))
                .body("title", equalTo("Case not found"))
                .body("status", equalTo(404))
                .body("instance", startsWith("/api/v1/cases/"));
    }

    @Test
    void shouldAnswerAMalformedCaseIdWithANotFoundProblem() {
        reader().get("/api/v1/cases/{id}", "not-a-uuid").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void shouldRejectAPageLargerThanOneHundred() {
        reader().queryParam("limit", 101).get("/api/v1/cases").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("limit"));
    }

    @Test
    void shouldRejectACursorItDidNotIssue() {
        reader().queryParam("cursor", "forged").get("/api/v1/cases").then()
                .statusCode(400)
                .body("violations[0].field", equalTo("cursor"));
    }

    @Test
    void shouldReturnEveryCaseExactlyOnceAcrossPagesNewestFirst() {
        List<String> opened = IntStream.range(0, 25)
                .mapToObj(i -> open(cases, account(unique("paging")), null).getCaseId())
                .toList();

        List<String> seen = new ArrayList<>();
        List<Instant> createdAt = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = reader().queryParam("queue", "general").queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/cases").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            page.getList("items.createdAt", String.class).forEach(at -> createdAt.add(Instant.parse(at)));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(seen).doesNotHaveDuplicates().containsAll(opened);
        assertThat(pages).isGreaterThanOrEqualTo(4);
        assertThat(createdAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void shouldFilterTheListByQueueAndStatus() {
        String caseId = open(cases, account(unique("filter")), "spam").getCaseId();

        List<String> integrity = reader().queryParam("queue", "integrity").queryParam("status", "OPEN")
                .queryParam("limit", 100).get("/api/v1/cases")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        List<String> closed = reader().queryParam("status", "CLOSED").queryParam("limit", 100).get("/api/v1/cases")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);

        assertThat(integrity).contains(caseId);
        assertThat(closed).doesNotContain(caseId);
    }

    @Test
    void shouldListTheBacklogOfEveryQueueOfThePolicy() {
        open(cases, account(unique("backlog")), "violence/graphic");

        reader().get("/api/v1/queues").then()
                .statusCode(200)
                .body("queue", hasItems("child-safety", "self-harm", "violent-extremism", "abuse", "integrity", "general"))
                .body("find { it.queue == 'violent-extremism' }.open", greaterThanOrEqualTo(1))
                .body("find { it.queue == 'violent-extremism' }", hasKey("oldestOpenAgeSeconds"))
                .body("find { it.queue == 'violent-extremism' }.slaBreaches", equalTo(0));
    }

    @Test
    void shouldAnswerAClaimOnAnUnknownQueueWithNotFound() {
        as("sam", List.of("senior-reviewer", "reviewer"), List.of()).post("/api/v1/queues/{queue}/claim", "no-such-queue").then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:queue-not-found"));
    }

    @Test
    void shouldRequireAReviewerToClaim() {
        anonymous().post("/api/v1/queues/{queue}/claim", "abuse").then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:unauthenticated"));
        reader().post("/api/v1/queues/{queue}/claim", "abuse").then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldAnswerAMalformedDecisionBodyWithABadRequestProblem() {
        String caseId = open(cases, account(unique("malformed")), "spam").getCaseId();

        as("ana").body("{\"outcome\": ").post("/api/v1/cases/{id}/decision", caseId).then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:malformed-body"));
    }

    @Test
    void shouldRequireAReviewerToDecide() {
        String caseId = open(cases, account(unique("anonymous")), "spam").getCaseId();

        anonymous().body("{\"outcome\":\"NOT_VIOLATING\"}").post("/api/v1/cases/{id}/decision", caseId).then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"));
        reader().body("{\"outcome\":\"NOT_VIOLATING\"}").post("/api/v1/cases/{id}/decision", caseId).then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldRefuseAnOversizedBodyBeforeReadingIt() {
        String caseId = open(cases, account(unique("oversized")), "spam").getCaseId();
        String note = "n".repeat(100 * 1024);

        as("ana").body("{\"outcome\":\"NOT_VIOLATING\",\"note\":\"" + note + "\"}")
                .post("/api/v1/cases/{id}/decision", caseId).then()
                .statusCode(413);
    }

    @Test
    void shouldCountOpenedCasesByQueue() {
        open(cases, account(unique("metrics")), "spam");

        anonymous().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("bulwark_cases_opened_total{joined=\"false\",queue=\"integrity\""));
    }

    @Test
    void shouldDescribeTheReviewerEndpointsInOpenApi() {
        reader().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/cases"))
                .body("paths", hasKey("/api/v1/cases/{id}"))
                .body("paths", hasKey("/api/v1/queues"))
                .body("paths", hasKey("/api/v1/queues/{queue}/claim"))
                .body("paths", hasKey("/api/v1/cases/{id}/release"))
                .body("paths", hasKey("/api/v1/cases/{id}/decision"))
                .body("info.title", containsString("case-service"));
    }

    @Test
    void shouldServeSwaggerUi() {
        reader().get("/q/swagger-ui/").then().statusCode(200);
    }
}
