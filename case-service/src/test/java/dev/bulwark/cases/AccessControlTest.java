package dev.bulwark.cases;

import static dev.bulwark.cases.CaseFixtures.account;
import static dev.bulwark.cases.CaseFixtures.anonymous;
import static dev.bulwark.cases.CaseFixtures.as;
import static dev.bulwark.cases.CaseFixtures.open;
import static dev.bulwark.cases.CaseFixtures.unique;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.cases.v1.CaseServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Roles times endpoints, and queue assignment as an object-level check (OWASP API1 broken object
 * level authorization, API2 broken authentication, API5 broken function level authorization).
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
    @ResourceArg(name = "service", value = "CASE"),
    @ResourceArg(name = "downstream", value = "ACTION")})
class AccessControlTest {

    @GrpcClient("self")
    CaseServiceGrpc.CaseServiceBlockingStub anonymousCases;

    CaseServiceGrpc.CaseServiceBlockingStub cases;

    @BeforeEach
    void callAsIntake() {
        cases = TestTokens.withToken(anonymousCases, TestTokens.service("intake-service"));
    }

    @Test
    void shouldAnswerNoPersonEndpointWithoutAToken() {
        anonymous().get("/api/v1/cases").then().statusCode(401).contentType(startsWith("application/problem+json"));
        anonymous().get("/api/v1/queues").then().statusCode(401);
        anonymous().get("/api/v1/cases/{id}", java.util.UUID.randomUUID().toString()).then().statusCode(401);
        anonymous().post("/api/v1/cases/{id}/release", java.util.UUID.randomUUID().toString()).then().statusCode(401);
        anonymous().get("/q/openapi").then().statusCode(401);
        anonymous().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void shouldLetOnlyIntakeOpenCases() {
        var request = CaseFixtures.request(unique("s2s"), account(unique("s2s")), "spam");

        assertGrpcStatus(() -> anonymousCases.openCase(request), io.grpc.Status.Code.UNAUTHENTICATED);
        assertGrpcStatus(() -> TestTokens.withToken(anonymousCases, TestTokens.service("team-chat")).openCase(request),
                io.grpc.Status.Code.PERMISSION_DENIED);
        org.assertj.core.api.Assertions.assertThat(cases.openCase(request).getCaseId()).isNotBlank();
    }

    private static void assertGrpcStatus(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, io.grpc.Status.Code code) {
        org.assertj.core.api.Assertions.assertThatThrownBy(call)
                .isInstanceOfSatisfying(io.grpc.StatusRuntimeException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.getStatus().getCode()).isEqualTo(code));
    }

    @Test
    void shouldRefuseATokenMeantForAnotherService() {
        String forIntake = dev.bulwark.devstack.quarkus.OidcTestTokens.person("rita", "intake-service", List.of("reviewer")).sign();

        io.restassured.RestAssured.given().auth().oauth2(forIntake).get("/api/v1/queues").then().statusCode(401);
    }

    @Test
    void shouldLetAReviewerClaimOnlyFromAssignedQueues() {
        open(cases, account(unique("assigned")), "spam");

        as("rita", List.of("reviewer"), List.of("abuse")).post("/api/v1/queues/{queue}/claim", "integrity").then()
                .statusCode(403)
                .body("type", equalTo("urn:bulwark:problem:queue-not-assigned"));
        as("rita", List.of("reviewer"), List.of("integrity")).post("/api/v1/queues/{queue}/claim", "integrity").then()
                .statusCode(200);
        as("sam", List.of("senior-reviewer", "reviewer"), List.of()).post("/api/v1/queues/{queue}/claim", "integrity").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(204)));
    }

    @Test
    void shouldHideCasesOfOtherQueuesFromAReviewer() {
        String spam = open(cases, account(unique("hidden")), "spam").getCaseId();
        var abuseOnly = as("rita", List.of("reviewer"), List.of("abuse"));

        abuseOnly.get("/api/v1/cases/{id}", spam).then().statusCode(404);
        as("rita", List.of("reviewer"), List.of("abuse")).queryParam("queue", "integrity").get("/api/v1/cases").then().statusCode(403);
        as("rita", List.of("reviewer"), List.of("abuse")).queryParam("limit", 100).get("/api/v1/cases").then()
                .statusCode(200)
                .body("items.queue", everyItem(equalTo("abuse")))
                .body("items.id", not(hasItem(spam)));
    }

    @Test
    void shouldLetAuditorsAndQaReadEverythingButChangeNothing() {
        String spam = open(cases, account(unique("audited")), "spam").getCaseId();

        for (String role : List.of("auditor", "qa", "policy-admin")) {
            as("someone", List.of(role), List.of()).get("/api/v1/cases/{id}", spam).then().statusCode(200);
            as("someone", List.of(role), List.of()).post("/api/v1/queues/{queue}/claim", "integrity").then().statusCode(403);
            // QA people decide QA cases, so their decision is refused for want of the lease rather than the role
            as("someone", List.of(role), List.of()).body("{\"outcome\":\"NOT_VIOLATING\"}")
                    .post("/api/v1/cases/{id}/decision", spam).then().statusCode(role.equals("qa") ? 409 : 403);
        }
    }
}
