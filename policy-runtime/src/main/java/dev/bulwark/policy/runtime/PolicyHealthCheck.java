package dev.bulwark.policy.runtime;

import dev.bulwark.policy.PolicyDocument;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the policy in force and what the last read of the directory refused. A refused document
 * does not make the service unready: the running version stays in force, and the refusal is shown.
 */
@Readiness
@ApplicationScoped
public class PolicyHealthCheck implements HealthCheck {

    private final ActivePolicies policies;

    public PolicyHealthCheck(ActivePolicies policies) {
        this.policies = policies;
    }

    @Override
    public HealthCheckResponse call() {
        PolicyDocument active = policies.active();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("usage-policy")
                .withData("policy_version", active.version())
                .withData("sha256", active.sha256())
                .withData("versions_known", policies.catalog().documents().size());
        var refusals = policies.refusals();
        for (int i = 0; i < refusals.size(); i++) {
            response.withData("refused_" + i, refusals.get(i));
        }
        return response.up().build();
    }
}
