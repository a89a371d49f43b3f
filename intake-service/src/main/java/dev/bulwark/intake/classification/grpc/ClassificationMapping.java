package dev.bulwark.intake.classification.grpc;

import dev.bulwark.intake.classification.Classification;
import dev.bulwark.intake.submission.SubmittedContent;
import dev.bulwark.intake.submission.Verdict;
import dev.bulwark.proto.classifier.v1.Evidence;
import dev.bulwark.proto.classifier.v1.Reason;
import dev.bulwark.proto.classifier.v1.ScoreResponse;
import dev.bulwark.proto.classifier.v1.Signal;
import dev.bulwark.proto.common.v1.CategoryScore;
import dev.bulwark.proto.common.v1.Content;
import dev.bulwark.proto.common.v1.ImageRef;
import dev.bulwark.proto.common.v1.Severity;

/** Maps between the classifier contract and intake's domain. */
public final class ClassificationMapping {

    private ClassificationMapping() {}

    public static Classification fromProto(ScoreResponse r) {
        return new Classification(
                verdict(r.getDecision().getVerdict()),
                r.getScoresList().stream()
                        .map(s -> new Classification.Score(s.getName(), s.getConfidence(), s.getSeverity().name()))
                        .toList(),
                r.getDecision().getReasonsList().stream()
                        .map(x -> new Classification.Reason(
                                x.getCategory(), verdict(x.getVerdict()), x.getScore(), x.getThreshold(), x.getAutoEnforce()))
                        .toList(),
                r.getSignalsList().stream()
                        .map(s -> new Classification.Signal(s.getId(), s.getCategory(), s.getScore(),
                                s.getEvidenceList().stream().map(e -> new Classification.Span(e.getStart(), e.getEnd())).toList()))
                        .toList(),
                r.getPolicyVersion(),
                r.getModelVersionsList(),
                false);
    }

    public static Reason toProto(Classification.Reason r) {
        return Reason.newBuilder()
                .setCategory(r.category())
                .setVerdict(toProto(r.verdict()))
                .setScore((float) r.score())
                .setThreshold((float) r.threshold())
                .setAutoEnforce(r.autoEnforce())
                .build();
    }

    public static Signal toProto(Classification.Signal s) {
        Signal.Builder b = Signal.newBuilder().setId(s.id()).setCategory(s.category()).setScore((float) s.score());
        s.evidence().forEach(e -> b.addEvidence(Evidence.newBuilder().setStart(e.start()).setEnd(e.end())));
        return b.build();
    }

    public static CategoryScore toProto(Classification.Score s) {
        return CategoryScore.newBuilder()
                .setName(s.category())
                .setConfidence((float) s.confidence())
                .setSeverity(severity(s.severity()))
                .build();
    }

    public static Verdict verdict(dev.bulwark.proto.common.v1.Verdict v) {
        return switch (v) {
            case VERDICT_BLOCK -> Verdict.BLOCK;
            case VERDICT_REVIEW -> Verdict.REVIEW;
            default -> Verdict.ALLOW;
        };
    }

    public static dev.bulwark.proto.common.v1.Verdict toProto(Verdict v) {
        return switch (v) {
            case ALLOW -> dev.bulwark.proto.common.v1.Verdict.VERDICT_ALLOW;
            case REVIEW -> dev.bulwark.proto.common.v1.Verdict.VERDICT_REVIEW;
            case BLOCK -> dev.bulwark.proto.common.v1.Verdict.VERDICT_BLOCK;
        };
    }

    public static Content toProto(SubmittedContent c) {
        Content.Builder b = Content.newBuilder().setText(nullToEmpty(c.text())).setLanguage(nullToEmpty(c.language()));
        c.images().forEach(i -> b.addImages(ImageRef.newBuilder()
                .setUri(nullToEmpty(i.uri()))
                .setSha256(nullToEmpty(i.sha256()))
                .setPdq(nullToEmpty(i.pdq()))));
        return b.build();
    }

    /** The contract's severity of a stored severity name; unknown names become unspecified. */
    public static Severity severity(String name) {
        try {
            return Severity.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Severity.SEVERITY_UNSPECIFIED;
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
