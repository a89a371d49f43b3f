package dev.bulwark.classifier.grpc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.classifier.v1.ClassifierServiceGrpc;
import dev.bulwark.proto.classifier.v1.ClassifierServiceGrpc.ClassifierServiceBlockingStub;
import dev.bulwark.proto.classifier.v1.GetPolicyRequest;
import dev.bulwark.proto.classifier.v1.ScoreRequest;
import dev.bulwark.proto.common.v1.Content;
import dev.bulwark.proto.common.v1.Verdict;
import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionGrpc.ServerReflectionStub;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only intake-service's service account may score; health and metrics stay open, reflection does not. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CLASSIFIER")})
class ServiceAuthTest {

    private static final ScoreRequest ALLOWED_TEXT = ScoreRequest.newBuilder()
            .setSurface("chat")
            .setContent(Content.newBuilder().setText("Thanks for the quick delivery, the blender works great."))
            .build();

    @GrpcClient("self")
    Channel channel;

    @Test
    void shouldRefuseACallWithoutAToken() {
        ClassifierServiceBlockingStub anonymous = ClassifierServiceGrpc.newBlockingStub(channel);

        assertStatus(() -> anonymous.score(ALLOWED_TEXT), Status.Code.UNAUTHENTICATED);
        assertStatus(() -> anonymous.getPolicy(GetPolicyRequest.getDefaultInstance()), Status.Code.UNAUTHENTICATED);
    }

    @Test
    void shouldRefuseAValidTokenOfAClientThatIsNotAnAllowedCaller() {
        String productTeam = TestTokens.serviceAccount("team-chat", TestTokens.AUDIENCE).sign();
        String reviewer = TestTokens.serviceAccount("bulwark-cli", TestTokens.AUDIENCE)
                .subject("reviewer-rita").claim("realm_access", Map.of("roles", List.of("reviewer"))).sign();

        for (String token : List.of(productTeam, reviewer)) {
            ClassifierServiceBlockingStub caller = classifierAs(token);
            assertStatus(() -> caller.score(ALLOWED_TEXT), Status.Code.PERMISSION_DENIED);
            assertStatus(() -> caller.getPolicy(GetPolicyRequest.getDefaultInstance()), Status.Code.PERMISSION_DENIED);
        }
    }

    @Test
    void shouldRefuseATokenForAnotherAudienceOrForgedOrExpired() {
        String otherAudience = TestTokens.serviceAccount("intake-service", "case-service").sign();
        String forged = TestTokens.serviceAccount("intake-service", TestTokens.AUDIENCE)
                .jws().algorithm(SignatureAlgorithm.HS256).signWithSecret("x".repeat(32));
        String expired = TestTokens.serviceAccount("intake-service", TestTokens.AUDIENCE)
                .issuedAt(1_000_000L).expiresAt(1_000_300L).sign();

        for (String token : List.of(otherAudience, forged, expired, "not-a-jwt")) {
            assertStatus(() -> classifierAs(token).score(ALLOWED_TEXT), Status.Code.UNAUTHENTICATED);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake-service"})
    void shouldServeEachAllowedCaller(String client) {
        ClassifierServiceBlockingStub caller = classifierAs(TestTokens.serviceAccount(client, TestTokens.AUDIENCE).sign());

        assertThat(caller.score(ALLOWED_TEXT).getDecision().getVerdict()).isEqualTo(Verdict.VERDICT_ALLOW);
        assertThat(caller.getPolicy(GetPolicyRequest.getDefaultInstance()).getPolicyVersion()).isNotBlank();
    }

    @Test
    void shouldLeaveHealthAndMetricsOpenWithoutAToken() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        assertThat(HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance()).getStatus())
                .isEqualTo(ServingStatus.SERVING);
    }

    @Test
    void shouldCloseEverythingElseOverHttpWithoutAToken() {
        given().when().get("/q/openapi").then().statusCode(401);
        given().when().get("/anything").then().statusCode(401);
    }

    @Test
    void shouldDescribeServicesByReflectionOnlyToAnAuthenticatedCaller() throws Exception {
        ServerReflectionStub anonymous = ServerReflectionGrpc.newStub(channel);
        assertThatThrownBy(() -> listServices(anonymous))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));

        ServerReflectionStub intake = TestTokens.withToken(anonymous, TestTokens.intakeService());
        assertThat(listServices(intake)).contains("bulwark.classifier.v1.ClassifierService");
    }

    private ClassifierServiceBlockingStub classifierAs(String token) {
        return TestTokens.withToken(ClassifierServiceGrpc.newBlockingStub(channel), token);
    }

    private static List<String> listServices(ServerReflectionStub reflection) throws Exception {
        CompletableFuture<ServerReflectionResponse> answer = new CompletableFuture<>();
        StreamObserver<ServerReflectionRequest> requests = reflection.serverReflectionInfo(new StreamObserver<>() {
            @Override
            public void onNext(ServerReflectionResponse response) {
                answer.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                answer.completeExceptionally(error);
            }

            @Override
            public void onCompleted() {
                answer.completeExceptionally(new IllegalStateException("reflection ended without an answer"));
            }
        });
        requests.onNext(ServerReflectionRequest.newBuilder().setListServices("*").build());
        requests.onCompleted();
        try {
            return answer.get(10, TimeUnit.SECONDS).getListServicesResponse().getServiceList().stream()
                    .map(ServiceResponse::getName).toList();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static void assertStatus(ThrowingCallable call, Status.Code code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(code));
    }
}
