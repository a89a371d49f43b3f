package dev.bulwark.intake.grpc;

import static dev.bulwark.intake.grpc.IntakeFixtures.ALLOW;
import static dev.bulwark.intake.grpc.IntakeFixtures.REVIEW;
import static dev.bulwark.intake.grpc.IntakeFixtures.asTenant;
import static dev.bulwark.intake.grpc.IntakeFixtures.submission;
import static dev.bulwark.intake.grpc.IntakeFixtures.uniqueAccount;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.bulwark.devstack.BulwarkService;
import dev.bulwark.devstack.ServiceStack;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.devstack.quarkus.InjectServiceStack;
import dev.bulwark.intake.delivery.service.OutboxGauges;
import dev.bulwark.proto.intake.v1.GetSubmissionRequest;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc.IntakeServiceBlockingStub;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Decision, classifier and outbox metrics move with the behaviour they measure. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
    @ResourceArg(name = "service", value = "INTAKE"),
    @ResourceArg(name = "downstream", value = "CLASSIFIER,ACTION,CASE")})
class IntakeMetricsTest {

    @GrpcClient("intake")
    IntakeServiceBlockingStub anonymous;

    @InjectServiceStack
    ServiceStack stack;

    @Inject
    MeterRegistry meters;

    @Inject
    OutboxGauges outboxGauges;

    IntakeServiceBlockingStub intake;

    @BeforeEach
    void actAsProductTeam() {
        intake = asTenant(anonymous, IntakeFixtures.TENANT);
    }

    @Test
    void shouldCountDecisionsByCategoryAndWhetherAPersonIsNeeded() {
        double allowed = decisions("ALLOW", "none", "true");
        double reviewedTotal = decisions("REVIEW", null, "false");
        long answered = classifierTimer("answered");

        intake.submit(submission(ALLOW, uniqueAccount()));
        intake.submit(submission(REVIEW, uniqueAccount()));

        assertThat(decisions("ALLOW", "none", "true")).isEqualTo(allowed + 1);
        assertThat(decisions("REVIEW", null, "false")).isEqualTo(reviewedTotal + 1);
        assertThat(meters.find("bulwark.intake.decisions").tag("verdict", "REVIEW").tag("fallback", "false").counters())
                .as("a REVIEW the classifier made is led by a policy category")
                .allSatisfy(c -> assertThat(c.getId().getTag("category")).isNotEqualTo("none"));
        assertThat(classifierTimer("answered")).isEqualTo(answered + 2);
    }

    @Test
    void shouldPublishLatencyHistogramsForQuantiles() {
        intake.submit(submission(ALLOW, uniqueAccount()));

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).containsPattern("bulwark_intake_decision_duration_seconds_bucket\\{[^}]*le=\"[0-9.]+\"")
                .containsPattern("bulwark_intake_classifier_duration_seconds_bucket\\{[^}]*outcome=\"answered\"");
    }

    @Test
    void shouldTimeAndCountClassifierFallbacks() {
        long fallbacks = classifierTimer("fallback");
        stack.stop(BulwarkService.CLASSIFIER);
        try {
            assertThat(intake.submit(submission(ALLOW, uniqueAccount(), "chat")).getFallback()).isTrue();
        } finally {
            stack.start(BulwarkService.CLASSIFIER);
        }

        assertThat(classifierTimer("fallback")).isEqualTo(fallbacks + 1);
        assertThat(meters.find("bulwark.intake.classifier.fallbacks").tag("surface", "chat").counters())
                .extracting(Counter::count).isNotEmpty().allSatisfy(n -> assertThat(n).isPositive());
        assertThat(meters.find("bulwark.intake.decisions").tag("fallback", "true").tag("automated", "false").counters())
                .as("a fallback REVIEW needs a person").isNotEmpty();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> !intake.submit(submission(ALLOW, uniqueAccount())).getFallback());
    }

    @Test
    void shouldGaugeTheOutboxWhileCaseServiceIsDown() throws Throwable {
        SubmitResponse answer;
        double pendingWhileDown;
        stack.stop(BulwarkService.CASE);
        try {
            answer = intake.submit(submission(REVIEW, uniqueAccount()));
            VertxContextSupport.subscribeAndAwait(outboxGauges::refresh);
            pendingWhileDown = outbox("pending");

            assertThat(pendingWhileDown).as("the case waits in the outbox").isGreaterThanOrEqualTo(1);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(outbox("lag")).isPositive());
        } finally {
            stack.start(BulwarkService.CASE);
        }
        GetSubmissionRequest read = GetSubmissionRequest.newBuilder().setSubmissionId(answer.getSubmissionId()).build();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> !intake.getSubmission(read).getSubmission().getCaseId().isEmpty());

        VertxContextSupport.subscribeAndAwait(outboxGauges::refresh);

        // Other tests' entries may still wait; this one no longer does.
        assertThat(outbox("pending")).as("delivered once case-service is back").isLessThanOrEqualTo(pendingWhileDown - 1);
    }

    private double decisions(String verdict, String category, String automated) {
        var search = meters.find("bulwark.intake.decisions").tag("verdict", verdict).tag("automated", automated);
        if (category != null) {
            search = search.tag("category", category);
        }
        return search.counters().stream().mapToDouble(Counter::count).sum();
    }

    private long classifierTimer(String outcome) {
        Timer timer = meters.find("bulwark.intake.classifier.duration").tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private double outbox(String what) {
        Gauge gauge = meters.find("bulwark.intake.outbox." + what).tag("kind", "OPEN_CASE").gauge();
        return gauge.value();
    }
}
