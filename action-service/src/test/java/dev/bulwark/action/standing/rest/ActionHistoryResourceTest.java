package dev.bulwark.action.standing.rest;

import static dev.bulwark.action.TestTokens.as;
import static dev.bulwark.action.TestTokens.asAuditor;
import static dev.bulwark.action.TestTokens.person;
import static dev.bulwark.action.grpc.Requests.enforce;
import static dev.bulwark.action.grpc.Requests.newAccount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.bulwark.action.IntakeServiceToken;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.ActionServiceGrpc.ActionServiceBlockingStub;
import dev.bulwark.proto.action.v1.RevertRequest;
import dev.bulwark.proto.common.v1.Subject;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "ACTION")})
class ActionHistoryResourceTest {

    private static final String ACTIONS = "/api/v1/subjects/{type}/{id}/actions";

    @GrpcClient("intake")
    @RegisterClientInterceptor(IntakeServiceToken.class)
    ActionServiceBlockingStub actions;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldListEveryActionNewestFirstWithWhatBecameOfIt() {
        Subject subject = newAccount();
        String warn = actions.enforce(enforce(subject, "harassment")).getAction().getActionId();
        String restrict = actions.enforce(enforce(subject, "harassment")).getAction().getActionId();
        actions.revert(RevertRequest.newBuilder().setActionId(warn).setReason("appeal overturned").build());

        asAuditor().get(ACTIONS, "account", subject.getId()).then()
                .statusCode(200)
                .contentType("application/json")
                .body("items", hasSize(2))
                .body("items[0].id", equalTo(restrict))
                .body("items[0].status", equalTo("IN_FORCE"))
                .body("items[0].type", equalTo("RESTRICT"))
                .body("items[0].category", equalTo("harassment"))
                .body("items[0].origin", equalTo("AUTOMATED"))
                .body("items[0].createdAt", notNullValue())
                .body("items[0].expiresAt", notNullValue())
                .body("items[0].revertedAt", nullValue())
                .body("items[0].expiredAt", nullValue())
                .body("items[0].decidedAt", nullValue())
                .body("items[0].referenceId", startsWith("sub-"))
                .body("items[0].policyVersion", equalTo("2026-11-26.1"))
                .body("items[1].id", equalTo(warn))
                .body("items[1].status", equalTo("REVERTED"))
                .body("items[1].type", equalTo("WARN"))
                .body("items[1].revertedAt", notNullValue())
                .body("nextCursor", nullValue());
    }

    @Test
    void shouldPageWithTheCursorWithoutRepeatingOrSkippingAnAction() {
        Subject subject = newAccount();
        String first = actions.enforce(enforce(subject, "spam")).getAction().getActionId();
        String second = actions.enforce(enforce(subject, "spam")).getAction().getActionId();
        String third = actions.enforce(enforce(subject, "spam")).getAction().getActionId();

        String cursor = asAuditor().queryParam("limit", 2).get(ACTIONS, "account", subject.getId()).then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(third, second)))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        asAuditor().queryParam("limit", 2).queryParam("cursor", cursor).get(ACTIONS, "account", subject.getId()).then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(first)))
                .body("nextCursor", nullValue());
    }

    @Test
    void shouldAnswerAnEmptyHistoryForASubjectNeverSeen() {
        as(person("rita", List.of("reviewer"))).get(ACTIONS, "api-key", "key-never-seen").then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("nextCursor", nullValue());
    }

    @Test
    void shouldNameEveryInvalidParameterInOneProblem() {
        asAuditor().queryParam("limit", 0).queryParam("cursor", "not-a-cursor").get(ACTIONS, "planet", "p-1").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:invalid-request"))
                .body("violations.field", containsInAnyOrder("type", "limit", "cursor"));
        asAuditor().queryParam("limit", 101).get(ACTIONS, "account", "acct-1").then()
                .statusCode(400)
                .body("violations.field", equalTo(List.of("limit")));
    }

    @Test
    void shouldRefuseCallersWithoutAReadingRole() {
        given().get(ACTIONS, "account", "acct-1").then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"));
        as(person("nobody", List.of("customer-support"))).get(ACTIONS, "account", "acct-1").then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }
}
