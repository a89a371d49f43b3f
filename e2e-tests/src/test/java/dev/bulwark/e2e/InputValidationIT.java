package dev.bulwark.e2e;

import static dev.bulwark.devstack.GrpcErrorDetails.violatedFields;
import static dev.bulwark.e2e.Fixtures.freshAccount;
import static dev.bulwark.e2e.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad submissions are refused with INVALID_ARGUMENT and a field violation a developer can act on. */
@EndToEnd
class InputValidationIT {

    private static final int MAX_TEXT_BYTES = 32_768;

    private final BulwarkClients clients;

    InputValidationIT(BulwarkClients clients) {
        this.clients = clients;
    }

    static Stream<Arguments> invalidSubmissions() {
        Subject author = freshAccount("invalid");
        SubmitRequest valid = Requests.chat(key("invalid"), author, CanonicalTexts.ALLOW);
        return Stream.of(
                Arguments.of("missing idempotency key", valid.toBuilder().clearIdempotencyKey().build(), "idempotency_key"),
                Arguments.of("empty text", Requests.chat(key("invalid"), author, ""), "content.text"),
                Arguments.of("text one byte over the limit", Requests.chat(key("invalid"), author, "a".repeat(MAX_TEXT_BYTES + 1)), "content.text"),
                Arguments.of("multi-byte text over the byte limit", Requests.chat(key("invalid"), author, "é".repeat(MAX_TEXT_BYTES / 2 + 1)), "content.text"),
                Arguments.of("unknown surface", valid.toBuilder().setSurface("no-such-surface").build(), "surface"),
                Arguments.of("author without id", valid.toBuilder().setAuthor(author.toBuilder().clearId()).build(), "author.id"),
                Arguments.of("author without type", valid.toBuilder().setAuthor(author.toBuilder().clearType()).build(), "author.type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSubmissions")
    void shouldNameTheInvalidField(String description, SubmitRequest request, String field) {
        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class, () -> clients.intake().submit(request));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(violatedFields(refused)).contains(field);
    }

    @Test
    void shouldAcceptTextOfExactlyTheSizeLimit() {
        SubmitRequest request = Requests.chat(key("limit"), freshAccount("limit"), "a".repeat(MAX_TEXT_BYTES));

        assertThat(clients.intake().submit(request).getVerdict()).isNotEqualTo(Verdict.VERDICT_UNSPECIFIED);
    }
}
