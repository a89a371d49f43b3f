package dev.bulwark.classifier.grpc;

import dev.bulwark.classifier.decision.CategoryScore;
import dev.bulwark.classifier.decision.Reason;
import dev.bulwark.classifier.decision.Verdict;
import dev.bulwark.classifier.image.ImageHashes;
import dev.bulwark.classifier.normalize.Span;
import dev.bulwark.classifier.scoring.Classification;
import dev.bulwark.policy.FailureMode;
import dev.bulwark.policy.Severity;
import dev.bulwark.policy.UsagePolicy;
import dev.bulwark.proto.classifier.v1.Decision;
import dev.bulwark.proto.classifier.v1.Evidence;
import dev.bulwark.proto.classifier.v1.GetPolicyResponse;
import dev.bulwark.proto.classifier.v1.ScoreResponse;
import dev.bulwark.proto.classifier.v1.Signal;
import dev.bulwark.proto.classifier.v1.SurfacePolicy;
import dev.bulwark.proto.common.v1.Content;
import java.util.List;

/** Maps classification results and the policy to their wire messages. */
final class ProtoMapper {

    private ProtoMapper() {}

    static ScoreResponse toResponse(Classification c) {
        ScoreResponse.Builder response = ScoreResponse.newBuilder()
                .setPolicyVersion(c.policyVersion())
                .addAllModelVersions(c.modelVersions())
                .setDecision(toDecision(c.decision()));
        c.scores().forEach(s -> response.addScores(toScore(s)));
        c.signals().forEach(s -> response.addSignals(toSignal(s)));
        return response.build();
    }

    /** The hashes of the content's images; call only on validated content (bad hex throws). */
    static List<ImageHashes> toImages(Content content) {
        return content.getImagesList().stream().map(i -> ImageHashes.ofHex(i.getSha256(), i.getPdq())).toList();
    }

    static GetPolicyResponse toPolicy(UsagePolicy policy) {
        GetPolicyResponse.Builder response = GetPolicyResponse.newBuilder().setPolicyVersion(policy.version());
        policy.surfaces().forEach(s -> response.addSurfaces(
                SurfacePolicy.newBuilder().setId(s.id()).setFailureMode(toFailureMode(s.failureMode()))));
        return response.build();
    }

    private static Decision toDecision(dev.bulwark.classifier.decision.Decision decision) {
        Decision.Builder proto = Decision.newBuilder().setVerdict(toVerdict(decision.verdict()));
        for (Reason r : decision.reasons()) {
            proto.addReasons(dev.bulwark.proto.classifier.v1.Reason.newBuilder()
                    .setCategory(r.category())
                    .setVerdict(toVerdict(r.verdict()))
                    .setScore((float) r.score())
                    .setThreshold((float) r.threshold())
                    .setAutoEnforce(r.autoEnforce()));
        }
        return proto.build();
    }

    private static dev.bulwark.proto.common.v1.CategoryScore toScore(CategoryScore s) {
        return dev.bulwark.proto.common.v1.CategoryScore.newBuilder()
                .setName(s.category())
                .setConfidence((float) s.score())
                .setSeverity(toSeverity(s.severity()))
                .build();
    }

    private static Signal toSignal(dev.bulwark.classifier.signal.Signal s) {
        Signal.Builder proto = Signal.newBuilder().setId(s.id()).setCategory(s.category()).setScore((float) s.weight());
        for (Span span : s.evidence()) {
            proto.addEvidence(Evidence.newBuilder().setStart(span.start()).setEnd(span.end()));
        }
        return proto.build();
    }

    private static dev.bulwark.proto.common.v1.Verdict toVerdict(Verdict verdict) {
        return switch (verdict) {
            case ALLOW -> dev.bulwark.proto.common.v1.Verdict.VERDICT_ALLOW;
            case REVIEW -> dev.bulwark.proto.common.v1.Verdict.VERDICT_REVIEW;
            case BLOCK -> dev.bulwark.proto.common.v1.Verdict.VERDICT_BLOCK;
        };
    }

    private static dev.bulwark.proto.common.v1.Severity toSeverity(Severity severity) {
        return switch (severity) {
            case LOW -> dev.bulwark.proto.common.v1.Severity.SEVERITY_LOW;
            case MEDIUM -> dev.bulwark.proto.common.v1.Severity.SEVERITY_MEDIUM;
            case HIGH -> dev.bulwark.proto.common.v1.Severity.SEVERITY_HIGH;
            case CRITICAL -> dev.bulwark.proto.common.v1.Severity.SEVERITY_CRITICAL;
        };
    }

    private static dev.bulwark.proto.classifier.v1.FailureMode toFailureMode(FailureMode mode) {
        return switch (mode) {
            case REVIEW -> dev.bulwark.proto.classifier.v1.FailureMode.FAILURE_MODE_REVIEW;
            case BLOCK -> dev.bulwark.proto.classifier.v1.FailureMode.FAILURE_MODE_BLOCK;
        };
    }
}
