package dev.bulwark.demo.client;

import dev.bulwark.proto.common.v1.Content;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.SubjectType;
import dev.bulwark.proto.intake.v1.ReportReason;
import dev.bulwark.proto.intake.v1.ReportRequest;
import dev.bulwark.proto.intake.v1.SubmitRequest;

/** Builders for the requests a product team sends most. */
public final class Requests {

    /** The surface of the canonical texts. */
    public static final String CHAT = "chat";

    private Requests() {}

    public static Subject account(String id) {
        return Subject.newBuilder().setType(SubjectType.SUBJECT_TYPE_ACCOUNT).setId(id).build();
    }

    public static Subject account(String id, String organizationId) {
        return account(id).toBuilder().setOrganizationId(organizationId).build();
    }

    /** A chat message by {@code author}. */
    public static SubmitRequest chat(String idempotencyKey, Subject author, String text) {
        return SubmitRequest.newBuilder()
                .setIdempotencyKey(idempotencyKey)
                .setSurface(CHAT)
                .setAuthor(author)
                .setContent(Content.newBuilder().setText(text))
                .build();
    }

    /** A report by {@code reporter} about {@code target}. */
    public static ReportRequest report(String idempotencyKey, Subject reporter, Subject target, ReportReason reason, String details) {
        return ReportRequest.newBuilder()
                .setIdempotencyKey(idempotencyKey)
                .setReporter(reporter)
                .setTarget(target)
                .setReason(reason)
                .setDetails(details)
                .build();
    }
}
