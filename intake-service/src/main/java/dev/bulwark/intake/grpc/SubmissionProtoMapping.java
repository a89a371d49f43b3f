package dev.bulwark.intake.grpc;

import dev.bulwark.intake.classification.Classification;
import dev.bulwark.intake.classification.grpc.ClassificationMapping;
import dev.bulwark.intake.submission.NewSubmission;
import dev.bulwark.intake.submission.Subject;
import dev.bulwark.intake.submission.SubmissionAnswer;
import dev.bulwark.intake.submission.SubmittedContent;
import dev.bulwark.proto.intake.v1.Explanation;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import dev.bulwark.proto.intake.v1.SubmitResponse;

/** Maps the intake contract to the domain and back. */
final class SubmissionProtoMapping {

    private SubmissionProtoMapping() {}

    static NewSubmission toDomain(String tenant, SubmitRequest r) {
        return new NewSubmission(tenant, r.getIdempotencyKey(), r.getSurface(), SubjectProtoMapping.toDomain(r.getAuthor()),
                new SubmittedContent(r.getContent().getText(), r.getContent().getLanguage(),
                        r.getContent().getImagesList().stream()
                                .map(i -> new SubmittedContent.Image(i.getUri(), i.getSha256(), i.getPdq()))
                                .toList()));
    }

    static SubmitResponse toProto(SubmissionAnswer a) {
        Classification c = a.classification();
        SubmitResponse.Builder b = SubmitResponse.newBuilder()
                .setSubmissionId(a.submissionId().toString())
                .setVerdict(ClassificationMapping.toProto(c.verdict()))
                .setPolicyVersion(c.policyVersion())
                .setReplayed(a.replayed())
                .setFallback(c.fallback())
                .addAllActionIds(a.actionIds());
        c.scores().forEach(s -> b.addScores(ClassificationMapping.toProto(s)));
        c.reasons().forEach(r -> b.addReasons(r.describe()));
        if (c.fallback()) {
            b.addReasons("classifier unavailable: the surface's failure mode decided " + c.verdict());
        }
        if (a.caseId() != null) {
            b.setCaseId(a.caseId());
        }
        return b.build();
    }

    /** Why a stored submission got its verdict, and what produced it. */
    static Explanation explanation(Classification c) {
        Explanation.Builder b = Explanation.newBuilder()
                .setPolicyVersion(c.policyVersion())
                .addAllModelVersions(c.modelVersions());
        c.reasons().forEach(r -> b.addReasons(ClassificationMapping.toProto(r)));
        c.signals().forEach(s -> b.addSignals(ClassificationMapping.toProto(s)));
        return b.build();
    }
}
