package dev.bulwark.action;

import static dev.bulwark.action.TestTokens.as;
import static dev.bulwark.action.TestTokens.asAuditor;
import static dev.bulwark.action.TestTokens.person;
import static dev.bulwark.action.TestTokens.service;
import static dev.bulwark.action.TestTokens.serviceClaims;
import static dev.bulwark.action.TestTokens.withToken;
import static dev.bulwark.action.grpc.Requests.enforce;
import static dev.bulwark.action.grpc.Requests.newAccount;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.ActionOrigin;
import dev.bulwark.proto.action.v1.ActionServiceGrpc.ActionServiceBlockingStub;
import dev.bulwark.proto.action.v1.EnforceResponse;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.action.v1.RevertRequest;
import dev.bulwark.proto.action.v1.StandingState;
import dev.bulwark.proto.common.v1.Subject;
import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Who may call action-service: over gRPC only intake-service, case-service and senior reviewers;
 * over REST only people whose roles the endpoint names (OWASP API2 broken authentication, API5
 * broken function level authorization).
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "ACTION")})
class AuthorizationTest {

    private static final String STANDING = "/api/v1/subjects/account/{id}/standing";
    private static final String VERIFY = "/api/v1/audit/verify";

    @GrpcClient("self")
    ActionServiceBlockingStub anonymous;

    @GrpcClient("self")
    Channel channel;

    private static GetStandingRequest standingOf(Subject subject) {
        return GetStandingRequest.newBuilder().setSubject(subject).build();
    }

    @Test
    void shouldRefuseAGrpcCallWithoutAToken() {
        assertStatus(() -> anonymous.enforce(enforce(newAccount(), "spam")), Status.Code.UNAUTHENTICATED);
        assertStatus(() -> anonymous.getStanding(standingOf(newAccount())), Status.Code.UNAUTHENTICATED);
    }

    @Test
    void shouldRefuseAGrpcCallWithAForgedExpiredOrMisdirectedToken() {
        String unsigned = serviceClaims("intake-service", TestTokens.AUDIENCE).jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256).signWithSecret("x".repeat(32));
        String expired = serviceClaims("intake-service", TestTokens.AUDIENCE).issuedAt(1_000_000L).expiresAt(1_000_300L).sign();
        String otherAudience = serviceClaims("intake-service", "case-service").sign();

        for (String token : List.of("not-a-jwt", unsigned, expired, otherAudience)) {
            assertStatus(() -> withToken(anonymous, token).getStanding(standingOf(newAccount())), Status.Code.UNAUTHENTICATED);
        }
    }

    @Test
    void shouldRefuseAServiceOrPersonNotNamedAsACaller() {
        assertStatus(() -> withToken(anonymous, service("team-chat")).enforce(enforce(newAccount(), "spam")),
                Status.Code.PERMISSION_DENIED);
        assertStatus(() -> withToken(anonymous, service("team-chat")).getStanding(standingOf(newAccount())),
                Status.Code.PERMISSION_DENIED);
        assertStatus(() -> withToken(anonymous, person("rita", List.of("reviewer"))).getStanding(standingOf(newAccount())),
                Status.Code.PERMISSION_DENIED);
    }

    @Test
    void shouldServeIntakeServiceAndCaseService() {
        Subject subject = newAccount();

        EnforceResponse automated = withToken(anonymous, service("intake-service")).enforce(enforce(subject, "harassment"));
        EnforceResponse reviewed = withToken(anonymous, service("case-service")).enforce(enforce(subject, "harassment")
                .toBuilder().setOrigin(ActionOrigin.ACTION_ORIGIN_REVIEW).setActor("rita").build());

        assertThat(automated.getStanding().getActiveStrikes()).isEqualTo(1);
        assertThat(reviewed.getStanding().getActiveStrikes()).isEqualTo(2);
        for (String caller : List.of("intake-service", "case-service")) {
            assertThat(withToken(anonymous, service(caller)).getStanding(standingOf(subject)).getStanding().getTotalStrikes())
                    .isEqualTo(2);
        }
    }

    @Test
    void shouldLetASeniorReviewerReadStandingAndRevert() {
        Subject subject = newAccount();
        EnforceResponse warned = withToken(anonymous, service("intake-service")).enforce(enforce(subject, "harassment"));
        ActionServiceBlockingStub senior = withToken(anonymous, person("sam", List.of("senior-reviewer", "reviewer")));

        assertThat(senior.getStanding(standingOf(subject)).getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_WARNED);
        senior.revert(RevertRequest.newBuilder()
                .setActionId(warned.getAction().getActionId()).setReason("appeal overturned").setActor("sam").build());

        assertThat(senior.getStanding(standingOf(subject)).getStanding().getState()).isEqualTo(StandingState.STANDING_STATE_GOOD);
    }

    @Test
    void shouldRequireATokenForGrpcReflection() throws InterruptedException {
        assertThat(listServices(ServerReflectionGrpc.newStub(channel)))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
        assertThat(listServices(withToken(ServerReflectionGrpc.newStub(channel), service("intake-service"))))
                .isInstanceOf(ServerReflectionResponse.class);
    }

    @Test
    void shouldAnswerRestWithoutATokenWithUnauthenticatedProblem() {
        for (String path : List.of("/api/v1/subjects/account/acct-anyone/standing", VERIFY)) {
            given().get(path).then()
                    .statusCode(401)
                    .contentType(startsWith("application/problem+json"))
                    .body("status", equalTo(401))
                    .body("title", equalTo("Unauthenticated"));
        }
        String forCaseService = serviceClaims("bulwark-cli", "case-service").sign();
        as(forCaseService).get(VERIFY).then().statusCode(401).contentType(startsWith("application/problem+json"));
    }

    @Test
    void shouldForbidAReviewerTheAuditChainWithProblem() {
        as(person("rita", List.of("reviewer"))).get(VERIFY).then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403))
                .body("title", equalTo("Forbidden"))
                .body("instance", equalTo(VERIFY));
        as(service("intake-service")).get(STANDING, "acct-anyone").then().statusCode(403);
    }

    @Test
    void shouldLetEachNamedRoleReadWhatItMay() {
        asAuditor().get(VERIFY).then().statusCode(200).body("valid", equalTo(true));
        as(person("pat", List.of("policy-admin"))).get(VERIFY).then().statusCode(200);
        for (String role : List.of("reviewer", "senior-reviewer", "qa", "policy-admin", "auditor")) {
            as(person("someone", List.of(role))).get(STANDING, "acct-never-seen").then()
                    .statusCode(200)
                    .body("state", equalTo("GOOD"));
        }
        as(person("quinn", List.of("qa"))).get(VERIFY).then().statusCode(403);
    }

    @Test
    void shouldLeaveHealthAndMetricsOpen() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }

    /** The first reflection answer to a list_services request, or the call's failure. */
    private static Object listServices(ServerReflectionGrpc.ServerReflectionStub stub) throws InterruptedException {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        StreamObserver<ServerReflectionRequest> requests = stub.serverReflectionInfo(new StreamObserver<>() {
            @Override
            public void onNext(ServerReflectionResponse response) {
                outcome.complete(response);
            }

            @Override
            public void onError(Throwable failure) {
                outcome.complete(failure);
            }

            @Override
            public void onCompleted() {
                outcome.complete(null);
            }
        });
        requests.onNext(ServerReflectionRequest.newBuilder().setListServices("*").build());
        requests.onCompleted();
        try {
            return outcome.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no reflection answer", e);
        }
    }

    private static void assertStatus(ThrowingCallable call, Status.Code code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(code));
    }
}
