package dev.bulwark.action;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.policy.PolicyDocument;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/** Readiness names the usage policy the ladders come from, open to probes without a token. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "ACTION")})
class PolicyHealthTest {

    @Test
    void shouldReportThePolicyVersionInForceInReadiness() {
        PolicyDocument bundled = PolicyDocument.bundled();

        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("checks.find { it.name == 'usage-policy' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'usage-policy' }.data.policy_version", equalTo(bundled.version()))
                .body("checks.find { it.name == 'usage-policy' }.data.sha256", equalTo(bundled.sha256()));
    }
}
