package dev.bulwark.cases;

import static dev.bulwark.cases.CaseFixtures.account;
import static dev.bulwark.cases.CaseFixtures.as;
import static dev.bulwark.cases.CaseFixtures.open;
import static dev.bulwark.cases.CaseFixtures.reader;
import static dev.bulwark.cases.CaseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.cases.v1.CaseServiceGrpc;
import io.agroal.api.AgroalDataSource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filters of the case list, combined with each other and with keyset paging; and the API document. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CASE"), @ResourceArg(name = "downstream", value = "ACTION")})
class CaseListFilterTest {

    @GrpcClient("self")
    CaseServiceGrpc.CaseServiceBlockingStub anonymousCases;

    CaseServiceGrpc.CaseServiceBlockingStub cases;

    @Inject
    AgroalDataSource database;

    CaseRows rows;

    @BeforeEach
    void callAsIntake() {
        cases = TestTokens.withToken(anonymousCases, TestTokens.service("intake-service"));
        rows = new CaseRows(database);
    }

    @Test
    void shouldPageThroughTheCasesOfOneSubjectOfEveryKind() throws Exception {
        String subject = unique("subject");
        Instant start = Instant.now().minusSeconds(3600);
        List<String> expected = new ArrayList<>();
        String[][] history = {{"REVIEW", "integrity"}, {"APPEAL", "appeals"}, {"QA", "qa"}, {"REVIEW", "abuse"}, {"APPEAL", "appeals"}};
        for (int i = 0; i < history.length; i++) {
            expected.add(0, rows.closed(subject, history[i][0], history[i][1], "spam", start.plusSeconds(60L * i), "VIOLATING").toString());
        }
        expected.add(0, open(cases, account(subject), "harassment").getCaseId());

        List<JsonPath> pages = pages(() -> reader().queryParam("subjectType", "ACCOUNT").queryParam("subjectId", subject), 2);

        assertThat(pages).hasSize(3);
        assertThat(pages.stream().flatMap(p -> p.getList("items.id", String.class).stream()).toList()).isEqualTo(expected);
        assertThat(ids(pages(() -> reader().queryParam("subjectType", "ACCOUNT").queryParam("subjectId", subject)
                .queryParam("kind", "APPEAL"), 1)))
                .containsExactly(expected.get(1), expected.get(4));
        assertThat(ids(pages(() -> reader().queryParam("subjectType", "ACCOUNT").queryParam("subjectId", subject)
                .queryParam("kind", "REVIEW").queryParam("status", "CLOSED"), 1)))
                .containsExactly(expected.get(2), expected.get(5));
        assertThat(ids(pages(() -> reader().queryParam("subjectType", "ORGANIZATION").queryParam("subjectId", subject), 10)))
                .isEmpty();
    }

    @Test
    void shouldListOnlyTheSubjectsCasesTheCallerMayRead() throws Exception {
        String subject = unique("hidden-history");
        rows.closed(subject, "REVIEW", "integrity", "spam", Instant.now().minusSeconds(60), "NOT_VIOLATING");

        as("rita", List.of("reviewer"), List.of("abuse"))
                .queryParam("subjectType", "ACCOUNT").queryParam("subjectId", subject).get("/api/v1/cases").then()
                .statusCode(200)
                .body("items", empty());
        reader().queryParam("subjectType", "ACCOUNT").queryParam("subjectId", subject).get("/api/v1/cases").then()
                .body("items.queue", org.hamcrest.Matchers.contains("integrity"));
    }

    @Test
    void shouldFilterByCategoryKindAndStatusWithinACreationWindow() {
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<String> opened = IntStream.range(0, 5)
                .mapToObj(i -> open(cases, account(unique("window")), "fraud").getCaseId())
                .toList();
        open(cases, account(unique("window-other")), "spam");
        Instant to = Instant.now().plusMillis(1);

        List<JsonPath> pages = pages(() -> reader().queryParam("category", "fraud").queryParam("kind", "REVIEW")
                .queryParam("status", "OPEN").queryParam("createdFrom", from.toString())
                .queryParam("createdTo", to.toString()), 2);

        assertThat(pages).hasSize(3);
        assertThat(ids(pages)).containsExactlyInAnyOrderElementsOf(opened).doesNotHaveDuplicates();
        assertThat(pages.stream().flatMap(p -> p.getList("items.createdAt", String.class).stream()).map(Instant::parse).toList())
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(ids(pages(() -> reader().queryParam("category", "fraud").queryParam("createdFrom", to.toString()), 10)))
                .doesNotContainAnyElementsOf(opened);
    }

    @Test
    void shouldFilterByTheReviewerHoldingTheLease() {
        IntStream.range(0, 3).forEach(i -> open(cases, account(unique("assigned")), "spam"));
        String reviewer = unique("holder");
        List<String> claimed = List.of(claim(reviewer), claim(reviewer));
        try {
            List<JsonPath> pages = pages(() -> reader().queryParam("assignee", reviewer), 1);

            assertThat(pages).hasSize(2);
            assertThat(ids(pages)).containsExactlyInAnyOrderElementsOf(claimed);
            assertThat(pages).allSatisfy(page -> {
                assertThat(page.getString("items[0].assignee")).isEqualTo(reviewer);
                assertThat(page.getString("items[0].status")).isEqualTo("CLAIMED");
                assertThat(page.getString("items[0].kind")).isEqualTo("REVIEW");
            });
        } finally {
            claimed.forEach(id -> as(reviewer).post("/api/v1/cases/{id}/release", id).then().statusCode(204));
        }
        reader().queryParam("assignee", reviewer).get("/api/v1/cases").then().body("items", empty());
    }

    @Test
    void shouldRejectBadFiltersWithEveryViolationAtOnce() {
        reader().queryParam("createdFrom", "yesterday").queryParam("kind", "AUDIT").queryParam("subjectId", "someone")
                .get("/api/v1/cases").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:invalid-request"))
                .body("violations.field", containsInAnyOrder("createdFrom", "kind", "subjectType"));
        reader().queryParam("createdFrom", "2026-11-27T00:00:00Z").queryParam("createdTo", "2026-11-26T00:00:00Z")
                .get("/api/v1/cases").then()
                .statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.contains("createdFrom"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDocumentTheNewEndpointsWithExamplesAndEveryErrorAsProblemJson() {
        JsonPath openApi = reader().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/cases/{id}/notes"))
                .body("paths", hasKey("/api/v1/cases/{id}/items/{itemId}/reveal"))
                .body("paths.'/api/v1/cases'.get.parameters.name", hasItem("createdFrom"))
                .body("paths.'/api/v1/cases/{id}/notes'.post.requestBody.content.'application/json'.examples", hasKey("note"))
                .body("paths.'/api/v1/cases/{id}/items/{itemId}/reveal'.post.responses.'200'.content.'application/json'.examples",
                        hasKey("revealed"))
                .body("paths.'/api/v1/cases/{id}'.get.responses.'200'.content.'application/json'.examples", hasKey("case"))
                .extract().jsonPath();

        Map<String, Map<String, Object>> operations = Map.of(
                "/api/v1/cases", openApi.getMap("paths.'/api/v1/cases'.get"),
                "/api/v1/cases/{id}", openApi.getMap("paths.'/api/v1/cases/{id}'.get"),
                "/api/v1/cases/{id}/notes", openApi.getMap("paths.'/api/v1/cases/{id}/notes'.post"),
                "/api/v1/cases/{id}/items/{itemId}/reveal", openApi.getMap("paths.'/api/v1/cases/{id}/items/{itemId}/reveal'.post"),
                "/api/v1/cases/{id}/decision", openApi.getMap("paths.'/api/v1/cases/{id}/decision'.post"));
        operations.forEach((path, operation) -> {
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertThat(responses.keySet()).as(path).anyMatch(status -> status.startsWith("4"));
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    assertThat((Map<String, Object>) response.get("content")).as("%s %s", path, status)
                            .containsOnlyKeys("application/problem+json");
                }
            });
        });
        assertThat(openApi.getMap("components.schemas.DecisionRequestJson")).containsKey("examples");
    }

    private static String claim(String reviewer) {
        return as(reviewer).post("/api/v1/queues/{queue}/claim", "integrity").then()
                .statusCode(200)
                .extract().jsonPath().getString("id");
    }

    /** Every page of a listing, following nextCursor. */
    private static List<JsonPath> pages(Supplier<RequestSpecification> request, int limit) {
        List<JsonPath> pages = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification page = request.get().queryParam("limit", limit);
            if (cursor != null) {
                page.queryParam("cursor", cursor);
            }
            JsonPath body = page.get("/api/v1/cases").then().statusCode(200).extract().jsonPath();
            pages.add(body);
            cursor = body.getString("nextCursor");
        } while (cursor != null && pages.size() < 50);
        return pages;
    }

    private static List<String> ids(List<JsonPath> pages) {
        return pages.stream().flatMap(p -> p.getList("items.id", String.class).stream()).toList();
    }
}
