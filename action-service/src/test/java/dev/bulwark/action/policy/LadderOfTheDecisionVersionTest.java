package dev.bulwark.action.policy;

import static dev.bulwark.action.grpc.Requests.enforce;
import static dev.bulwark.action.grpc.Requests.newAccount;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.bulwark.action.IntakeServiceToken;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.proto.action.v1.ActionServiceGrpc.ActionServiceBlockingStub;
import dev.bulwark.proto.action.v1.ActionType;
import dev.bulwark.proto.action.v1.EnforceRequest;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/** An enforcement follows the ladder of the policy version it was decided under, not the one in force. */
@QuarkusTest
@TestProfile(TwoPolicyVersions.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "ACTION")})
class LadderOfTheDecisionVersionTest {

    @GrpcClient("intake")
    @RegisterClientInterceptor(IntakeServiceToken.class)
    ActionServiceBlockingStub actions;

    private ActionType firstHarassmentActionUnder(String policyVersion) {
        EnforceRequest request = enforce(newAccount(), "harassment").toBuilder().setPolicyVersion(policyVersion).build();
        return actions.enforce(request).getAction().getType();
    }

    @Test
    void shouldUseTheLadderOfTheVersionNamedInTheRequest() {
        String inForce = PolicyDocument.bundled().version();

        assertThat(firstHarassmentActionUnder(TwoPolicyVersions.OLDER)).isEqualTo(ActionType.ACTION_TYPE_BAN);
        assertThat(firstHarassmentActionUnder(inForce)).isEqualTo(ActionType.ACTION_TYPE_WARN);
        assertThat(firstHarassmentActionUnder("1999-01-01.1")).isEqualTo(ActionType.ACTION_TYPE_WARN);
        given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'usage-policy' }.data.policy_version", equalTo(inForce))
                .body("checks.find { it.name == 'usage-policy' }.data.versions_known", equalTo(2));
    }
}
