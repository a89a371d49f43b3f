package dev.bulwark.action;

import static dev.bulwark.action.TestTokens.asAuditor;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "ACTION")})
class OpenApiDocumentTest {

    /** Every operation of the REST API, and the errors beyond 401 and 403 it must document. */
    private static final Map<String, List<String>> OPERATIONS = Map.of(
            "get /api/v1/subjects/{type}/{id}/standing", List.of("400"),
            "get /api/v1/subjects/{type}/{id}/actions", List.of("400"),
            "get /api/v1/approvals", List.of("400"),
            "post /api/v1/approvals/{actionId}/approve", List.of("400", "404", "409"),
            "post /api/v1/approvals/{actionId}/reject", List.of("400", "404", "409"),
            "get /api/v1/audit/entries", List.of("400"),
            "get /api/v1/audit/verify", List.of(),
            "get /api/v1/transparency/statements", List.of("400"),
            "post /api/v1/transparency/export", List.of("409"));

    @Test
    void shouldDocumentEveryOperationWithItsProblemResponses() {
        JsonPath document = asAuditor().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .extract().jsonPath();

        assertThat(document.getString("info.title")).contains("action-service");
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        assertThat(paths.keySet()).containsExactlyInAnyOrderElementsOf(
                OPERATIONS.keySet().stream().map(operation -> operation.substring(operation.indexOf(' ') + 1)).toList());
        OPERATIONS.forEach((operation, errors) -> {
            String[] methodAndPath = operation.split(" ");
            String at = "paths.'" + methodAndPath[1] + "'." + methodAndPath[0];
            assertThat(document.getString(at + ".summary")).as(operation).isNotBlank();
            assertThat(document.getMap(at + ".responses").keySet()).as(operation).contains("200", "401", "403");
            for (String status : concat(List.of("401", "403"), errors)) {
                assertThat(document.getMap(at + ".responses.'" + status + "'.content"))
                        .as(operation + " " + status).containsKey("application/problem+json");
            }
        });
    }

    @Test
    void shouldServeTheDocumentOnlyWithAToken() {
        given().get("/q/openapi").then().statusCode(401);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
