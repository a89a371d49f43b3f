package dev.bulwark.intake.delivery.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.bulwark.intake.classification.Classification;
import dev.bulwark.intake.classification.Classification.Reason;
import dev.bulwark.intake.classification.Classification.Score;
import dev.bulwark.intake.classification.Classification.Signal;
import dev.bulwark.intake.classification.Classification.Span;
import dev.bulwark.intake.delivery.CaseItem;
import dev.bulwark.intake.delivery.EnforcementOrder;
import dev.bulwark.intake.submission.Subject;
import dev.bulwark.intake.submission.SubmittedContent;
import dev.bulwark.intake.submission.Verdict;
import dev.bulwark.proto.action.v1.EnforceRequest;
import dev.bulwark.proto.cases.v1.CaseSource;
import dev.bulwark.proto.cases.v1.OpenCaseRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryPayloadsTest {

    private static final Subject AUTHOR = new Subject(Subject.Kind.ACCOUNT, "alice", null);

    private static final Classification JUDGED = new Classification(Verdict.REVIEW,
            List.of(new Score("harassment", 0.75, "SEVERITY_MEDIUM")),
            List.of(new Reason("harassment", Verdict.REVIEW, 0.75, 0.5, true)),
            List.of(new Signal("lexicon:harassment", "harassment", 0.75, List.of(new Span(10, 24)))),
            "2026-11-26.1", List.of("lexicon-2026.11"), false);

    @Test
    void shouldCarryWhatProducedTheDecisionIntoOpenCase() throws InvalidProtocolBufferException {
        CaseItem item = new CaseItem("submission:1", CaseItem.Source.SUBMISSION, AUTHOR, "1", "chat",
                Optional.of(new SubmittedContent("You are a pathetic idiot", "en", List.of())),
                Optional.of("harassment"), "2026-11-26.1", List.of("harassment: REVIEW"), Optional.of(JUDGED), "acme");

        OpenCaseRequest request = OpenCaseRequest.parseFrom(DeliveryPayloads.openCase(item));

        assertThat(request.getPolicyVersion()).isEqualTo("2026-11-26.1");
        assertThat(request.getTenant()).isEqualTo("acme");
        assertThat(request.getModelVersionsList()).containsExactly("lexicon-2026.11");
        assertThat(request.getScores(0).getName()).isEqualTo("harassment");
        assertThat(request.getCategoryReasons(0).getCategory()).isEqualTo("harassment");
        assertThat(request.getCategoryReasons(0).getThreshold()).isEqualTo(0.5f);
        assertThat(request.getCategoryReasons(0).getAutoEnforce()).isTrue();
        assertThat(request.getSignals(0).getId()).isEqualTo("lexicon:harassment");
        assertThat(request.getSignals(0).getEvidence(0).getStart()).isEqualTo(10);
        assertThat(request.getSignals(0).getEvidence(0).getEnd()).isEqualTo(24);
    }

    @Test
    void shouldSendAReportAboutNoSubmissionWithoutAJudgement() throws InvalidProtocolBufferException {
        CaseItem item = new CaseItem("report:1", CaseItem.Source.REPORT, AUTHOR, "1", "", Optional.empty(),
                Optional.of("spam"), "2026-11-26.1", List.of("user report: spam"), Optional.empty(), "acme");

        OpenCaseRequest request = OpenCaseRequest.parseFrom(DeliveryPayloads.openCase(item));

        assertThat(request.getPolicyVersion()).isEqualTo("2026-11-26.1");
        assertThat(request.getScoresList()).isEmpty();
        assertThat(request.getSignalsList()).isEmpty();
        assertThat(request.getCategoryReasonsList()).isEmpty();
        assertThat(request.getModelVersionsList()).isEmpty();
    }

    @Test
    void shouldOfferAnAutomaticEnforcementWithItsActionAndWhatProducedIt() throws InvalidProtocolBufferException {
        CaseItem enforced = new CaseItem("submission:1:enforce", CaseItem.Source.SUBMISSION, AUTHOR, "1", "chat",
                Optional.of(new SubmittedContent("You are a pathetic idiot", "en", List.of())),
                Optional.of("harassment"), "2026-11-26.1", List.of("harassment: BLOCK"), Optional.of(JUDGED), "acme");

        OpenCaseRequest request = OpenCaseRequest.parseFrom(DeliveryPayloads.automatedAction(enforced, "act-1"));

        assertThat(request.getSource()).isEqualTo(CaseSource.CASE_SOURCE_AUTOMATED_ACTION);
        assertThat(request.getSourceKey()).isEqualTo("submission:1:enforce");
        assertThat(request.getActionIdsList()).containsExactly("act-1");
        assertThat(request.getTenant()).isEqualTo("acme");
        assertThat(request.getCategory()).isEqualTo("harassment");
        assertThat(request.getContent().getText()).isEqualTo("You are a pathetic idiot");
        assertThat(request.getScores(0).getName()).isEqualTo("harassment");
        assertThat(request.getSignals(0).getId()).isEqualTo("lexicon:harassment");
        assertThat(request.getModelVersionsList()).containsExactly("lexicon-2026.11");
    }

    @Test
    void shouldCarryModelVersionsAndSignalIdsIntoEnforce() throws InvalidProtocolBufferException {
        EnforcementOrder order = new EnforcementOrder("submission:1:enforce", AUTHOR, "violence", "1", "2026-11-26.1",
                List.of("lexicon-2026.11"), List.of("lexicon:violence"), "acme", "de");

        EnforceRequest request = EnforceRequest.parseFrom(DeliveryPayloads.enforce(order));

        assertThat(request.getPolicyVersion()).isEqualTo("2026-11-26.1");
        assertThat(request.getModelVersionsList()).containsExactly("lexicon-2026.11");
        assertThat(request.getSignalIdsList()).containsExactly("lexicon:violence");
        assertThat(request.getTenant()).isEqualTo("acme");
        assertThat(request.getLanguage()).isEqualTo("de");
    }
}
