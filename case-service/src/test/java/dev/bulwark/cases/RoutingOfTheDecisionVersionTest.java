package dev.bulwark.cases;

import static dev.bulwark.cases.CaseFixtures.account;
import static dev.bulwark.cases.CaseFixtures.reader;
import static dev.bulwark.cases.CaseFixtures.request;
import static dev.bulwark.cases.CaseFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.proto.cases.v1.CaseServiceGrpc;
import dev.bulwark.proto.cases.v1.OpenCaseResponse;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A case is routed and prioritised under the policy version its item was decided under, not the one in force. */
@QuarkusTest
@TestProfile(TwoPolicyVersions.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CASE"), @ResourceArg(name = "downstream", value = "ACTION")})
class RoutingOfTheDecisionVersionTest {

    @GrpcClient("self")
    CaseServiceGrpc.CaseServiceBlockingStub anonymousCases;

    CaseServiceGrpc.CaseServiceBlockingStub cases;

    @BeforeEach
    void callAsIntake() {
        cases = TestTokens.withToken(anonymousCases, TestTokens.service("intake-service"));
    }

    private OpenCaseResponse openHarassmentUnder(String policyVersion) {
        return cases.openCase(request(unique("submission"), account(unique("routed")), "harassment").toBuilder()
                .setPolicyVersion(policyVersion).build());
    }

    @Test
    void shouldRouteAndPrioritiseUnderTheVersionNamedInTheRequest() {
        String inForce = PolicyDocument.bundled().version();

        OpenCaseResponse older = openHarassmentUnder(TwoPolicyVersions.OLDER);
        OpenCaseResponse current = openHarassmentUnder(inForce);
        OpenCaseResponse unknown = openHarassmentUnder("1999-01-01.1");

        assertThat(older.getQueue()).isEqualTo("integrity");
        reader().get("/api/v1/cases/{id}", older.getCaseId()).then()
                .body("priority", equalTo(400))
                .body("policyVersion", equalTo(TwoPolicyVersions.OLDER));
        assertThat(current.getQueue()).isEqualTo("abuse");
        reader().get("/api/v1/cases/{id}", current.getCaseId()).then().body("priority", equalTo(200));
        assertThat(unknown.getQueue()).as("an unknown version routes under the one in force").isEqualTo("abuse");
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'usage-policy' }.data.policy_version", equalTo(inForce))
                .body("checks.find { it.name == 'usage-policy' }.data.versions_known", equalTo(2));
    }
}
