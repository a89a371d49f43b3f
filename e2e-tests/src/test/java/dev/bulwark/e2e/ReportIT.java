package dev.bulwark.e2e;

import static dev.bulwark.e2e.Fixtures.freshAccount;
import static dev.bulwark.e2e.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.intake.v1.ReportReason;
import dev.bulwark.proto.intake.v1.ReportResponse;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A user's report about an account lands in front of a reviewer, beside what is already there. */
@EndToEnd
class ReportIT {

    private final BulwarkClients clients;

    ReportIT(BulwarkClients clients) {
        this.clients = clients;
    }

    @Test
    void shouldJoinTheOpenCaseOfTheReportedAccount() {
        Subject author = freshAccount("reported");
        SubmitResponse submitted = clients.intake().submit(Requests.chat(key("reported"), author, CanonicalTexts.REVIEW_HARASSMENT));
        String caseId = submitted.getCaseId();
        assertThat(caseId).isNotBlank();
        assertThat(clients.cases().get(caseId).path("itemCount").asInt()).isEqualTo(1);

        ReportResponse report = clients.intake().report(Requests.report(key("report"), freshAccount("reporter"), author,
                ReportReason.REPORT_REASON_HARASSMENT, "Insults in the group chat."));

        assertThat(report.getReportId()).isNotBlank();
        assertThat(report.getCaseId()).isEqualTo(caseId);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(clients.cases().get(caseId).path("itemCount").asInt()).isEqualTo(2));
    }

    @Test
    void shouldOpenACaseForAReportedAccountWithoutOne() {
        Subject target = freshAccount("quiet");

        ReportResponse report = clients.intake().report(Requests.report(key("report"), freshAccount("reporter"), target,
                ReportReason.REPORT_REASON_SPAM, "Sends the same advert to everyone."));

        assertThat(report.getCaseId()).isNotBlank();
        assertThat(clients.cases().get(report.getCaseId()).path("subject").path("id").asText()).isEqualTo(target.getId());
    }
}
