package dev.bulwark.classifier.moderation.rest;

import dev.bulwark.classifier.signal.lexicon.BundledLexicons;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /v1/classify: the same scoring as /v1/moderations, with everything behind the decision. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CLASSIFIER")})
class ClassifyEndpointTest {

    private static ClassifyResponse classify(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.productTeam()).contentType(ContentType.JSON).body(body)
                .when().post("/v1/classify")
                .then().statusCode(200).contentType(ContentType.JSON).extract().as(ClassifyResponse.class);
    }

    @Test
    void shouldExplainAReviewWithReasonsThresholdsAndVersions() {
        ClassifyResponse response = classify(Map.of("input", "y0u are a p a t h e t i c 1d10t", "surface", "chat"));

        assertThat(response.id()).matches("clf-[0-9a-f]{32}");
        assertThat(response.surface()).isEqualTo("chat");
        assertThat(response.policyVersion()).isEqualTo("2026-11-26.1");
        ClassifyResponse.Result result = response.results().get(0);
        assertThat(result.verdict()).isEqualTo("review");
        assertThat(result.reasons()).containsExactly(new ClassifyResponse.ReasonResult(
                "harassment", "review", result.categories().get(0).score(), 0.5, false));
        assertThat(result.categories()).hasSize(16);
        assertThat(result.categories().get(0)).satisfies(c -> {
            assertThat(c.category()).isEqualTo("harassment");
            assertThat(c.severity()).isEqualTo("medium");
            assertThat(c.thresholdReached()).isEqualTo("review");
        });
        assertThat(result.categories().subList(1, 16)).extracting(ClassifyResponse.CategoryResult::thresholdReached)
                .containsOnly("none");
        assertThat(result.modelVersions()).contains(BundledLexicons.VERSION, "pii-rules@1");
    }

    @Test
    void shouldPointEvidenceIntoEachInput() {
        List<String> inputs = List.of("Call me at +1 415 555 0100 or mail jane.doe@example.com", "y0u are a p a t h e t i c 1d10t");

        ClassifyResponse response = classify(Map.of("input", inputs, "surface", "chat"));

        assertThat(response.results()).hasSize(2);
        for (int i = 0; i < inputs.size(); i++) {
            String text = inputs.get(i);
            assertThat(response.results().get(i).signals()).flatExtracting(ClassifyResponse.SignalResult::evidence)
                    .extracting(e -> text.substring(e.start(), e.end()))
                    .isNotEmpty()
                    .containsAnyOf("jane.doe@example.com", "1d10t");
        }
    }

    @Test
    void shouldMarkBlocksThatMayBeEnforcedWithoutAPerson() {
        ClassifyResponse.Result result = classify(Map.of("input",
                "FREE MONEY!!! Buy cheap pills now at http://bit.ly/cheap-pills click here", "surface", "chat")).results().get(0);

        assertThat(result.verdict()).isEqualTo("block");
        assertThat(result.reasons().get(0)).satisfies(r -> {
            assertThat(r.category()).isEqualTo("spam");
            assertThat(r.verdict()).isEqualTo("block");
            assertThat(r.autoEnforce()).isTrue();
            assertThat(r.score()).isGreaterThanOrEqualTo(r.threshold());
        });
        assertThat(result.categories()).filteredOn(c -> c.category().equals("spam"))
                .extracting(ClassifyResponse.CategoryResult::thresholdReached).containsExactly("block");
    }

    @Test
    void shouldUseTheApiSurfaceWhenNoneIsNamed() {
        assertThat(classify(Map.of("input", "hello")).surface()).isEqualTo("api");
    }
}
