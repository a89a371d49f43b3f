package dev.bulwark.e2e;

import static dev.bulwark.e2e.Fixtures.claimCase;
import static dev.bulwark.e2e.Fixtures.freshAccount;
import static dev.bulwark.e2e.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.demo.client.DecisionRequest;
import dev.bulwark.demo.client.DecisionResult;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.ReportReason;
import dev.bulwark.proto.intake.v1.ReportResponse;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data minimisation (OWASP API8): what users write, in submissions and in reports, never reaches a
 * log, whichever service handles it: intake, classifier, case-service (review) and action-service
 * (enforcement after a review and after a BLOCK).
 */
@EndToEnd
class NoContentInLogsIT {

    private static final String QUEUE = "abuse";

    private final BulwarkClients clients;
    private final RunningStack stack;

    NoContentInLogsIT(BulwarkClients clients, RunningStack stack) {
        this.clients = clients;
        this.stack = stack;
    }

    @Test
    void shouldKeepSubmittedTextAndReportDetailsOutOfEveryLog() {
        String reviewMarker = marker();
        String reportMarker = marker();
        String blockMarker = marker();
        Subject author = freshAccount("logs");

        SubmitResponse review = clients.intake().submit(Requests.chat(key("logs"), author,
                CanonicalTexts.REVIEW_HARASSMENT + " " + reviewMarker));
        assertThat(review.getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);
        String caseId = review.getCaseId();
        ReportResponse report = clients.intake().report(Requests.report(key("logs-report"), freshAccount("logs-reporter"),
                author, ReportReason.REPORT_REASON_HARASSMENT, "Keeps insulting me, last time: " + reportMarker));
        assertThat(report.getCaseId()).isEqualTo(caseId);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(clients.cases().get(caseId).path("itemCount").asInt()).isEqualTo(2));

        assertThat(claimCase(clients.cases(), QUEUE, caseId)).isPresent();
        DecisionResult decided = clients.cases().decide(caseId, DecisionRequest.violating("harassment", "insults"));
        assertThat(decided.actionIds()).hasSize(1);

        SubmitResponse block = clients.intake().submit(Requests.chat(key("logs-block"), freshAccount("logs-block"),
                CanonicalTexts.BLOCK_THREAT + " " + blockMarker));
        assertThat(block.getVerdict()).isEqualTo(Verdict.VERDICT_BLOCK);
        assertThat(block.getActionIdsList()).isNotEmpty();

        List<Path> logs = logFiles();
        assertThat(logs).extracting(log -> log.getFileName().toString())
                .as("every service writes its log where the stack says")
                .containsAll(BulwarkService.START_ORDER.stream().map(s -> s.module() + ".log").toList());
        assertThat(linesContaining(logs, List.of(reviewMarker, reportMarker, blockMarker)))
                .as("log lines (file:line) that carry submitted content or report details")
                .isEmpty();
    }

    private static String marker() {
        return "MARKER-" + UUID.randomUUID();
    }

    private List<Path> logFiles() {
        try (Stream<Path> files = Files.list(stack.logDir())) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".log")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the markers occur, as {@code file:line}; logs are read as bytes so no encoding can hide one. */
    private static List<String> linesContaining(List<Path> logs, List<String> markers) {
        List<String> hits = new ArrayList<>();
        for (Path log : logs) {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (markers.stream().anyMatch(line::contains)) {
                        hits.add(log.getFileName() + ":" + (i + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + log, e);
            }
        }
        return hits;
    }
}
