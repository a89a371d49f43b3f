package dev.bulwark.cases.intake.grpc;

import dev.bulwark.cases.platform.grpc.SubjectProtoMapping;
import dev.bulwark.cases.casefile.Explanation;
import dev.bulwark.cases.casefile.ItemSource;
import dev.bulwark.cases.casefile.Score;
import dev.bulwark.cases.casefile.Subject;
import dev.bulwark.cases.casefile.SubjectType;
import dev.bulwark.cases.intake.NewItem;
import dev.bulwark.cases.intake.OpenCaseResult;
import dev.bulwark.cases.qa.AutomatedAction;
import dev.bulwark.cases.qa.OfferResult;
import dev.bulwark.cases.queue.SystemQueue;
import dev.bulwark.proto.cases.v1.CaseSource;
import dev.bulwark.proto.cases.v1.OpenCaseRequest;
import dev.bulwark.proto.cases.v1.OpenCaseResponse;
import dev.bulwark.proto.classifier.v1.Reason;
import dev.bulwark.proto.classifier.v1.Signal;

/** Maps the OpenCase messages to the intake domain and back. */
final class OpenCaseMapping {

    private OpenCaseMapping() {}

    static NewItem toItem(OpenCaseRequest request) {
        Subject subject = request.hasSubject() ? SubjectProtoMapping.toDomain(request.getSubject()) : null;
        return new NewItem(
                request.getSourceKey(),
                source(request.getSource()),
                subject,
                blankToNull(request.getReferenceId()),
                blankToNull(request.getSurface()),
                blankToNull(request.getContent().getText()),
                blankToNull(request.getContent().getLanguage()),
                request.getScoresList().stream().map(s -> new Score(s.getName(), widen(s.getConfidence()))).toList(),
                blankToNull(request.getCategory()),
                blankToNull(request.getPolicyVersion()),
                request.getReasonsList(),
                request.getModelVersionsList(),
                new Explanation(
                        request.getCategoryReasonsList().stream().map(OpenCaseMapping::reason).toList(),
                        request.getSignalsList().stream().map(OpenCaseMapping::signal).toList()),
                request.getReach(),
                blankToNull(request.getTenant()));
    }

    /** An automatic enforcement offered for QA: the enforced submission as an item, and its actions. */
    static AutomatedAction toAutomatedAction(OpenCaseRequest request) {
        return new AutomatedAction(toItem(request), request.getActionIdsList());
    }

    private static Explanation.CategoryReason reason(Reason reason) {
        return new Explanation.CategoryReason(reason.getCategory(), reason.getVerdict().name().replace("VERDICT_", ""),
                widen(reason.getScore()), widen(reason.getThreshold()), reason.getAutoEnforce());
    }

    private static Explanation.Signal signal(Signal signal) {
        return new Explanation.Signal(signal.getId(), signal.getCategory(), widen(signal.getScore()),
                signal.getEvidenceList().stream().map(e -> new Explanation.Span(e.getStart(), e.getEnd())).toList());
    }

    static OpenCaseResponse toResponse(OpenCaseResult result) {
        return OpenCaseResponse.newBuilder()
                .setCaseId(result.caseId().toString())
                .setQueue(result.queue())
                .setJoinedExisting(result.joinedExisting())
                .setReplayed(result.replayed())
                .build();
    }

    /** A sampled offer answers with its QA case; one not sampled with an empty case id and queue. */
    static OpenCaseResponse toResponse(OfferResult result) {
        OpenCaseResponse.Builder response = OpenCaseResponse.newBuilder().setReplayed(result.replayed());
        result.qaCase().ifPresent(caseId -> response.setCaseId(caseId.toString()).setQueue(SystemQueue.QA.id()));
        return response.build();
    }

    private static ItemSource source(CaseSource source) {
        return switch (source) {
            // An automatically enforced submission is offered as the submission it is.
            case CASE_SOURCE_SUBMISSION, CASE_SOURCE_AUTOMATED_ACTION -> ItemSource.SUBMISSION;
            case CASE_SOURCE_REPORT -> ItemSource.REPORT;
            default -> null;
        };
    }

    /** Widens a float as it was written (0.7f becomes 0.7, not 0.699999988). */
    private static double widen(float value) {
        return Double.parseDouble(Float.toString(value));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
