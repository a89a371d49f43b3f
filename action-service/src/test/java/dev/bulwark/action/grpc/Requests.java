package dev.bulwark.action.grpc;

import dev.bulwark.proto.action.v1.ActionOrigin;
import dev.bulwark.proto.action.v1.EnforceRequest;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.SubjectType;
import java.util.UUID;

/** Builders of valid requests for the integration tests, each on a fresh subject and key. */
public final class Requests {

    private Requests() {}

    public static Subject newAccount() {
        return Subject.newBuilder().setType(SubjectType.SUBJECT_TYPE_ACCOUNT).setId("acct-" + UUID.randomUUID()).build();
    }

    public static EnforceRequest enforce(Subject subject, String category) {
        return EnforceRequest.newBuilder()
                .setIdempotencyKey("key-" + UUID.randomUUID())
                .setSubject(subject)
                .setCategory(category)
                .setOrigin(ActionOrigin.ACTION_ORIGIN_AUTOMATED)
                .setReferenceId("sub-" + UUID.randomUUID())
                .setPolicyVersion("2026-11-26.1")
                .setActor("intake-service")
                .build();
    }
}
