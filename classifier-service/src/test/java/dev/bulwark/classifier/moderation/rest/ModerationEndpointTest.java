package dev.bulwark.classifier.moderation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.classifier.grpc.TestTokens;
import dev.bulwark.classifier.moderation.rest.OpenAiModerationSchema.CreateModerationResponse;
import dev.bulwark.classifier.moderation.rest.OpenAiModerationSchema.Result;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /v1/moderations answers in OpenAI's documented shape, with Bulwark's categories and decisions. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CLASSIFIER")})
class ModerationEndpointTest {

    static final List<String> BULWARK_CATEGORIES = List.of("harassment", "harassment/threatening", "hate",
            "hate/threatening", "sexual", "sexual/minors", "violence", "violence/graphic", "self-harm",
            "self-harm/intent", "self-harm/instructions", "illicit", "illicit/violent", "spam", "fraud", "pii");

    private static String moderate(Object body) {
        return given().auth().oauth2(TestTokens.productTeam()).contentType(ContentType.JSON).body(body)
                .when().post("/v1/moderations")
                .then().statusCode(200).contentType(ContentType.JSON).extract().asString();
    }

    @Test
    void shouldParseAsOpenAisDocumentedResponse() throws Exception {
        String json = moderate(Map.of("input", "I will kill you and burn your house down.", "model", "omni-moderation-latest"));

        CreateModerationResponse response = OpenAiModerationSchema.CLIENT.readValue(json, CreateModerationResponse.class);

        assertThat(response.id()).startsWith("modr-");
        assertThat(response.model()).isEqualTo("bulwark-2026-11-26.1");
        assertThat(response.results()).singleElement().satisfies(r -> {
            assertThat(r.flagged()).isTrue();
            assertThat(r.categories().violence() || r.categories().harassmentThreatening()).isTrue();
            assertThat(r.categories().sexual()).isFalse();
            assertThat(Math.max(r.categoryScores().violence(), r.categoryScores().harassmentThreatening())).isGreaterThan(0.5);
            assertThat(r.categoryScores().sexualMinors()).isZero();
            assertThat(r.categoryAppliedInputTypes().hate()).containsExactly("text");
        });
    }

    @Test
    void shouldAnswerAnOrdinaryTextWithExactlyThisJson() throws Exception {
        ObjectNode actual = (ObjectNode) new ObjectMapper().readTree(
                moderate(Map.of("input", "Thanks for the quick delivery, the blender works great.")));
        assertThat(actual.remove("id").asText()).matches("modr-[0-9a-f]{32}");
        // The spam model gives most texts a weak score of its own; far below any threshold here.
        ObjectNode scored = (ObjectNode) actual.at("/results/0/category_scores");
        assertThat(scored.get("spam").asDouble()).isLessThan(0.35);
        scored.put("spam", 0.0);

        StringBuilder categories = new StringBuilder();
        StringBuilder scores = new StringBuilder();
        StringBuilder types = new StringBuilder();
        for (String c : BULWARK_CATEGORIES) {
            String sep = categories.isEmpty() ? "" : ",";
            categories.append(sep).append('"').append(c).append("\":false");
            scores.append(sep).append('"').append(c).append("\":0.0");
            types.append(sep).append('"').append(c).append("\":[\"text\"]");
        }
        JsonNode expected = new ObjectMapper().readTree("""
                {"model":"bulwark-2026-11-26.1","results":[{"flagged":false,"categories":{%s},
                 "category_scores":{%s},"category_applied_input_types":{%s}}]}"""
                .formatted(categories, scores, types));

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void shouldKeyEveryBulwarkCategoryInPolicyOrder() {
        JsonPath result = JsonPath.from(moderate(Map.of("input", "hello"))).setRootPath("results[0]");

        assertThat(result.getMap("categories").keySet()).containsExactlyElementsOf(BULWARK_CATEGORIES);
        assertThat(result.getMap("category_scores").keySet()).containsExactlyElementsOf(BULWARK_CATEGORIES);
        assertThat(result.getMap("category_applied_input_types").keySet()).containsExactlyElementsOf(BULWARK_CATEGORIES);
    }

    @Test
    void shouldFlagWhatReachesTheReviewThresholdOfTheApiSurfaceByDefault() throws Exception {
        Result result = firstResult(Map.of("input", "You are a pathetic idiot and everyone knows it."));

        assertThat(result.flagged()).isTrue();
        assertThat(result.categories().harassment()).isTrue();
        assertThat(result.categories().hate()).isFalse();
        assertThat(result.categoryScores().harassment()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void shouldDecideUnderTheSurfaceTheRequestNames() throws Exception {
        String mildInsult = "You are such a loser.";

        Result onApi = firstResult(Map.of("input", mildInsult));
        Result onProfile = firstResult(Map.of("input", mildInsult, "surface", "profile"));

        assertThat(onApi.categoryScores().harassment()).isEqualTo(onProfile.categoryScores().harassment()).isEqualTo(0.4);
        assertThat(onApi.flagged()).isFalse();
        assertThat(onApi.categories().harassment()).isFalse();
        assertThat(onProfile.flagged()).isTrue();
        assertThat(onProfile.categories().harassment()).isTrue();
    }

    @Test
    void shouldAnswerOneResultPerStringInOrder() throws Exception {
        String json = moderate(Map.of("input", List.of("hello", "I will kill you", "have a nice day")));

        List<Result> results = OpenAiModerationSchema.CLIENT.readValue(json, CreateModerationResponse.class).results();

        assertThat(results).extracting(Result::flagged).containsExactly(false, true, false);
    }

    @Test
    void shouldReadTextContentPartsAsOneInput() throws Exception {
        String json = moderate(Map.of("input", List.of(
                Map.of("type", "text", "text", "You are a pathetic"),
                Map.of("type", "text", "text", "idiot and everyone knows it."))));

        List<Result> results = OpenAiModerationSchema.CLIENT.readValue(json, CreateModerationResponse.class).results();

        assertThat(results).singleElement().satisfies(r -> assertThat(r.categories().harassment()).isTrue());
    }

    @Test
    void shouldScoreWhiteSpaceAsAnOrdinaryText() throws Exception {
        assertThat(firstResult(Map.of("input", " \t\n")).flagged()).isFalse();
    }

    private static Result firstResult(Map<String, Object> body) throws Exception {
        return OpenAiModerationSchema.CLIENT.readValue(moderate(body), CreateModerationResponse.class).results().get(0);
    }
}
