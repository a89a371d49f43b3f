package dev.bulwark.intake.grpc;

import com.google.rpc.ErrorInfo;
import dev.bulwark.devstack.GrpcErrorDetails;
import dev.bulwark.proto.common.v1.Content;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.SubjectType;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc.IntakeServiceBlockingStub;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.UUID;

/** Requests and assertions shared by intake's gRPC tests. */
final class IntakeFixtures {

    static final String ALLOW = "Thanks for the quick delivery, the blender works great.";
    static final String REVIEW = "You are a pathetic idiot and everyone knows it.";
    static final String BLOCK = "I will kill you and burn your house down.";

    private IntakeFixtures() {}

    static SubmitRequest submission(String text, String author) {
        return submission(text, author, "chat");
    }

    static SubmitRequest submission(String text, String author, String surface) {
        return SubmitRequest.newBuilder()
                .setIdempotencyKey("key-" + UUID.randomUUID())
                .setSurface(surface)
                .setAuthor(account(author))
                .setContent(Content.newBuilder().setText(text).setLanguage("en"))
                .build();
    }

    static Subject account(String id) {
        return Subject.newBuilder().setType(SubjectType.SUBJECT_TYPE_ACCOUNT).setId(id).build();
    }

    static String uniqueAccount() {
        return "acct-" + UUID.randomUUID();
    }

    /** The tenant the tests act as unless they say otherwise. */
    static final String TENANT = "team-chat";

    /** The stub acting as a product team's client (its token's {@code azp} is the tenant). */
    static IntakeServiceBlockingStub asTenant(IntakeServiceBlockingStub stub, String tenant) {
        return TestTokens.withToken(stub, TestTokens.productTeam(tenant));
    }

    static List<String> violatedFields(StatusRuntimeException e) {
        return GrpcErrorDetails.violatedFields(e);
    }

    static String errorReason(StatusRuntimeException e) {
        return GrpcErrorDetails.detail(e, ErrorInfo.class).orElseThrow(() -> new AssertionError("no ErrorInfo in " + e)).getReason();
    }
}
