package dev.bulwark.action.standing.rest;

import static dev.bulwark.action.TestTokens.asAuditor;
import static dev.bulwark.action.grpc.Requests.enforce;
import static dev.bulwark.action.grpc.Requests.newAccount;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.bulwark.action.IntakeServiceToken;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.ActionServiceGrpc.ActionServiceBlockingStub;
import dev.bulwark.proto.action.v1.EnforceResponse;
import dev.bulwark.proto.common.v1.Subject;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "ACTION")})
class StandingResourceTest {

    @GrpcClient("intake")
    @RegisterClientInterceptor(IntakeServiceToken.class)
    ActionServiceBlockingStub actions;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldServeTheStandingAsJson() {
        Subject subject = newAccount();
        actions.enforce(enforce(subject, "harassment"));
        EnforceResponse restrict = actions.enforce(enforce(subject, "harassment"));

        asAuditor().get("/api/v1/subjects/account/{id}/standing", subject.getId()).then()
                .statusCode(200)
                .contentType("application/json")
                .body("subjectType", equalTo("ACCOUNT"))
                .body("subjectId", equalTo(subject.getId()))
                .body("state", equalTo("RESTRICTED"))
                .body("activeStrikes", equalTo(2))
                .body("totalStrikes", equalTo(2))
                .body("actions", hasSize(2))
                .body("actions[0].id", equalTo(restrict.getAction().getActionId()))
                .body("actions[0].type", equalTo("RESTRICT"))
                .body("actions[0].expiresAt", notNullValue())
                .body("actions[1].type", equalTo("WARN"));
    }

    @Test
    void shouldServeGoodStandingForASubjectNeverSeen() {
        asAuditor().get("/api/v1/subjects/organization/{id}/standing", "org-never-seen").then()
                .statusCode(200)
                .body("state", equalTo("GOOD"))
                .body("activeStrikes", equalTo(0))
                .body("suspendedUntil", nullValue())
                .body("actions", hasSize(0));
    }

    @Test
    void shouldAnswerProblemJsonForAnUnknownSubjectType() {
        asAuditor().get("/api/v1/subjects/planet/{id}/standing", "p-1").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bulwark:problem:invalid-request"))
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"))
                .body("instance", equalTo("/api/v1/subjects/planet/p-1/standing"))
                .body("violations[0].field", equalTo("type"));
    }

    @Test
    void shouldAnswerProblemJsonForAnUnknownRoute() {
        asAuditor().get("/api/v1/nowhere").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", notNullValue());
    }
}
