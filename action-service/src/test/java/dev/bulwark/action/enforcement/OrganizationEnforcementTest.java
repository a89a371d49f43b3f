package dev.bulwark.action.enforcement;

import static dev.bulwark.devstack.GrpcErrorDetails.violatedFields;
import static dev.bulwark.action.grpc.Requests.enforce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.action.IntakeServiceToken;
import dev.bulwark.action.policy.WeightedPolicy;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.ActionServiceGrpc.ActionServiceBlockingStub;
import dev.bulwark.proto.action.v1.ActionType;
import dev.bulwark.proto.action.v1.EnforceRequest;
import dev.bulwark.proto.action.v1.EnforceResponse;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.action.v1.GetStandingResponse;
import dev.bulwark.proto.action.v1.StandingState;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.SubjectType;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Strikes weighed by severity and organisations answering for their accounts, under a policy that
 * weighs HIGH categories 2 and actions an organisation from two enforced accounts on.
 */
@QuarkusTest
@TestProfile(WeightedPolicy.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "ACTION")})
class OrganizationEnforcementTest {

    @GrpcClient("intake")
    @RegisterClientInterceptor(IntakeServiceToken.class)
    ActionServiceBlockingStub actions;

    private static Subject member(SubjectType type, String organization) {
        return Subject.newBuilder().setType(type).setId("member-" + UUID.randomUUID()).setOrganizationId(organization).build();
    }

    private static Subject organization(String id) {
        return Subject.newBuilder().setType(SubjectType.SUBJECT_TYPE_ORGANIZATION).setId(id).build();
    }

    private static EnforceRequest underWeightedPolicy(Subject subject, String category) {
        return enforce(subject, category).toBuilder().setPolicyVersion(WeightedPolicy.VERSION).build();
    }

    private GetStandingResponse standingOf(Subject subject) {
        return actions.getStanding(GetStandingRequest.newBuilder().setSubject(subject).build());
    }

    @Test
    void shouldClimbOnWeightedPointsSoAHighSeverityStrikeSkipsTheWarning() {
        Subject account = member(SubjectType.SUBJECT_TYPE_ACCOUNT, "");

        EnforceResponse fraud = actions.enforce(underWeightedPolicy(account, "fraud"));

        assertThat(fraud.getAction().getType()).isEqualTo(ActionType.ACTION_TYPE_RESTRICT);
        assertThat(fraud.getStanding().getActivePoints()).isEqualTo(2);
        assertThat(fraud.getStanding().getActiveStrikes()).isEqualTo(1);
    }

    @Test
    void shouldActionTheOrganisationOnceItsSecondAccountIsEnforcedAndShowItOnItsAccounts() {
        String org = "org-" + UUID.randomUUID();
        Subject first = member(SubjectType.SUBJECT_TYPE_ACCOUNT, org);
        Subject second = member(SubjectType.SUBJECT_TYPE_ACCOUNT, org);

        actions.enforce(underWeightedPolicy(first, "spam"));
        assertThat(standingOf(organization(org)).getActionsList()).isEmpty();
        EnforceRequest secondSpam = underWeightedPolicy(second, "spam");
        EnforceResponse crossing = actions.enforce(secondSpam);
        actions.enforce(secondSpam);

        GetStandingResponse orgStanding = standingOf(organization(org));
        assertThat(orgStanding.getActionsList()).singleElement().satisfies(action -> {
            assertThat(action.getType()).isEqualTo(ActionType.ACTION_TYPE_RESTRICT);
            assertThat(action.getOrigin().name()).isEqualTo("ACTION_ORIGIN_AUTOMATED");
            assertThat(action.getReferenceId()).isEqualTo(crossing.getAction().getActionId());
        });
        assertThat(orgStanding.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_RESTRICTED);
        assertThat(crossing.getStanding().getOrganizationState()).isEqualTo(StandingState.STANDING_STATE_RESTRICTED);
        // the account's own strike only warns it; its organisation's restriction is stricter
        GetStandingResponse firstStanding = standingOf(first.toBuilder().clearOrganizationId().build());
        assertThat(firstStanding.getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_RESTRICTED);
        assertThat(firstStanding.getStanding().getOrganizationState()).isEqualTo(StandingState.STANDING_STATE_RESTRICTED);
    }

    @Test
    void shouldActionTheOrganisationOncePerCrossingWhenItsAccountsAreEnforcedConcurrently() {
        String org = "org-" + UUID.randomUUID();
        List<CompletableFuture<EnforceResponse>> enforced = IntStream.range(0, 5)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> actions.enforce(
                        underWeightedPolicy(member(SubjectType.SUBJECT_TYPE_ACCOUNT, org), "spam"))))
                .toList();
        enforced.forEach(CompletableFuture::join);

        // five accounts with a threshold of two: crossings at two and four
        assertThat(standingOf(organization(org)).getActionsList())
                .extracting(action -> action.getType())
                .containsExactlyInAnyOrder(ActionType.ACTION_TYPE_RESTRICT, ActionType.ACTION_TYPE_SUSPEND);
    }

    @Test
    void shouldCountApiKeysTowardTheirOrganisation() {
        String org = "org-" + UUID.randomUUID();
        actions.enforce(underWeightedPolicy(member(SubjectType.SUBJECT_TYPE_API_KEY, org), "spam"));
        EnforceResponse second = actions.enforce(underWeightedPolicy(member(SubjectType.SUBJECT_TYPE_API_KEY, org), "spam"));

        assertThat(second.getAction().getSubject().getType()).isEqualTo(SubjectType.SUBJECT_TYPE_API_KEY);
        assertThat(second.getStanding().getOrganizationState()).isEqualTo(StandingState.STANDING_STATE_RESTRICTED);
    }

    @Test
    void shouldRefuseAnApiKeyWithoutItsOrganisation() {
        Subject orphan = member(SubjectType.SUBJECT_TYPE_API_KEY, "").toBuilder().clearOrganizationId().build();

        assertThatThrownBy(() -> actions.enforce(underWeightedPolicy(orphan, "spam")))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(violatedFields(e)).containsExactly("subject.organization_id");
                });
    }
}
