package dev.bulwark.intake.grpc;

import static dev.bulwark.intake.grpc.IntakeFixtures.asTenant;
import static dev.bulwark.intake.grpc.IntakeFixtures.ALLOW;
import static dev.bulwark.intake.grpc.IntakeFixtures.submission;
import static dev.bulwark.intake.grpc.IntakeFixtures.uniqueAccount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc.IntakeServiceBlockingStub;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
    @ResourceArg(name = "service", value = "INTAKE"),
    @ResourceArg(name = "downstream", value = "CLASSIFIER,ACTION,CASE")})
class OperationsEndpointsTest {

    @GrpcClient("intake")
    IntakeServiceBlockingStub anonymous;

    IntakeServiceBlockingStub intake;

    @BeforeEach
    void actAsProductTeam() {
        intake = asTenant(anonymous, IntakeFixtures.TENANT);
    }

    @Test
    void shouldReportReadinessIncludingTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Reactive PostgreSQL connections health check"));
    }

    @Test
    void shouldReportThePolicyVersionInForceInReadinessAndMetrics() {
        PolicyDocument bundled = PolicyDocument.bundled();

        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'usage-policy' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'usage-policy' }.data.policy_version", equalTo(bundled.version()))
                .body("checks.find { it.name == 'usage-policy' }.data.sha256", equalTo(bundled.sha256()));
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("bulwark_policy_active{version=\"" + bundled.version() + "\"} 1.0"));
    }

    @Test
    void shouldExposeDecisionMetricsInPrometheusFormat() {
        intake.submit(submission(ALLOW, uniqueAccount()));

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("bulwark_intake_decisions_total{"))
                .body(containsString("bulwark_intake_decision_duration_seconds"));
    }
}
