package dev.bulwark.classifier.policy.active;

import dev.bulwark.classifier.policy.PolicyDocument;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the active policy version is recorded; reports which version that is. */
@Readiness
@ApplicationScoped
public class ActivePolicyHealthCheck implements HealthCheck {

    private final ActivePolicy activePolicy;

    public ActivePolicyHealthCheck(ActivePolicy activePolicy) {
        this.activePolicy = activePolicy;
    }

    @Override
    public HealthCheckResponse call() {
        PolicyDocument document = activePolicy.current();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("active-policy")
                .withData("policy_version", document.version())
                .withData("sha256", document.sha256());
        activePolicy.recordedAt().ifPresent(at -> response.withData("first_loaded_at", at.toString()));
        return response.status(activePolicy.recordedAt().isPresent()).build();
    }
}
