package dev.bulwark.e2e;

import static dev.bulwark.e2e.Fixtures.claimCase;
import static dev.bulwark.e2e.Fixtures.freshAccount;
import static dev.bulwark.e2e.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.demo.client.DecisionRequest;
import dev.bulwark.demo.client.DecisionResult;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.e2e.OtlpTraceReceiver.ReceivedSpan;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc.IntakeServiceBlockingStub;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One submission is one trace across the services, whatever its verdict; a reviewer's decision is a
 * trace of its own that links back to the submission it decides; spans carry ids, never content; and
 * log lines written inside a trace carry its ids.
 */
@EndToEnd
class TracesIT {

    private static final String SUBMIT = "bulwark.intake.v1.IntakeService/Submit";
    private static final String SCORE = "bulwark.classifier.v1.ClassifierService/Score";
    private static final String OPEN_CASE = "bulwark.cases.v1.CaseService/OpenCase";
    private static final String ENFORCE = "bulwark.action.v1.ActionService/Enforce";
    private static final String QUEUE = "abuse";
    private static final Duration EXPORT = Duration.ofSeconds(20);

    private final BulwarkClients clients;
    private final RunningStack stack;

    TracesIT(BulwarkClients clients, RunningStack stack) {
        this.clients = clients;
        this.stack = stack;
    }

    @Test
    void shouldTraceAReviewedSubmissionAsOneTreeAndLinkTheReviewersDecisionBackToIt() {
        CallerSpan caller = CallerSpan.random();
        String marker = "review-marker-" + caller.spanId();
        SubmitResponse submitted = submitAs(caller, CanonicalTexts.REVIEW_HARASSMENT + " " + marker, "trace-review");
        assertThat(submitted.getVerdict()).isEqualTo(Verdict.VERDICT_REVIEW);

        List<ReceivedSpan> trace = awaitTrace(caller, List.of(
                hop("intake-service", SCORE, "classifier-service"),
                hop("intake-service", OPEN_CASE, "case-service")));
        assertThat(services(trace)).containsExactlyInAnyOrder("intake-service", "classifier-service", "case-service");
        assertCarriesNoContent(trace, marker);

        assertThat(claimCase(clients.cases(), QUEUE, submitted.getCaseId())).isPresent();
        DecisionResult decided = clients.cases().decide(submitted.getCaseId(), DecisionRequest.violating("harassment", "insult"));
        assertThat(decided.actionIds()).hasSize(1);

        await().atMost(EXPORT).untilAsserted(() -> {
            List<ReceivedSpan> linking = stack.traces().linkingTo(caller.traceId());
            assertThat(linking).as("the decision links to the submission's trace").isNotEmpty()
                    .allSatisfy(span -> assertThat(span.service()).isEqualTo("case-service"));
            String decisionTrace = linking.get(0).traceId();
            assertThat(decisionTrace).isNotEqualTo(caller.traceId());
            assertHop(stack.traces().trace(decisionTrace), hop("case-service", ENFORCE, "action-service"));
        });
    }

    @Test
    void shouldTraceABlockedSubmissionThroughEnforcementAndItsLaterQaOfferAsOneTree() {
        CallerSpan caller = CallerSpan.random();
        String marker = "block-marker-" + caller.spanId();
        SubmitResponse submitted = submitAs(caller, CanonicalTexts.BLOCK_THREAT + " " + marker, "trace-block");
        assertThat(submitted.getVerdict()).isEqualTo(Verdict.VERDICT_BLOCK);
        assertThat(submitted.getActionIdsList()).isNotEmpty();

        // The QA offer of the automatic action goes out on a later relay pass, in the submission's trace.
        List<ReceivedSpan> trace = awaitTrace(caller, List.of(
                hop("intake-service", SCORE, "classifier-service"),
                hop("intake-service", ENFORCE, "action-service"),
                hop("intake-service", OPEN_CASE, "case-service")));
        ReceivedSpan redelivery = trace.stream().filter(s -> s.name().equals("outbox.redeliver")).findFirst().orElseThrow();
        assertThat(redelivery.attributes()).containsEntry("bulwark.outbox.kind", "OFFER_FOR_QA");
        assertThat(clientSpans(trace, OPEN_CASE)).allSatisfy(client ->
                assertThat(client.parentSpanId()).isEqualTo(redelivery.spanId()));
        assertThat(services(trace)).containsExactlyInAnyOrder(
                "intake-service", "classifier-service", "action-service", "case-service");
        assertCarriesNoContent(trace, marker);

        String actionId = submitted.getActionIds(0);
        JsonNode logged = awaitLogLine("action-service", line -> line.path("message").asText().contains(actionId));
        assertThat(logged.path("mdc").path("traceId").asText()).isEqualTo(caller.traceId());
        assertThat(trace).extracting(ReceivedSpan::spanId).contains(logged.path("mdc").path("spanId").asText());
    }

    private SubmitResponse submitAs(CallerSpan caller, String text, String purpose) {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("traceparent", Metadata.ASCII_STRING_MARSHALLER), caller.traceParent());
        IntakeServiceBlockingStub intake = clients.intake().withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
        return intake.submit(Requests.chat(key(purpose), freshAccount(purpose), text));
    }

    /** A gRPC call from one service to another: a client span in the caller, its server span in the callee. */
    private record Hop(String from, String rpc, String to) {}

    private static Hop hop(String from, String rpc, String to) {
        return new Hop(from, rpc, to);
    }

    /**
     * Waits for every hop, then checks the whole trace is one tree under the product team's own span.
     * gRPC shares each service's HTTP server, so a call is served by two sibling spans: the HTTP/2
     * request ({@code POST}), under which the service's work runs, and the gRPC call itself.
     */
    private List<ReceivedSpan> awaitTrace(CallerSpan caller, List<Hop> hops) {
        await().atMost(EXPORT).untilAsserted(() -> {
            assertThat(stack.traces().received())
                    .as("spans received from the services (refused exports: %s)", stack.traces().problems())
                    .isPositive();
            hops.forEach(hop -> assertHop(stack.traces().trace(caller.traceId()), hop));
        });
        List<ReceivedSpan> trace = stack.traces().trace(caller.traceId());
        Set<String> spanIds = trace.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
        List<ReceivedSpan> roots = trace.stream().filter(span -> !spanIds.contains(span.parentSpanId())).toList();
        assertThat(roots).as("the spans directly under the caller's, in %s", describe(trace))
                .extracting(ReceivedSpan::service, ReceivedSpan::kind, ReceivedSpan::name, ReceivedSpan::parentSpanId)
                .containsExactlyInAnyOrder(
                        tuple("intake-service", SpanKind.SPAN_KIND_SERVER, SUBMIT, caller.spanId()),
                        tuple("intake-service", SpanKind.SPAN_KIND_SERVER, "POST", caller.spanId()));
        return trace;
    }

    private static void assertHop(List<ReceivedSpan> trace, Hop hop) {
        List<ReceivedSpan> clients = clientSpans(trace, hop.rpc()).stream().filter(s -> s.service().equals(hop.from())).toList();
        assertThat(clients).as("%s calls %s in the trace %s", hop.from(), hop.rpc(), describe(trace)).isNotEmpty();
        Set<String> clientIds = clients.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
        assertThat(trace).as("%s serves %s under %s's call", hop.to(), hop.rpc(), hop.from())
                .anySatisfy(server -> {
                    assertThat(server.service()).isEqualTo(hop.to());
                    assertThat(server.name()).isEqualTo(hop.rpc());
                    assertThat(server.kind()).isEqualTo(SpanKind.SPAN_KIND_SERVER);
                    assertThat(clientIds).contains(server.parentSpanId());
                });
    }

    private static String describe(List<ReceivedSpan> trace) {
        return trace.stream()
                .map(s -> s.service() + " " + s.kind() + " " + s.name() + " " + s.spanId() + "<-" + s.parentSpanId())
                .collect(Collectors.joining("; ", "[", "]"));
    }

    private static List<ReceivedSpan> clientSpans(List<ReceivedSpan> trace, String rpc) {
        return trace.stream().filter(s -> s.name().equals(rpc) && s.kind() == SpanKind.SPAN_KIND_CLIENT).toList();
    }

    private static Set<String> services(List<ReceivedSpan> trace) {
        return trace.stream().map(ReceivedSpan::service).collect(Collectors.toSet());
    }

    private static void assertCarriesNoContent(List<ReceivedSpan> trace, String marker) {
        assertThat(trace).allSatisfy(span -> assertThat(span.attributes().values())
                .as("attributes of %s in %s", span.name(), span.service())
                .noneMatch(value -> value.contains(marker)));
    }

    /** The first JSON log line of a service that matches, waiting for it to be written. */
    private JsonNode awaitLogLine(String service, Predicate<JsonNode> wanted) {
        Path log = stack.logDir().resolve(service + ".log");
        return await().atMost(EXPORT).until(() -> jsonLines(log).filter(wanted).findFirst(), Optional::isPresent).orElseThrow();
    }

    private static Stream<JsonNode> jsonLines(Path log) {
        ObjectMapper json = new ObjectMapper();
        try {
            return Files.readAllLines(log).stream().filter(line -> line.startsWith("{")).map(line -> {
                try {
                    return json.readTree(line);
                } catch (IOException e) {
                    throw new UncheckedIOException("not a JSON log line in " + log + ": " + line, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The product team's own span, whose context the suite sends so it can find the trace. */
    private record CallerSpan(String traceId, String spanId) {

        static CallerSpan random() {
            HexFormat hex = HexFormat.of();
            byte[] trace = new byte[16];
            byte[] span = new byte[8];
            ThreadLocalRandom.current().nextBytes(trace);
            ThreadLocalRandom.current().nextBytes(span);
            return new CallerSpan(hex.formatHex(trace), hex.formatHex(span));
        }

        String traceParent() {
            return "00-" + traceId + "-" + spanId + "-01";
        }
    }
}
