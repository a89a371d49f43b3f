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
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invalid requests to either endpoint are refused with problem JSON naming every bad field, never echoing it. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CLASSIFIER")})
class RestRequestErrorsTest {

    private static ExtractableResponse<Response> post(String path, String contentType, String body, int status) {
        return given().auth().oauth2(TestTokens.productTeam()).contentType(contentType).body(body)
                .when().post(path)
                .then().statusCode(status).contentType("application/problem+json").extract();
    }

    private static List<String> fieldsOf(ExtractableResponse<Response> problem) {
        return problem.jsonPath().getList("violations.field");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/moderations", "/v1/classify"})
    void shouldNameEveryInvalidFieldAtOnce(String path) {
        var problem = post(path, "application/json", "{\"input\":[\"fine\",\"\"],\"surface\":\"secret-surface\"}", 400);

        assertThat(problem.jsonPath().getInt("status")).isEqualTo(400);
        assertThat(problem.jsonPath().getString("type")).isEqualTo("urn:bulwark:problem:invalid-request");
        assertThat(problem.jsonPath().getString("instance")).isEqualTo(path);
        assertThat(fieldsOf(problem)).containsExactly("input[1]", "surface");
        assertThat(problem.asString()).doesNotContain("secret-surface");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"input\":null}", "{\"input\":42}", "{\"input\":[]}", "{\"input\":\"\"}"})
    void shouldRefuseAMissingOrEmptyInput(String body) {
        assertThat(fieldsOf(post("/v1/moderations", "application/json", body, 400))).containsExactly("input");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/moderations", "/v1/classify"})
    void shouldRefuseTooManyItemsAndTooMuchText(String path) {
        String tooMany = "{\"input\":[" + String.join(",", Collections.nCopies(33, "\"hi\"")) + "]}";
        String tooLong = "{\"input\":[\"" + "a".repeat(40_000) + "\",\"" + "b".repeat(40_000) + "\"]}";

        assertThat(fieldsOf(post(path, "application/json", tooMany, 400))).containsExactly("input");
        assertThat(fieldsOf(post(path, "application/json", tooLong, 400))).containsExactly("input");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json at all: secret-text", "{\"input\": \"secret-text", "[1, 2]", "\"secret-text\""})
    void shouldRefuseABodyThatIsNotAJsonObjectWithoutQuotingIt(String body) {
        var problem = post("/v1/moderations", "application/json", body, 400);

        assertThat(fieldsOf(problem)).containsExactly("body");
        assertThat(problem.asString()).doesNotContain("secret-text").doesNotContain("Exception").doesNotContain("jackson");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"input\":\"hi\",\"surface\":{\"id\":\"chat\"}}", "{\"input\":\"hi\",\"model\":[\"secret-model\"]}"})
    void shouldNameAFieldOfTheWrongType(String body) {
        var problem = post("/v1/classify", "application/json", body, 400);

        assertThat(fieldsOf(problem)).singleElement().isIn("surface", "model");
        assertThat(problem.asString()).doesNotContain("secret-model");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/moderations", "/v1/classify"})
    void shouldRefuseAnEmptyBody(String path) {
        assertThat(fieldsOf(post(path, "application/json", "", 400))).containsExactly("body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/moderations", "/v1/classify"})
    void shouldRefuseOtherMediaTypesAsProblems(String path) {
        var problem = post(path, "text/plain", "hello", 415);

        assertThat(problem.jsonPath().getInt("status")).isEqualTo(415);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/moderations", "/v1/classify"})
    void shouldRefuseImagePartsItCannotScore(String path) {
        String body = """
                {"input":[{"type":"text","text":"look"},{"type":"image_url","image_url":{"url":"https://example.com/a.png"}}]}""";

        assertThat(fieldsOf(post(path, "application/json", body, 400))).containsExactly("input[1].type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/moderations", "/v1/classify"})
    void shouldAcceptOpenAisExtraFieldsAndIgnoreTheModel(String path) {
        given().auth().oauth2(TestTokens.productTeam()).contentType(ContentType.JSON)
                .body(Map.of("input", "hello", "model", "omni-moderation-latest", "user", "someone"))
                .when().post(path)
                .then().statusCode(200);
    }
}
