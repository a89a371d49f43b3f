package dev.bulwark.intake.classification.grpc;

import dev.bulwark.intake.classification.Classification;
import dev.bulwark.intake.classification.FailureFallback;
import dev.bulwark.intake.config.IntakeConfig;
import dev.bulwark.intake.submission.NewSubmission;
import dev.bulwark.proto.classifier.v1.MutinyClassifierServiceGrpc.MutinyClassifierServiceStub;
import dev.bulwark.proto.classifier.v1.ScoreRequest;
import dev.bulwark.policy.FailureMode;
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.runtime.ActivePolicies;
import dev.bulwark.serviceauth.ServiceTokenInterceptor;
import io.grpc.Status;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Asks classifier-service for a judgement within the configured deadline. When it is slow or down,
 * the surface's failure mode decides instead: that is a policy choice, never an error to the caller.
 */
// Created at startup, so the service token is fetched before the first call needs it.
@Startup
@ApplicationScoped
public class ClassifierGateway {

    private static final Logger LOG = Logger.getLogger(ClassifierGateway.class);
    private static final String ANSWERED = "answered";
    private static final String FALLBACK = "fallback";

    private final MutinyClassifierServiceStub classifier;
    private final ActivePolicies policies;
    private final IntakeConfig config;
    private final MeterRegistry meters;

    public ClassifierGateway(
            @GrpcClient("classifier") MutinyClassifierServiceStub classifier,
            ServiceTokenInterceptor serviceToken,
            ActivePolicies policies,
            IntakeConfig config,
            MeterRegistry meters) {
        this.classifier = classifier.withInterceptors(serviceToken);
        this.policies = policies;
        this.config = config;
        this.meters = meters;
        // Both outcomes exist from the start, so a fallback rate reads 0 rather than no data.
        latency(ANSWERED);
        latency(FALLBACK);
    }

    public Uni<Classification> classify(UUID submissionId, NewSubmission submission) {
        ScoreRequest request = ScoreRequest.newBuilder()
                .setSurface(submission.surface())
                .setContent(ClassificationMapping.toProto(submission.content()))
                .setCorrelationId(submissionId.toString())
                .build();
        Timer.Sample sample = Timer.start(meters);
        return classifier.withDeadlineAfter(config.classifierDeadline().toMillis(), TimeUnit.MILLISECONDS)
                .score(request)
                .map(ClassificationMapping::fromProto)
                .onFailure().recoverWithItem(error -> fallback(submission.surface(), error))
                .invoke(c -> sample.stop(latency(c.fallback() ? FALLBACK : ANSWERED)));
    }

    /** The classifier's latency as intake sees it: a fallback after the deadline shows as a slow one. */
    private Timer latency(String outcome) {
        return Timer.builder("bulwark.intake.classifier.duration")
                .description("Time intake waited for the classifier, by outcome (answered or fallback)")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(meters);
    }

    private Classification fallback(String surfaceId, Throwable error) {
        Status.Code code = Status.fromThrowable(error).getCode();
        // No classifier decision exists, so the version in force decides and is recorded as the one that did.
        PolicyDocument inForce = policies.active();
        FailureMode mode = inForce.policy().surface(surfaceId).map(Surface::failureMode).orElse(FailureMode.REVIEW);
        LOG.warnf("classifier failed with %s; surface %s falls back to %s", code, surfaceId, mode);
        meters.counter("bulwark.intake.classifier.fallbacks", "surface", surfaceId, "code", code.name(), "mode", mode.name())
                .increment();
        return FailureFallback.decide(mode, inForce.version());
    }
}
