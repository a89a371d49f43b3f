package dev.bulwark.intake.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.bulwark.intake.error.InvalidRequestException;
import dev.bulwark.intake.submission.Fingerprint;
import dev.bulwark.intake.submission.NewSubmission;
import dev.bulwark.intake.submission.Subject;
import dev.bulwark.intake.submission.SubmissionValidator;
import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Surface;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Any bytes that decode as a {@code SubmitRequest} map to a submission that the validator either
 * accepts within every documented limit or refuses with field violations naming request fields;
 * nothing else escapes. Plain Java, no Quarkus, so the fuzzer runs fast.
 *
 * <p>Under {@code mvn verify} this replays the encoded requests in {@code SubmitRequestFuzzTestInputs/submit/}.
 * To fuzz, from the repository root: {@code JAZZER_FUZZ=1 JAZZER_MAX_DURATION=60s ./mvnw -q verify
 * -pl intake-service -am -Dtest=SubmitRequestFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}; a
 * failing input is written to the inputs directory, to be kept there as a regression seed once fixed.
 */
class SubmitRequestFuzzTest {

    private static final Set<String> SURFACES = PolicyLoader.loadBundled().surfaces().stream()
            .map(Surface::id).collect(Collectors.toUnmodifiableSet());
    private static final Pattern REQUEST_FIELD = Pattern.compile(
            "idempotency_key|surface|author\\.(type|id|organization_id)|content\\.(text|language|images)"
                    + "|content\\.images\\[\\d+]\\.(sha256|pdq)");

    private final SubmissionValidator validator = new SubmissionValidator(SURFACES);

    @FuzzTest
    void submit(byte[] bytes) {
        SubmitRequest request;
        try {
            request = SubmitRequest.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            return; // gRPC refuses what does not decode before any of intake's code runs.
        }
        NewSubmission submission = SubmissionProtoMapping.toDomain("tenant-1", request);
        assertThat(submission.content().text()).isEqualTo(request.getContent().getText());
        assertThat(submission.content().images()).hasSize(request.getContent().getImagesCount());
        try {
            validator.validate(submission);
        } catch (InvalidRequestException e) {
            assertThat(e.violations()).isNotEmpty().allSatisfy(v -> {
                assertThat(v.field()).matches(REQUEST_FIELD);
                assertThat(v.description()).isNotBlank();
            });
            return;
        }
        assertThat(submission.idempotencyKey()).isNotBlank().hasSizeLessThanOrEqualTo(SubmissionValidator.MAX_KEY_LENGTH);
        assertThat(submission.surface()).isIn(SURFACES);
        assertThat(submission.author().kind()).isNotEqualTo(Subject.Kind.UNSPECIFIED);
        assertThat(submission.content().text().getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(SubmissionValidator.MAX_TEXT_BYTES);
        assertThat(submission.content().images()).hasSizeLessThanOrEqualTo(SubmissionValidator.MAX_IMAGES);
        assertThat(Fingerprint.of(submission)).hasSize(64);
    }
}
