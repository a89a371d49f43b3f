package dev.bulwark.classifier.external.service;

import dev.bulwark.classifier.signal.lexicon.BundledLexicons;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.bulwark.classifier.grpc.TestTokens;
import dev.bulwark.classifier.moderation.rest.ClassifyResponse;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.classifier.v1.ClassifierServiceGrpc.ClassifierServiceBlockingStub;
import dev.bulwark.proto.classifier.v1.ScoreRequest;
import dev.bulwark.proto.classifier.v1.ScoreResponse;
import dev.bulwark.proto.classifier.v1.Signal;
import dev.bulwark.proto.common.v1.Content;
import dev.bulwark.proto.common.v1.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The external provider, played by WireMock on the api surface: its scores join the decision; a slow,
 * failing or malformed provider is skipped, and repeated failures open the circuit breaker.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CLASSIFIER")})
class ExternalModerationTest {

    private static final String PROVIDER = "external:openai@test-moderation";

    /** The OIDC test server's WireMock, which also plays the provider. */
    @OidcWireMock
    WireMockServer wireMock;

    @Inject
    MeterRegistry registry;

    @GrpcClient("self")
    ClassifierServiceBlockingStub anonymous;

    private final List<StubMapping> stubs = new ArrayList<>();
    private final String moderations = ConfigProvider.getConfig()
            .getValue("bulwark.classifier.external.base-url", URI.class).getPath() + "/moderations";

    @BeforeEach
    @AfterEach
    void closeTheBreakerAndRemoveStubs() {
        stubs.forEach(wireMock::removeStub);
        stubs.clear();
        CircuitBreakerMaintenance.get().reset(ExternalModeration.CIRCUIT_BREAKER);
    }

    private void stub(MappingBuilder request, ResponseDefinitionBuilder response) {
        stubs.add(wireMock.stubFor(request.willReturn(response)));
    }

    private void answerScores(String input, String scoresJson) {
        stub(post(urlEqualTo(moderations)).withRequestBody(matchingJsonPath("$.input", equalTo(input))),
                aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"id":"modr-1","model":"test-moderation","results":[{"flagged":true,
                         "categories":{},"category_scores":%s}]}""".formatted(scoresJson)));
    }

    private static ClassifyResponse.Result classify(String text, String surface) {
        return given().auth().oauth2(TestTokens.productTeam()).contentType(ContentType.JSON)
                .body(Map.of("input", text, "surface", surface))
                .when().post("/v1/classify")
                .then().statusCode(200).extract().as(ClassifyResponse.class).results().get(0);
    }

    private int callsReceived() {
        return wireMock.countRequestsMatching(postRequestedFor(urlEqualTo(moderations)).build()).getCount();
    }

    private double fallbacks(String reason) {
        Counter counter = registry.find("bulwark.classifier.external.fallbacks").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void shouldMergeTheProvidersScoresIntoTheDecision() {
        String text = "have a wonderful day, friend";
        answerScores(text, "{\"harassment\":0.95,\"violence\":0.004,\"S10\":0.6}");

        ClassifyResponse.Result result = classify(text, "api");

        assertThat(result.signals()).filteredOn(s -> s.id().startsWith("external:"))
                .extracting(ClassifyResponse.SignalResult::id, ClassifyResponse.SignalResult::category)
                .containsExactlyInAnyOrder(
                        tuple("external:openai:harassment", "harassment"),
                        tuple("external:openai:S10", "hate"));
        assertThat(result.verdict()).isEqualTo("block");
        assertThat(result.reasons().get(0).category()).isEqualTo("harassment");
        assertThat(result.modelVersions()).contains(PROVIDER, BundledLexicons.VERSION);
        wireMock.verify(postRequestedFor(urlEqualTo(moderations))
                .withHeader("Authorization", equalTo("Bearer test-provider-key"))
                .withRequestBody(equalToJson("{\"model\":\"test-moderation\",\"input\":\"" + text + "\"}")));
    }

    @Test
    void shouldMergeTheProvidersScoresIntoGrpcScoresToo() {
        String text = "a perfectly calm sentence";
        answerScores(text, "{\"self-harm/intent\":0.7}");

        ScoreResponse response = TestTokens.withToken(anonymous, TestTokens.intakeService()).score(ScoreRequest.newBuilder()
                .setSurface("api").setContent(Content.newBuilder().setText(text)).build());

        assertThat(response.getSignalsList()).extracting(Signal::getId).filteredOn(id -> id.startsWith("external:"))
                .containsExactly("external:openai:self-harm/intent");
        assertThat(response.getDecision().getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
        assertThat(response.getModelVersionsList()).contains(PROVIDER);
    }

    @Test
    void shouldAskTheProviderOnlyForItsSurfaces() {
        int before = callsReceived();

        ClassifyResponse.Result result = classify("hello from chat", "chat");

        assertThat(callsReceived()).isEqualTo(before);
        assertThat(result.modelVersions()).noneMatch(v -> v.startsWith("external:"));
    }

    @Test
    void shouldFallBackWithinTheTimeoutWhenTheProviderIsSlow() {
        String text = "You are a pathetic idiot and everyone knows it.";
        stub(post(urlEqualTo(moderations)), aResponse().withFixedDelay(8_000)
                .withHeader("Content-Type", "application/json").withBody("{\"results\":[{\"category_scores\":{\"hate\":1.0}}]}"));
        double timeoutsBefore = fallbacks("timeout");

        long start = System.nanoTime();
        ClassifyResponse.Result result = classify(text, "api");
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).as("answered before the provider would have").isLessThan(8_000);
        assertThat(result.modelVersions()).contains(PROVIDER + ":skipped:timeout");
        assertThat(result.verdict()).isEqualTo("review");
        assertThat(result.signals()).noneMatch(s -> s.id().startsWith("external:"));
        assertThat(fallbacks("timeout")).isEqualTo(timeoutsBefore + 1);
    }

    @Test
    void shouldFallBackOnAMalformedAnswer() {
        stub(post(urlEqualTo(moderations)).withRequestBody(matchingJsonPath("$.input", equalTo("not json"))),
                aResponse().withHeader("Content-Type", "application/json").withBody("{\"results\": [ {\"category_scores\": "));
        stub(post(urlEqualTo(moderations)).withRequestBody(matchingJsonPath("$.input", equalTo("no results"))),
                aResponse().withHeader("Content-Type", "application/json").withBody("{\"id\":\"x\",\"results\":[]}"));
        stub(post(urlEqualTo(moderations)).withRequestBody(matchingJsonPath("$.input", equalTo("text scores"))),
                aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"results\":[{\"category_scores\":{\"hate\":\"very\"}}]}"));
        double before = fallbacks("malformed");

        for (String text : List.of("not json", "no results", "text scores")) {
            ClassifyResponse.Result result = classify(text, "api");

            assertThat(result.modelVersions()).as(text).contains(PROVIDER + ":skipped:malformed");
            assertThat(result.verdict()).isEqualTo("allow");
        }
        assertThat(fallbacks("malformed")).isEqualTo(before + 3);
    }

    @Test
    void shouldOpenTheBreakerAfterRepeatedFailuresAndStopCallingTheProvider() {
        stub(post(urlEqualTo(moderations)), aResponse().withStatus(503));
        double failedBefore = fallbacks("failed");
        double openBefore = fallbacks("circuit-open");

        for (int i = 0; i < 4; i++) {
            assertThat(classify("failing call " + i, "api").modelVersions()).contains(PROVIDER + ":skipped:failed");
        }
        assertThat(CircuitBreakerMaintenance.get().currentState(ExternalModeration.CIRCUIT_BREAKER))
                .isEqualTo(CircuitBreakerState.OPEN);
        int callsWhenOpened = callsReceived();

        for (int i = 0; i < 3; i++) {
            ClassifyResponse.Result result = classify("You are a pathetic idiot and everyone knows it.", "api");
            assertThat(result.modelVersions()).contains(PROVIDER + ":skipped:circuit-open");
            assertThat(result.verdict()).isEqualTo("review");
        }

        assertThat(callsReceived()).isEqualTo(callsWhenOpened);
        assertThat(fallbacks("failed")).isEqualTo(failedBefore + 4);
        assertThat(fallbacks("circuit-open")).isEqualTo(openBefore + 3);
    }
}
