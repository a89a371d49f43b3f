package dev.bulwark.intake.grpc;

import static dev.bulwark.intake.grpc.IntakeFixtures.ALLOW;
import static dev.bulwark.intake.grpc.IntakeFixtures.submission;
import static dev.bulwark.intake.grpc.IntakeFixtures.uniqueAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc.IntakeServiceBlockingStub;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Intake verifies a caller's token once and serves its repeats from the verified-token cache, which
 * never lets a token outlive its expiry or one token's caller stand in for another's.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
    @ResourceArg(name = "service", value = "INTAKE"),
    @ResourceArg(name = "downstream", value = "CLASSIFIER,ACTION,CASE")})
class VerifiedTokenCacheTest {

    private static final List<String> PRODUCT_TEAM = List.of("product-team");

    @GrpcClient("intake")
    IntakeServiceBlockingStub anonymous;

    @Inject
    MeterRegistry meters;

    @Test
    void shouldVerifyATokenOnceAndServeItsRepeatsFromTheCache() {
        IntakeServiceBlockingStub team = TestTokens.withToken(anonymous, TestTokens.productTeam("team-cached"));
        double missesBefore = gets("miss");
        team.submit(submission(ALLOW, uniqueAccount()));
        double hitsBefore = gets("hit");

        for (int i = 0; i < 5; i++) {
            assertThat(team.submit(submission(ALLOW, uniqueAccount())).getSubmissionId()).isNotBlank();
        }

        assertThat(gets("miss") - missesBefore).as("verifications").isEqualTo(1);
        assertThat(gets("hit") - hitsBefore).as("calls served from the cache").isEqualTo(5);
    }

    @Test
    void shouldRefuseARememberedTokenOnceItExpired() throws InterruptedException {
        Instant expiresAt = Instant.now().plusSeconds(3);
        String shortLived = TestTokens.token("team-chat", "intake-service", PRODUCT_TEAM).expiresAt(expiresAt.getEpochSecond()).sign();
        IntakeServiceBlockingStub team = TestTokens.withToken(anonymous, shortLived);
        team.submit(submission(ALLOW, uniqueAccount()));
        team.submit(submission(ALLOW, uniqueAccount()));

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiresAt).toMillis()) + 1_100);

        assertThatThrownBy(() -> team.submit(submission(ALLOW, uniqueAccount())))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    }

    @Test
    void shouldKeepTheRolesOfEachTokenOfOneClientApart() {
        IntakeServiceBlockingStub asProductTeam = TestTokens.withToken(anonymous,
                TestTokens.token("team-chat", "intake-service", PRODUCT_TEAM).sign());
        IntakeServiceBlockingStub asReviewer = TestTokens.withToken(anonymous,
                TestTokens.token("team-chat", "intake-service", List.of("reviewer")).sign());

        for (int i = 0; i < 3; i++) {
            assertThat(asProductTeam.submit(submission(ALLOW, uniqueAccount())).getSubmissionId()).isNotBlank();
            assertThatThrownBy(() -> asReviewer.submit(submission(ALLOW, uniqueAccount())))
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        }
    }

    private double gets(String result) {
        return meters.get("cache.gets").tag("cache", "verified-tokens").tag("result", result).functionCounter().count();
    }
}
