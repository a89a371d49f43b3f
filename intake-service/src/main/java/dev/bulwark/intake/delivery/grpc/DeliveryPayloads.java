package dev.bulwark.intake.delivery.grpc;

import dev.bulwark.intake.classification.grpc.ClassificationMapping;
import dev.bulwark.intake.delivery.CaseItem;
import dev.bulwark.intake.delivery.EnforcementOrder;
import dev.bulwark.intake.submission.Subject;
import dev.bulwark.proto.action.v1.ActionOrigin;
import dev.bulwark.proto.action.v1.EnforceRequest;
import dev.bulwark.proto.cases.v1.CaseSource;
import dev.bulwark.proto.cases.v1.OpenCaseRequest;
import dev.bulwark.intake.grpc.SubjectProtoMapping;

/** Serializes deliveries into the gRPC requests that the outbox stores and replays. */
public final class DeliveryPayloads {

    /** The actor action-service records for automatic enforcement. */
    static final String ACTOR = "intake-service";

    private DeliveryPayloads() {}

    public static byte[] openCase(CaseItem item) {
        return caseRequest(item).build().toByteArray();
    }

    /**
     * An automatic enforcement offered to case-service for QA sampling: the enforced submission as a
     * review item would carry it (content, scores, explanation), with the action taken.
     *
     * @param submission keyed by the enforcement, in the enforced category
     */
    public static byte[] automatedAction(CaseItem submission, String actionId) {
        return caseRequest(submission)
                .setSource(CaseSource.CASE_SOURCE_AUTOMATED_ACTION)
                .addActionIds(actionId)
                .build()
                .toByteArray();
    }

    private static OpenCaseRequest.Builder caseRequest(CaseItem item) {
        OpenCaseRequest.Builder b = OpenCaseRequest.newBuilder()
                .setSourceKey(item.sourceKey())
                .setSource(item.source() == CaseItem.Source.SUBMISSION ? CaseSource.CASE_SOURCE_SUBMISSION : CaseSource.CASE_SOURCE_REPORT)
                .setSubject(SubjectProtoMapping.toProto(item.subject()))
                .setReferenceId(item.referenceId())
                .setSurface(item.surface())
                .setPolicyVersion(item.policyVersion())
                .addAllReasons(item.reasons())
                .setTenant(item.tenant());
        item.content().map(ClassificationMapping::toProto).ifPresent(b::setContent);
        item.category().ifPresent(b::setCategory);
        item.judgement().ifPresent(j -> {
            j.scores().forEach(s -> b.addScores(ClassificationMapping.toProto(s)));
            j.reasons().forEach(r -> b.addCategoryReasons(ClassificationMapping.toProto(r)));
            j.signals().forEach(s -> b.addSignals(ClassificationMapping.toProto(s)));
            b.addAllModelVersions(j.modelVersions());
        });
        return b;
    }

    public static byte[] enforce(EnforcementOrder order) {
        return EnforceRequest.newBuilder()
                .setIdempotencyKey(order.idempotencyKey())
                .setSubject(SubjectProtoMapping.toProto(order.subject()))
                .setCategory(order.category())
                .setOrigin(ActionOrigin.ACTION_ORIGIN_AUTOMATED)
                .setReferenceId(order.referenceId())
                .setPolicyVersion(order.policyVersion())
                .addAllModelVersions(order.modelVersions())
                .addAllSignalIds(order.signalIds())
                .setActor(ACTOR)
                .setTenant(order.tenant())
                .setLanguage(order.language() == null ? "" : order.language())
                .build()
                .toByteArray();
    }

}
