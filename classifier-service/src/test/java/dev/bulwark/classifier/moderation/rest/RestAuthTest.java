package dev.bulwark.classifier.moderation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.grpc.TestTokens;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The REST API serves product teams and policy admins with tokens meant for classifier-service, nobody else. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CLASSIFIER")})
class RestAuthTest {

    private static final String BODY = "{\"input\":\"hello\"}";

    private static RequestSpecification request() {
        return given().contentType(ContentType.JSON).body(BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/moderations", "/v1/classify"})
    void shouldServeProductTeamsAndPolicyAdmins(String path) {
        for (String token : List.of(TestTokens.productTeam(), TestTokens.person("paula", "policy-admin"),
                TestTokens.serviceAccount("team-api", TestTokens.AUDIENCE)
                        .claim("realm_access", Map.of("roles", List.of("product-team"))).sign())) {
            request().auth().oauth2(token).when().post(path).then().statusCode(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/moderations", "/v1/classify"})
    void shouldAskForATokenAsAProblem(String path) {
        String problem = request().when().post(path)
                .then().statusCode(401).contentType("application/problem+json").extract().asString();

        assertThat(problem).contains("\"status\":401").contains("urn:bulwark:problem:unauthenticated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/moderations", "/v1/classify"})
    void shouldRefuseTokensForAnotherAudienceExpiredOrMalformed(String path) {
        String otherAudience = TestTokens.serviceAccount("team-chat", "intake-service")
                .claim("realm_access", Map.of("roles", List.of("product-team"))).sign();
        String expired = TestTokens.serviceAccount("team-chat", TestTokens.AUDIENCE)
                .claim("realm_access", Map.of("roles", List.of("product-team")))
                .issuedAt(1_000_000L).expiresAt(1_000_300L).sign();

        for (String token : List.of(otherAudience, expired, "not-a-jwt")) {
            request().auth().oauth2(token).when().post(path)
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/moderations", "/v1/classify"})
    void shouldForbidCallersWithoutAProductOrPolicyRole(String path) {
        for (String token : List.of(TestTokens.intakeService(), TestTokens.person("rita", "reviewer"),
                TestTokens.person("audrey", "auditor"))) {
            String problem = request().auth().oauth2(token).when().post(path)
                    .then().statusCode(403).contentType("application/problem+json").extract().asString();
            assertThat(problem).contains("\"status\":403");
        }
    }
}
