package dev.bulwark.classifier.policy.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.bulwark.classifier.grpc.TestTokens;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.classifier.v1.ClassifierServiceGrpc.ClassifierServiceBlockingStub;
import dev.bulwark.proto.classifier.v1.GetPolicyRequest;
import dev.bulwark.proto.classifier.v1.ScoreRequest;
import dev.bulwark.proto.classifier.v1.ScoreResponse;
import dev.bulwark.proto.common.v1.Content;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.assertj.core.api.InstanceOfAssertFactories;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CLASSIFIER")})
class PolicyAdminResourceTest {

    /** The test candidate (src/test/policies): stricter pii thresholds on chat. */
    private static final String CANDIDATE = "2026-11-01.1-candidate";

    @GrpcClient("self")
    ClassifierServiceBlockingStub anonymous;

    private static RequestSpecification as(String user, String... roles) {
        return given().auth().oauth2(TestTokens.person(user, roles)).contentType(ContentType.JSON);
    }

    private static RequestSpecification admin() {
        return as("paula", "policy-admin");
    }

    private ClassifierServiceBlockingStub intake() {
        return TestTokens.withToken(anonymous, TestTokens.intakeService());
    }

    private ScoreResponse score(String correlationId, String text) {
        return intake().score(ScoreRequest.newBuilder().setSurface("chat").setCorrelationId(correlationId)
                .setContent(Content.newBuilder().setText(text)).build());
    }

    @AfterEach
    void clearCandidate() {
        admin().queryParam("reason", "test cleanup").delete("/v1/policies/candidate");
    }

    @Test
    void shouldListTheVersionsOfThePolicyDirectoryAndTheOneInForce() {
        String inForce = intake().getPolicy(GetPolicyRequest.getDefaultInstance()).getPolicyVersion();

        admin().get("/v1/policies").then().statusCode(200)
                .body("active.version", equalTo(inForce))
                .body("versions.version", hasItem(CANDIDATE))
                .body("refused", equalTo(List.of()));
    }

    @Test
    void shouldRefuseCallersWithoutThePolicyAdminRole() {
        given().get("/v1/policies").then().statusCode(401);
        as("rita", "reviewer").get("/v1/policies").then().statusCode(403).contentType("application/problem+json");
        as("rita", "reviewer").body(Map.of("version", CANDIDATE, "reason", "x")).put("/v1/policies/candidate")
                .then().statusCode(403);
    }

    @Test
    void shouldCountWhereAShadowedCandidateDisagreesWithThePolicyInForce() {
        admin().body(Map.of("version", CANDIDATE, "reason", "try stricter pii")).put("/v1/policies/candidate")
                .then().statusCode(200).body("kind", equalTo("CANDIDATE_SET")).body("actor", equalTo("paula"));
        String email = "email-" + UUID.randomUUID();
        String address = "ip-" + UUID.randomUUID();

        ScoreResponse withEmail = score(email, "write to me at jane.doe@example.org");
        score(address, "my server is 10.1.2.3 if you want it");
        score("agree-" + UUID.randomUUID(), "see you at lunch");

        assertThat(withEmail.getPolicyVersion()).isNotEqualTo(CANDIDATE);
        JsonPath summary = admin().get("/v1/policies/shadow").then().statusCode(200).extract().jsonPath();
        assertThat(summary.getString("candidateVersion")).isEqualTo(CANDIDATE);
        assertThat(summary.getLong("compared")).isGreaterThanOrEqualTo(3);
        assertThat(summary.getLong("disagreed")).isGreaterThanOrEqualTo(2);
        List<Map<String, Object>> pairs = summary.getList("pairs");
        assertThat(pairs).anySatisfy(p -> {
            assertThat(p).containsEntry("category", "pii").containsEntry("activeOutcome", "REVIEW").containsEntry("candidateOutcome", "BLOCK");
            assertThat(p.get("exampleSubmissionIds")).asInstanceOf(InstanceOfAssertFactories.LIST).contains(email);
        });
        assertThat(pairs).anySatisfy(p -> {
            assertThat(p).containsEntry("category", "pii").containsEntry("activeOutcome", "ALLOW").containsEntry("candidateOutcome", "REVIEW");
            assertThat(p.get("exampleSubmissionIds")).asInstanceOf(InstanceOfAssertFactories.LIST).contains(address);
        });
    }

    @Test
    void shouldPromoteTheCandidateAndRollBackWithBothStepsAudited() {
        String before = intake().getPolicy(GetPolicyRequest.getDefaultInstance()).getPolicyVersion();
        admin().body(Map.of("version", CANDIDATE, "reason", "try stricter pii")).put("/v1/policies/candidate").then().statusCode(200);

        admin().body(Map.of("reason", "shadow looked right")).post("/v1/policies/promote").then().statusCode(200)
                .body("kind", equalTo("PROMOTED")).body("version", equalTo(CANDIDATE)).body("previousVersion", equalTo(before));
        assertThat(score("promoted-" + UUID.randomUUID(), "write to me at jane.doe@example.org").getPolicyVersion()).isEqualTo(CANDIDATE);
        assertThat(intake().getPolicy(GetPolicyRequest.getDefaultInstance()).getPolicyVersion()).isEqualTo(CANDIDATE);

        admin().body(Map.of("reason", "too many blocks")).post("/v1/policies/rollback").then().statusCode(200)
                .body("kind", equalTo("ROLLED_BACK")).body("version", equalTo(before));
        assertThat(intake().getPolicy(GetPolicyRequest.getDefaultInstance()).getPolicyVersion()).isEqualTo(before);

        List<Map<String, Object>> history = admin().get("/v1/policies/history").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(history.subList(history.size() - 2, history.size()))
                .extracting(h -> h.get("kind") + " " + h.get("actor") + " " + h.get("reason"))
                .containsExactly("PROMOTED paula shadow looked right", "ROLLED_BACK paula too many blocks");
    }

    @Test
    void shouldRefuseChangesTheStateDoesNotAllowAsProblems() {
        admin().body(Map.of("version", "1999-01-01.1", "reason", "x")).put("/v1/policies/candidate").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:bulwark:problem:unknown-version"));
        admin().body(Map.of("reason", "x")).post("/v1/policies/promote").then().statusCode(409)
                .body("type", equalTo("urn:bulwark:problem:no-candidate"));
        admin().body(Map.of("version", CANDIDATE)).put("/v1/policies/candidate").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
    }
}
