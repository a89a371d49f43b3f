package dev.bulwark.intake.grpc;

import static dev.bulwark.intake.grpc.IntakeFixtures.ALLOW;
import static dev.bulwark.intake.grpc.IntakeFixtures.BLOCK;
import static dev.bulwark.intake.grpc.IntakeFixtures.REVIEW;
import static dev.bulwark.intake.grpc.IntakeFixtures.asTenant;
import static dev.bulwark.intake.grpc.IntakeFixtures.errorReason;
import static dev.bulwark.intake.grpc.IntakeFixtures.submission;
import static dev.bulwark.intake.grpc.IntakeFixtures.uniqueAccount;
import static dev.bulwark.intake.grpc.IntakeFixtures.violatedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.common.v1.Content;
import dev.bulwark.proto.common.v1.ImageRef;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.GetSubmissionRequest;
import dev.bulwark.proto.intake.v1.GetSubmissionResponse;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc.IntakeServiceBlockingStub;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
    @ResourceArg(name = "service", value = "INTAKE"),
    @ResourceArg(name = "downstream", value = "CLASSIFIER,ACTION,CASE")})
class SubmitTest {

    @GrpcClient("intake")
    IntakeServiceBlockingStub anonymous;

    IntakeServiceBlockingStub intake;

    @BeforeEach
    void actAsProductTeam() {
        intake = asTenant(anonymous, IntakeFixtures.TENANT);
    }

    @Test
    void shouldAllowBenignContentWithoutOpeningAnything() {
        SubmitResponse answer = intake.submit(submission(ALLOW, uniqueAccount()));

        assertThat(answer.getVerdict()).isEqualTo(Verdict.VERDICT_ALLOW);
        assertThat(answer.getCaseId()).isEmpty();
        assertThat(answer.getActionIdsList()).isEmpty();
        assertThat(answer.getPolicyVersion()).isNotBlank();
        assertThat(answer.getScoresList()).isNotEmpty();
        assertThat(answer.getFallback()).isFalse();
    }

    @Test
    void shouldOpenACaseForContentThatNeedsReview() {
        SubmitResponse answer = intake.submit(submission(REVIEW, uniqueAccount()));

        assertThat(answer.getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
        assertThat(answer.getCaseId()).isNotBlank();
        assertThat(answer.getReasonsList()).anyMatch(r -> r.startsWith("harassment"));
    }

    @Test
    void shouldEnforceAutomaticallyOnABlock() {
        SubmitResponse answer = intake.submit(submission(BLOCK, uniqueAccount()));

        assertThat(answer.getVerdict()).isEqualTo(Verdict.VERDICT_BLOCK);
        assertThat(answer.getActionIdsList()).as(answer::toString).hasSize(1);
    }

    @Test
    void shouldAnswerAReplayWithTheFirstAnswerAndCreateNothingNew() {
        SubmitRequest request = submission(REVIEW, uniqueAccount());
        SubmitResponse first = intake.submit(request);

        SubmitResponse replay = intake.submit(request);

        assertThat(replay.getReplayed()).isTrue();
        assertThat(replay.getSubmissionId()).isEqualTo(first.getSubmissionId());
        assertThat(replay.getCaseId()).isEqualTo(first.getCaseId());
        assertThat(replay.getVerdict()).isEqualTo(first.getVerdict());
    }

    @Test
    void shouldGiveOneSubmissionToManyConcurrentReplays() throws Exception {
        SubmitRequest request = submission(BLOCK, uniqueAccount());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<SubmitResponse>> calls = IntStream.range(0, 40).<Callable<SubmitResponse>>mapToObj(i -> () -> intake.submit(request)).toList();
            List<SubmitResponse> answers = pool.invokeAll(calls).stream().map(IntakeFixturesFutures::get).toList();

            assertThat(answers).extracting(SubmitResponse::getSubmissionId).containsOnly(answers.get(0).getSubmissionId());
            assertThat(answers).filteredOn(a -> !a.getReplayed()).hasSize(1);
            SubmitResponse first = answers.stream().filter(a -> !a.getReplayed()).findFirst().orElseThrow();
            assertThat(first.getActionIdsList()).hasSize(1);
            // A replay served while the first call is still delivering shows no action yet, never another one.
            assertThat(answers).flatExtracting(SubmitResponse::getActionIdsList).containsOnly(first.getActionIds(0));
            GetSubmissionRequest read = GetSubmissionRequest.newBuilder().setSubmissionId(first.getSubmissionId()).build();
            assertThat(intake.getSubmission(read).getSubmission().getActionIdsList()).containsExactly(first.getActionIds(0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldStoreTheJudgementAndImagesAsJsonObjectsAndReadThemBackForAReplay() throws Exception {
        SubmitRequest.Builder withImage = submission(REVIEW, uniqueAccount()).toBuilder();
        withImage.getContentBuilder().addImages(ImageRef.newBuilder().setUri("s3://uploads/frame-1.png"));
        SubmitResponse first = intake.submit(withImage.build());

        SubmitResponse replay = intake.submit(withImage.build());

        assertThat(replay.getReplayed()).isTrue();
        assertThat(replay.getScoresList()).isEqualTo(first.getScoresList());
        assertThat(replay.getReasonsList()).isEqualTo(first.getReasonsList());
        try (Connection db = DriverManager.getConnection(config("quarkus.datasource.jdbc.url"),
                        config("quarkus.datasource.username"), config("quarkus.datasource.password"));
                PreparedStatement row = db.prepareStatement("SELECT jsonb_typeof(judgement), jsonb_typeof(images), "
                        + "images #>> '{items,0,uri}', jsonb_array_length(judgement -> 'scores') FROM submissions WHERE id = ?::uuid")) {
            row.setString(1, first.getSubmissionId());
            try (ResultSet stored = row.executeQuery()) {
                assertThat(stored.next()).isTrue();
                assertThat(stored.getString(1)).isEqualTo("object");
                assertThat(stored.getString(2)).isEqualTo("object");
                assertThat(stored.getString(3)).isEqualTo("s3://uploads/frame-1.png");
                assertThat(stored.getInt(4)).isEqualTo(first.getScoresCount());
            }
        }
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse("");
    }

    @Test
    void shouldRefuseAReusedKeyWithADifferentPayload() {
        SubmitRequest request = submission(ALLOW, uniqueAccount());
        intake.submit(request);
        SubmitRequest changed = request.toBuilder().setContent(Content.newBuilder().setText("something else")).build();

        assertThatThrownBy(() -> intake.submit(changed))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
                    assertThat(errorReason(e)).isEqualTo("IDEMPOTENCY_KEY_REUSED");
                });
    }

    @Test
    void shouldNameEachInvalidFieldWithoutEchoingContent() {
        String oversized = "x".repeat(32_769);
        assertInvalid(submission(ALLOW, uniqueAccount()).toBuilder().clearIdempotencyKey().build(), "idempotency_key");
        assertInvalid(submission("", uniqueAccount()), "content.text");
        assertInvalid(submission(oversized, uniqueAccount()), "content.text");
        assertInvalid(submission(ALLOW, uniqueAccount(), "forum"), "surface");
        assertInvalid(submission(ALLOW, uniqueAccount()).toBuilder().clearAuthor().build(), "author.type", "author.id");
        assertThatThrownBy(() -> intake.submit(submission(oversized, uniqueAccount())))
                .hasMessageNotContaining("xxxx");
    }

    @Test
    void shouldReadBackAStoredSubmissionOnlyForItsTenant() {
        SubmitResponse answer = intake.submit(submission(REVIEW, uniqueAccount()));
        GetSubmissionRequest read = GetSubmissionRequest.newBuilder().setSubmissionId(answer.getSubmissionId()).build();

        GetSubmissionResponse stored = intake.getSubmission(read);

        assertThat(stored.getSubmission().getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
        assertThat(stored.getSubmission().getCaseId()).isEqualTo(answer.getCaseId());
        assertThat(stored.getSurface()).isEqualTo("chat");
        assertThatThrownBy(() -> asTenant(anonymous, "another-team").getSubmission(read))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        assertThatThrownBy(() -> intake.getSubmission(GetSubmissionRequest.newBuilder().setSubmissionId("not-an-id").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(violatedFields(e)).containsExactly("submission_id");
                });
    }

    @Test
    void shouldKeepTenantsApartForTheSameKey() {
        SubmitRequest request = submission(ALLOW, uniqueAccount());

        SubmitResponse mine = intake.submit(request);
        SubmitResponse theirs = asTenant(anonymous, "another-team").submit(request);

        assertThat(theirs.getReplayed()).isFalse();
        assertThat(theirs.getSubmissionId()).isNotEqualTo(mine.getSubmissionId());
    }

    private void assertInvalid(SubmitRequest request, String... fields) {
        assertThatThrownBy(() -> intake.submit(request))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(violatedFields(e)).contains(fields);
                });
    }

    /** Unwraps futures of calls that must have succeeded. */
    private static final class IntakeFixturesFutures {
        static <T> T get(Future<T> f) {
            try {
                return f.get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }
}
