package dev.bulwark.intake.grpc;

import static dev.bulwark.intake.grpc.IntakeFixtures.ALLOW;
import static dev.bulwark.intake.grpc.IntakeFixtures.account;
import static dev.bulwark.intake.grpc.IntakeFixtures.asTenant;
import static dev.bulwark.intake.grpc.IntakeFixtures.submission;
import static dev.bulwark.intake.grpc.IntakeFixtures.uniqueAccount;
import static dev.bulwark.devstack.GrpcErrorDetails.violatedFields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.devstack.GrpcErrorDetails;
import dev.bulwark.devstack.NaughtyStrings;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.common.v1.ImageRef;
import dev.bulwark.proto.common.v1.SubjectType;
import dev.bulwark.proto.intake.v1.AppealRequest;
import dev.bulwark.proto.intake.v1.GetAppealRequest;
import dev.bulwark.proto.intake.v1.GetSubmissionRequest;
import dev.bulwark.proto.intake.v1.GetSubmissionResponse;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc.IntakeServiceBlockingStub;
import dev.bulwark.proto.intake.v1.MutinyIntakeServiceGrpc.MutinyIntakeServiceStub;
import dev.bulwark.proto.intake.v1.ReportReason;
import dev.bulwark.proto.intake.v1.ReportRequest;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import dev.bulwark.proto.intake.v1.SubmitStreamRequest;
import dev.bulwark.proto.intake.v1.SubmitStreamResponse;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.mutiny.Multi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every string of the Big List of Naughty Strings in every text field of every intake RPC, one field
 * at a time with the rest valid: each request is answered, or refused as INVALID_ARGUMENT naming that
 * field (NOT_FOUND where the string names something that does not exist); never INTERNAL or UNKNOWN.
 * Accepted strings that intake echoes come back unchanged.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
    @ResourceArg(name = "service", value = "INTAKE"),
    @ResourceArg(name = "downstream", value = "CLASSIFIER,ACTION,CASE")})
class NaughtyStringsTest {

    /** Distinct, so an idempotency key is never reused with other content. */
    private static final List<String> NAUGHTY = NaughtyStrings.all().stream().distinct().toList();

    /** Requests per tenant, well inside a tenant's quota burst, so no answer is RESOURCE_EXHAUSTED. */
    private static final int PER_TENANT = 200;

    @GrpcClient("intake")
    IntakeServiceBlockingStub anonymous;

    @GrpcClient("intake")
    MutinyIntakeServiceStub anonymousStream;

    private final List<String> failures = new ArrayList<>();

    @Test
    void shouldJudgeEveryNaughtyStringInEverySubmissionFieldOrRefuseItNamingTheField() {
        submitEach("idempotency_key", SubmitRequest.Builder::setIdempotencyKey, null);
        submitEach("surface", SubmitRequest.Builder::setSurface, GetSubmissionResponse::getSurface);
        submitEach("author.id", (b, s) -> b.getAuthorBuilder().setId(s), r -> r.getAuthor().getId());
        submitEach("author.organization_id", (b, s) -> b.getAuthorBuilder().setType(SubjectType.SUBJECT_TYPE_API_KEY)
                .setOrganizationId(s), r -> r.getAuthor().getOrganizationId());
        submitEach("content.text", (b, s) -> b.getContentBuilder().setText(s), null);
        submitEach("content.language", (b, s) -> b.getContentBuilder().setLanguage(s), null);
        submitEach("content.images[0].uri", (b, s) -> b.getContentBuilder().addImages(ImageRef.newBuilder().setUri(s)), null);
        submitEach("content.images[0].sha256", (b, s) -> b.getContentBuilder()
                .addImages(ImageRef.newBuilder().setUri("s3://bucket/key").setSha256(s)), null);
        submitEach("content.images[0].pdq", (b, s) -> b.getContentBuilder()
                .addImages(ImageRef.newBuilder().setUri("s3://bucket/key").setPdq(s)), null);

        assertThat(failures).isEmpty();
    }

    @Test
    void shouldFileEveryNaughtyStringInEveryReportFieldOrRefuseItNamingTheField() {
        reportEach("idempotency_key", ReportRequest.Builder::setIdempotencyKey);
        reportEach("reporter.id", (b, s) -> b.getReporterBuilder().setId(s));
        reportEach("target.id", (b, s) -> b.getTargetBuilder().setId(s));
        reportEach("submission_id", ReportRequest.Builder::setSubmissionId);
        reportEach("details", ReportRequest.Builder::setDetails);

        assertThat(failures).isEmpty();
    }

    @Test
    void shouldAnswerEveryNaughtyStringInEveryAppealFieldAndLookupWithoutFailing() {
        appealEach("idempotency_key", AppealRequest.Builder::setIdempotencyKey);
        appealEach("action_id", AppealRequest.Builder::setActionId);
        appealEach("subject.id", (b, s) -> b.getSubjectBuilder().setId(s));
        appealEach("statement", AppealRequest.Builder::setStatement);
        callEach("submission_id", (intake, s) -> intake.getSubmission(GetSubmissionRequest.newBuilder().setSubmissionId(s).build()));
        callEach("appeal_id", (intake, s) -> intake.getAppeal(GetAppealRequest.newBuilder().setAppealId(s).build()));

        assertThat(failures).isEmpty();
    }

    /**
     * Streams a valid submission per string with the string in {@code field}; where GetSubmission
     * echoes the field, {@code echoed} reads it back from each accepted submission.
     */
    private void submitEach(String field, BiConsumer<SubmitRequest.Builder, String> put,
            Function<GetSubmissionResponse, String> echoed) {
        int first = 0;
        for (List<String> batch : NaughtyStrings.batches(NAUGHTY, PER_TENANT)) {
            List<SubmitStreamRequest> requests = batch.stream().map(s -> {
                SubmitRequest.Builder b = submission(ALLOW, uniqueAccount()).toBuilder();
                put.accept(b, s);
                return SubmitStreamRequest.newBuilder().setSubmission(b).build();
            }).toList();
            String tenant = newTenant();
            List<SubmitStreamResponse> answers = TestTokens.withToken(anonymousStream, TestTokens.productTeam(tenant))
                    .submitStream(Multi.createFrom().iterable(requests))
                    .collect().asList().await().atMost(Duration.ofMinutes(3));
            IntakeServiceBlockingStub intake = asTenant(anonymous, tenant);
            for (int k = 0; k < batch.size(); k++) {
                SubmitStreamResponse answer = answers.get(k);
                int i = first + k;
                check(answer.getIdempotencyKey().equals(requests.get(k).getSubmission().getIdempotencyKey()),
                        field, i, "idempotency key not echoed unchanged");
                if (answer.hasError()) {
                    checkRefusal(field, i, Status.fromCodeValue(answer.getError().getCode()).getCode(), GrpcErrorDetails.violatedFields(answer.getError()));
                } else if (echoed != null) {
                    String stored = echoed.apply(intake.getSubmission(GetSubmissionRequest.newBuilder()
                            .setSubmissionId(answer.getResult().getSubmissionId()).build()));
                    check(stored.equals(batch.get(k)), field, i, "came back as " + stored);
                }
            }
            first += batch.size();
        }
    }

    private void reportEach(String field, BiConsumer<ReportRequest.Builder, String> put) {
        callEach(field, (intake, s) -> {
            ReportRequest.Builder b = ReportRequest.newBuilder()
                    .setIdempotencyKey("report-" + UUID.randomUUID())
                    .setReporter(account(uniqueAccount()))
                    .setTarget(account(uniqueAccount()))
                    .setReason(ReportReason.REPORT_REASON_OTHER)
                    .setDetails("keeps posting this");
            put.accept(b, s);
            return intake.report(b.build());
        });
    }

    /** Appeals of an action that does not exist: refused as NOT_FOUND once the request itself is valid. */
    private void appealEach(String field, BiConsumer<AppealRequest.Builder, String> put) {
        callEach(field, (intake, s) -> {
            AppealRequest.Builder b = AppealRequest.newBuilder()
                    .setIdempotencyKey("appeal-" + UUID.randomUUID())
                    .setActionId(UUID.randomUUID().toString())
                    .setSubject(account(uniqueAccount()))
                    .setStatement("I was quoting a film.");
            put.accept(b, s);
            return intake.appeal(b.build());
        });
    }

    private void callEach(String field, Call call) {
        for (List<String> batch : NaughtyStrings.batches(NAUGHTY, PER_TENANT)) {
            IntakeServiceBlockingStub intake = asTenant(anonymous, newTenant());
            for (String s : batch) {
                try {
                    call.apply(intake, s);
                } catch (StatusRuntimeException e) {
                    checkRefusal(field, NAUGHTY.indexOf(s), e.getStatus().getCode(),
                            e.getStatus().getCode() == Status.Code.INVALID_ARGUMENT ? violatedFields(e) : List.of());
                }
            }
        }
    }

    /** INVALID_ARGUMENT naming the field, or NOT_FOUND; anything else is a failure of intake. */
    private void checkRefusal(String field, int index, Status.Code code, List<String> violated) {
        if (code == Status.Code.NOT_FOUND) {
            return;
        }
        check(code == Status.Code.INVALID_ARGUMENT && violated.contains(field), field, index, code + " " + violated);
    }

    private void check(boolean ok, String field, int index, String what) {
        if (!ok) {
            failures.add(field + " <- naughty string " + index + ": " + what);
        }
    }

    private static String newTenant() {
        return "naughty-" + UUID.randomUUID();
    }

    /** One RPC of the blocking stub with a naughty string in place. */
    private interface Call {
        Object apply(IntakeServiceBlockingStub intake, String naughty);
    }
}
