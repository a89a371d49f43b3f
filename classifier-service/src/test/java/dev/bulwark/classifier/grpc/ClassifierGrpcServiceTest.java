package dev.bulwark.classifier.grpc;

import static dev.bulwark.devstack.GrpcErrorDetails.violatedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bulwark.classifier.signal.lexicon.BundledLexicons;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.classifier.v1.ClassifierServiceGrpc.ClassifierServiceBlockingStub;
import dev.bulwark.proto.classifier.v1.Evidence;
import dev.bulwark.proto.classifier.v1.FailureMode;
import dev.bulwark.proto.classifier.v1.GetPolicyRequest;
import dev.bulwark.proto.classifier.v1.GetPolicyResponse;
import dev.bulwark.proto.classifier.v1.ScoreRequest;
import dev.bulwark.proto.classifier.v1.ScoreResponse;
import dev.bulwark.proto.classifier.v1.Signal;
import dev.bulwark.proto.classifier.v1.SurfacePolicy;
import dev.bulwark.proto.common.v1.CategoryScore;
import dev.bulwark.proto.common.v1.Content;
import dev.bulwark.proto.common.v1.ImageRef;
import dev.bulwark.proto.common.v1.Severity;
import dev.bulwark.proto.common.v1.Verdict;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CLASSIFIER")})
class ClassifierGrpcServiceTest {

    @GrpcClient("self")
    ClassifierServiceBlockingStub anonymous;

    ClassifierServiceBlockingStub classifier;

    @BeforeEach
    void callAsIntakeService() {
        classifier = TestTokens.withToken(anonymous, TestTokens.intakeService());
    }

    private ScoreResponse score(String surface, String text) {
        return classifier.score(ScoreRequest.newBuilder()
                .setSurface(surface)
                .setContent(Content.newBuilder().setText(text))
                .setCorrelationId("test")
                .build());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Thanks for the quick delivery, the blender works great.                      | VERDICT_ALLOW
            You are a pathetic idiot and everyone knows it.                              | VERDICT_REVIEW
            y0u are a p a t h e t i c 1d10t                                              | VERDICT_REVIEW
            Call me at +1 415 555 0100 or mail jane.doe@example.com                      | VERDICT_REVIEW
            I will kill you and burn your house down.                                    | VERDICT_BLOCK
            FREE MONEY!!! Buy cheap pills now at http://bit.ly/cheap-pills click here    | VERDICT_BLOCK
            """)
    void shouldGiveTheCanonicalVerdictsOnChat(String text, Verdict expected) {
        ScoreResponse response = score("chat", text);

        assertThat(response.getDecision().getVerdict()).isEqualTo(expected);
        assertThat(response.getPolicyVersion()).isEqualTo("2026-11-26.1");
        assertThat(response.getScoresList()).hasSize(16);
        assertThat(response.getScoresList()).extracting(CategoryScore::getConfidence)
                .isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(response.getModelVersionsList()).contains(BundledLexicons.VERSION, "pii-rules@1");
        if (expected == Verdict.VERDICT_BLOCK) {
            assertThat(response.getDecision().getReasons(0)).satisfies(r -> {
                assertThat(r.getVerdict()).isEqualTo(Verdict.VERDICT_BLOCK);
                assertThat(r.getAutoEnforce()).isTrue();
                assertThat(r.getScore()).isGreaterThanOrEqualTo(r.getThreshold());
            });
        }
        if (expected == Verdict.VERDICT_ALLOW) {
            assertThat(response.getDecision().getReasonsList()).isEmpty();
            // No rule fires; the spam model may still report a weak signal.
            assertThat(response.getSignalsList()).allSatisfy(s -> {
                assertThat(s.getId()).isEqualTo("model:spam@1");
                assertThat(s.getScore()).isLessThan(0.5f);
            });
        }
    }

    @Test
    void shouldReviewHarassmentOnlyWithoutAutoEnforcement() {
        ScoreResponse response = score("chat", "You are a pathetic idiot and everyone knows it.");

        assertThat(response.getDecision().getReasonsList()).singleElement().satisfies(r -> {
            assertThat(r.getCategory()).isEqualTo("harassment");
            assertThat(r.getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
            assertThat(r.getThreshold()).isEqualTo(0.5f);
            assertThat(r.getAutoEnforce()).isFalse();
        });
        assertThat(response.getScores(0)).satisfies(s -> {
            assertThat(s.getName()).isEqualTo("harassment");
            assertThat(s.getSeverity()).isEqualTo(Severity.SEVERITY_MEDIUM);
        });
    }

    @Test
    void shouldNeverAutoEnforcePersonalData() {
        ScoreResponse response = score("chat", "Call me at +1 415 555 0100 or mail jane.doe@example.com");

        assertThat(response.getDecision().getReasonsList()).singleElement().satisfies(r -> {
            assertThat(r.getCategory()).isEqualTo("pii");
            assertThat(r.getAutoEnforce()).isFalse();
        });
    }

    @Test
    void shouldPointEvidenceIntoTheOriginalText() {
        String text = "y0u are a p a t h e t i c 1d10t";
        ScoreResponse response = score("chat", text);

        assertThat(lexiconSignals(response)).extracting(Signal::getId)
                .containsExactlyInAnyOrder("lexicon:harassment:idiot", "lexicon:harassment:pathetic");
        assertThat(lexiconSignals(response)).flatExtracting(Signal::getEvidenceList)
                .extracting(e -> text.substring(e.getStart(), e.getEnd()))
                .containsExactlyInAnyOrder("1d10t", "p a t h e t i c");
    }

    @Test
    void shouldPointPiiAndUrlEvidenceIntoTheOriginalText() {
        String spam = "FREE MONEY!!! Buy cheap pills now at http://bit.ly/cheap-pills click here";
        Evidence link = evidenceOf(score("chat", spam), "url:shortener").get(0);
        assertThat(spam.substring(link.getStart(), link.getEnd())).isEqualTo("http://bit.ly/cheap-pills");

        String pii = "Call me at +1 415 555 0100 or mail jane.doe@example.com";
        Evidence email = evidenceOf(score("chat", pii), "pii:email").get(0);
        assertThat(pii.substring(email.getStart(), email.getEnd())).isEqualTo("jane.doe@example.com");
    }

    @Test
    void shouldApplyTheThresholdsOfTheRequestedSurface() {
        ScoreResponse response = score("profile", "You are a pathetic idiot and everyone knows it.");

        assertThat(response.getDecision().getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
        assertThat(response.getDecision().getReasons(0).getThreshold()).isEqualTo(0.4f);
    }

    @Test
    void shouldAllowImagesWithoutText() {
        ScoreResponse response = classifier.score(ScoreRequest.newBuilder()
                .setSurface("chat")
                .setContent(Content.newBuilder().addImages(ImageRef.newBuilder().setUri("s3://bucket/a.png")))
                .build());

        assertThat(response.getDecision().getVerdict()).isEqualTo(Verdict.VERDICT_ALLOW);
    }

    @Test
    void shouldScoreLongTextsWithEvidenceNearTheEnd() {
        String text = "word ".repeat(10_000) + "idiot and pathetic";
        ScoreResponse response = score("chat", text);

        assertThat(response.getDecision().getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
        assertThat(lexiconSignals(response)).flatExtracting(Signal::getEvidenceList)
                .extracting(e -> text.substring(e.getStart(), e.getEnd()))
                .containsExactlyInAnyOrder("idiot", "pathetic");
    }

    /** The lexicon signals, without the spam model signal that rides along on most texts. */
    private static List<Signal> lexiconSignals(ScoreResponse response) {
        return response.getSignalsList().stream().filter(s -> s.getId().startsWith("lexicon:")).toList();
    }

    @Test
    void shouldRejectMissingSurfaceAndEmptyContent() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> classifier.score(ScoreRequest.newBuilder().build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(violatedFields(e)).containsExactly("surface", "content.text");
    }

    @Test
    void shouldRejectUnknownSurfaceWithoutEchoingIt() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> score("secret-surface", "hello"));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(violatedFields(e)).containsExactly("surface");
        assertThat(e.getMessage()).doesNotContain("secret-surface");
    }

    @Test
    void shouldRejectTextOver64KiB() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> score("chat", "é".repeat(32 * 1024 + 1)));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(violatedFields(e)).containsExactly("content.text");
    }

    @Test
    void shouldRejectMalformedImageHash() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> classifier.score(ScoreRequest.newBuilder()
                        .setSurface("chat")
                        .setContent(Content.newBuilder().addImages(ImageRef.newBuilder().setSha256("abc")))
                        .build()));

        assertThat(violatedFields(e)).containsExactly("content.images[0].sha256");
    }

    @Test
    void shouldRejectMalformedPdqHashesNamingEachImage() {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> classifier.score(ScoreRequest.newBuilder()
                        .setSurface("chat")
                        .setContent(Content.newBuilder()
                                .addImages(ImageRef.newBuilder().setPdq("f".repeat(64)))
                                .addImages(ImageRef.newBuilder().setPdq("xyz"))
                                .addImages(ImageRef.newBuilder().setPdq("a".repeat(63)).setSha256("b".repeat(64))))
                        .build()));

        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(violatedFields(e)).containsExactly("content.images[1].pdq", "content.images[2].pdq");
    }

    @Test
    void shouldDescribeTheActivePolicy() {
        GetPolicyResponse policy = classifier.getPolicy(GetPolicyRequest.getDefaultInstance());

        assertThat(policy.getPolicyVersion()).isEqualTo("2026-11-26.1");
        assertThat(policy.getSurfacesList()).containsExactly(
                SurfacePolicy.newBuilder().setId("chat").setFailureMode(FailureMode.FAILURE_MODE_REVIEW).build(),
                SurfacePolicy.newBuilder().setId("profile").setFailureMode(FailureMode.FAILURE_MODE_BLOCK).build(),
                SurfacePolicy.newBuilder().setId("api").setFailureMode(FailureMode.FAILURE_MODE_REVIEW).build());
    }

    private static List<Evidence> evidenceOf(ScoreResponse response, String signalId) {
        return response.getSignalsList().stream().filter(s -> s.getId().equals(signalId))
                .findFirst().orElseThrow().getEvidenceList();
    }
}
