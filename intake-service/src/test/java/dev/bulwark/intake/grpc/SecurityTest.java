package dev.bulwark.intake.grpc;

import static dev.bulwark.intake.grpc.IntakeFixtures.ALLOW;
import static dev.bulwark.intake.grpc.IntakeFixtures.asTenant;
import static dev.bulwark.intake.grpc.IntakeFixtures.submission;
import static dev.bulwark.intake.grpc.IntakeFixtures.uniqueAccount;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.util.Durations;
import com.google.rpc.RetryInfo;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.intake.v1.GetSubmissionRequest;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc.IntakeServiceBlockingStub;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may call intake, as whom, how often and how much (OWASP API2 broken authentication, API4 resource consumption). */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
    @ResourceArg(name = "service", value = "INTAKE"),
    @ResourceArg(name = "downstream", value = "CLASSIFIER,ACTION,CASE")})
class SecurityTest {

    @GrpcClient("intake")
    IntakeServiceBlockingStub anonymous;

    @Test
    void shouldRefuseACallWithoutAToken() {
        assertStatus(() -> anonymous.submit(submission(ALLOW, uniqueAccount())), Status.Code.UNAUTHENTICATED);
        assertStatus(() -> anonymous.getSubmission(GetSubmissionRequest.newBuilder().setSubmissionId("x").build()),
                Status.Code.UNAUTHENTICATED);
    }

    @Test
    void shouldRefuseAForgedExpiredOrMisdirectedToken() {
        String unsigned = TestTokens.token("team-chat", "intake-service", List.of("product-team")).jws().algorithm(
                io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256).signWithSecret("x".repeat(32));
        String expired = TestTokens.token("team-chat", "intake-service", List.of("product-team"))
                .issuedAt(1_000_000L).expiresAt(1_000_300L).sign();
        String otherAudience = TestTokens.token("team-chat", "case-service", List.of("product-team")).sign();

        for (String token : List.of("not-a-jwt", unsigned, expired, otherAudience)) {
            assertStatus(() -> TestTokens.withToken(anonymous, token).submit(submission(ALLOW, uniqueAccount())),
                    Status.Code.UNAUTHENTICATED);
        }
    }

    @Test
    void shouldRefuseAValidTokenWithoutTheProductTeamRole() {
        String reviewer = TestTokens.token("bulwark-cli", "intake-service", List.of("reviewer")).sign();

        assertStatus(() -> TestTokens.withToken(anonymous, reviewer).submit(submission(ALLOW, uniqueAccount())),
                Status.Code.PERMISSION_DENIED);
    }

    @Test
    void shouldLimitATenantToItsQuotaAndSayWhenToRetry() {
        IntakeServiceBlockingStub tiny = asTenant(anonymous, "tiny-team");
        tiny.submit(submission(ALLOW, uniqueAccount()));
        tiny.submit(submission(ALLOW, uniqueAccount()));

        assertThatThrownBy(() -> tiny.submit(submission(ALLOW, uniqueAccount())))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
                    RetryInfo retry = StatusProto.fromThrowable(e).getDetailsList().stream()
                            .filter(d -> d.is(RetryInfo.class)).findFirst().map(d -> unpack(d)).orElseThrow();
                    assertThat(Durations.toMillis(retry.getRetryDelay())).isBetween(1L, 1_000L);
                });
        assertThat(asTenant(anonymous, "team-chat").submit(submission(ALLOW, uniqueAccount())).getSubmissionId())
                .as("another tenant's quota is untouched").isNotBlank();
    }

    @Test
    void shouldRefuseAnOversizedMessageBeforeAnyWork() {
        String huge = "x".repeat(300 * 1024);

        assertStatus(() -> asTenant(anonymous, "team-chat").submit(submission(huge, uniqueAccount())),
                Status.Code.RESOURCE_EXHAUSTED);
    }

    @Test
    void shouldLeaveHealthAndMetricsOpenButNothingElse() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(401);
    }

    private static RetryInfo unpack(com.google.protobuf.Any any) {
        try {
            return any.unpack(RetryInfo.class);
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertStatus(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Status.Code code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(code));
    }
}
