package dev.bulwark.classifier.robustness;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.bulwark.classifier.external.service.ExternalModeration;
import dev.bulwark.classifier.grpc.TestTokens;
import dev.bulwark.classifier.moderation.rest.ClassifyResponse;
import dev.bulwark.classifier.openai.ModerationResponse;
import dev.bulwark.classifier.openai.ModerationResult;
import dev.bulwark.devstack.NaughtyStrings;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.classifier.v1.ClassifierServiceGrpc.ClassifierServiceBlockingStub;
import dev.bulwark.proto.classifier.v1.ScoreRequest;
import dev.bulwark.proto.classifier.v1.ScoreResponse;
import dev.bulwark.proto.common.v1.Content;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every string of the Big List of Naughty Strings goes through gRPC Score, /v1/moderations and
 * /v1/classify (with the external provider answering): each is scored, or refused as invalid only when
 * it is empty; nothing fails otherwise, and every evidence span lies inside the text.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CLASSIFIER")})
class NaughtyStringsTest {

    private static final List<String> NAUGHTY = NaughtyStrings.all();

    @GrpcClient("self")
    ClassifierServiceBlockingStub anonymous;

    @OidcWireMock
    WireMockServer wireMock;

    private StubMapping provider;

    @BeforeEach
    void letTheProviderAnswerEveryText() {
        CircuitBreakerMaintenance.get().reset(ExternalModeration.CIRCUIT_BREAKER);
        String moderations = ConfigProvider.getConfig()
                .getValue("bulwark.classifier.external.base-url", URI.class).getPath() + "/moderations";
        provider = wireMock.stubFor(post(urlEqualTo(moderations)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"results\":[{\"flagged\":false,\"category_scores\":{\"harassment\":0.02}}]}")));
    }

    @AfterEach
    void removeTheProvider() {
        wireMock.removeStub(provider);
    }

    @Test
    void shouldHoldTheWholeList() {
        assertThat(NAUGHTY).hasSizeGreaterThan(400).contains("", "<script>alert(123)</script>");
    }

    @Test
    void shouldScoreEveryStringOverGrpcOrRefuseOnlyTheEmptyOne() {
        ClassifierServiceBlockingStub classifier = TestTokens.withToken(anonymous, TestTokens.intakeService());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < NAUGHTY.size(); i++) {
            String text = NAUGHTY.get(i);
            try {
                ScoreResponse response = classifier.score(ScoreRequest.newBuilder()
                        .setSurface("api").setContent(Content.newBuilder().setText(text)).build());
                if (text.isEmpty() || response.getScoresCount() != 16
                        || !response.getSignalsList().stream().flatMap(s -> s.getEvidenceList().stream())
                                .allMatch(e -> inside(e.getStart(), e.getEnd(), text))) {
                    failures.add(i + ": scored but " + (text.isEmpty() ? "empty" : "malformed answer"));
                }
            } catch (StatusRuntimeException e) {
                if (!(text.isEmpty() && e.getStatus().getCode() == Status.Code.INVALID_ARGUMENT)) {
                    failures.add(i + ": " + e.getStatus().getCode());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldModerateEveryStringOverRestOrRefuseOnlyTheEmptyOne() {
        assertRefusesTheEmptyString("/v1/moderations");
        for (List<String> batch : nonEmptyBatches()) {
            Response response = send("/v1/moderations", batch);

            assertThat(response.statusCode()).as(batch.toString()).isEqualTo(200);
            List<ModerationResult> results = response.as(ModerationResponse.class).results();
            assertThat(results).hasSize(batch.size());
            assertThat(results).allSatisfy(r -> assertThat(r.categoryScores()).hasSize(16));
        }
    }

    @Test
    void shouldClassifyEveryStringOverRestWithEvidenceInsideIt() {
        assertRefusesTheEmptyString("/v1/classify");
        for (List<String> batch : nonEmptyBatches()) {
            Response response = send("/v1/classify", batch);

            assertThat(response.statusCode()).as(batch.toString()).isEqualTo(200);
            List<ClassifyResponse.Result> results = response.as(ClassifyResponse.class).results();
            assertThat(results).hasSize(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                String text = batch.get(i);
                assertThat(results.get(i).modelVersions()).contains("external:openai@test-moderation");
                assertThat(results.get(i).signals()).flatExtracting(ClassifyResponse.SignalResult::evidence)
                        .allMatch(e -> inside(e.start(), e.end(), text), "evidence inside the text");
            }
        }
    }

    private static void assertRefusesTheEmptyString(String path) {
        Response response = send(path, List.of(""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getList("violations.field")).containsExactly("input[0]");
    }

    /** The non-empty strings in requests of at most 32 texts each (the list holds about 24 KiB of text). */
    private static List<List<String>> nonEmptyBatches() {
        return NaughtyStrings.batches(NAUGHTY.stream().filter(t -> !t.isEmpty()).toList(), 32);
    }

    private static Response send(String path, List<String> texts) {
        return given().auth().oauth2(TestTokens.productTeam()).contentType("application/json; charset=UTF-8")
                .body(Map.of("input", texts)).when().post(path);
    }

    private static boolean inside(int start, int end, String text) {
        return 0 <= start && start < end && end <= text.length();
    }
}
