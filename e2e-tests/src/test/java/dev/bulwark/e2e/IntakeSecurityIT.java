package dev.bulwark.e2e;

import static dev.bulwark.e2e.Fixtures.freshAccount;
import static dev.bulwark.e2e.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.Durations;
import com.google.rpc.RetryInfo;
import dev.bulwark.demo.client.BearerToken;
import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.CanonicalTexts;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.proto.intake.v1.GetSubmissionRequest;
import dev.bulwark.proto.intake.v1.IntakeServiceGrpc.IntakeServiceBlockingStub;
import dev.bulwark.proto.intake.v1.SubmitRequest;
import dev.bulwark.proto.intake.v1.SubmitResponse;
import io.grpc.CallCredentials;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Who may call intake and as which tenant, with real tokens from the realm's Keycloak. Expired and
 * forged-signature tokens are covered by intake-service's own tests, which can mint them.
 */
@EndToEnd
class IntakeSecurityIT {

    private final BulwarkClients clients;
    private final RunningStack stack;

    IntakeSecurityIT(BulwarkClients clients, RunningStack stack) {
        this.clients = clients;
        this.stack = stack;
    }

    @Test
    void shouldRefuseACallWithoutAToken() {
        assertThat(codeOf(() -> submitAs(null))).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @Test
    void shouldRefuseATokenThatIsNoJwt() {
        assertThat(codeOf(() -> submitAs(BearerToken.of("garbage")))).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @Test
    void shouldRefuseAProductTeamTokenNotMeantForIntake() {
        assertThat(codeOf(() -> submitAs(stack.clientToken("probe-no-audience")))).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @Test
    void shouldRefuseAClientWithoutTheProductTeamRole() {
        assertThat(codeOf(() -> submitAs(stack.clientToken("probe-no-role")))).isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    @Test
    void shouldRefuseAReviewersOwnToken() {
        // rita's token is genuine and names intake-service (policy admins start backtests there with
        // tokens of bulwark-cli), but she has no product-team role: intake authenticates her and refuses
        // the submission.
        assertThat(codeOf(() -> submitAs(stack.userToken("rita")))).isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    @Test
    void shouldHideOneTenantsSubmissionsFromAnother() throws InterruptedException {
        refillOtherTenantsQuota();
        SubmitResponse submitted = clients.intake().submit(Requests.chat(key("isolation"), freshAccount("isolation"), CanonicalTexts.ALLOW));
        GetSubmissionRequest lookup = GetSubmissionRequest.newBuilder().setSubmissionId(submitted.getSubmissionId()).build();

        assertThat(clients.intake().getSubmission(lookup).getSubmission().getVerdict()).isEqualTo(Verdict.VERDICT_ALLOW);
        assertThat(codeOf(() -> intakeAs(stack.clientToken(RunningStack.OTHER_TENANT)).getSubmission(lookup)))
                .isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void shouldHoldATenantToItsQuotaAndTellItWhenToRetry() throws Exception {
        IntakeServiceBlockingStub otherTenant = intakeAs(stack.clientToken(RunningStack.OTHER_TENANT));
        // The warm-up fetches the token, so the burst below is rapid; then the bucket refills.
        otherTenant.submit(chat("quota-warmup"));
        refillOtherTenantsQuota();

        // All at once, so the bucket cannot refill noticeably while the burst is under way.
        int calls = RunningStack.OTHER_TENANT_BURST + 5;
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        List<Future<StatusRuntimeException>> burst = new ArrayList<>();
        try {
            for (int call = 0; call < calls; call++) {
                burst.add(pool.submit(() -> catchThrowableOfType(StatusRuntimeException.class, () -> otherTenant.submit(chat("quota")))));
            }
            List<StatusRuntimeException> outcomes = new ArrayList<>();
            for (Future<StatusRuntimeException> f : burst) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            List<StatusRuntimeException> refused = outcomes.stream().filter(java.util.Objects::nonNull).toList();

            assertThat(refused).as("refusals of %d simultaneous calls with a burst of %d", calls, RunningStack.OTHER_TENANT_BURST)
                    .hasSizeBetween(calls - RunningStack.OTHER_TENANT_BURST - 2, calls - RunningStack.OTHER_TENANT_BURST)
                    .allSatisfy(e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED));
            assertThat(Durations.toMillis(retryInfo(refused.get(0)).getRetryDelay())).isBetween(1L, 1_000L);
        } finally {
            pool.shutdownNow();
        }
        assertThat(clients.intake().submit(chat("quota-other-team")).getVerdict()).isEqualTo(Verdict.VERDICT_ALLOW);
    }

    /** The other tenant's quota is tiny and shared by the tests of this class: wait until its bucket is full. */
    private static void refillOtherTenantsQuota() throws InterruptedException {
        Thread.sleep(1_000L * RunningStack.OTHER_TENANT_BURST / RunningStack.OTHER_TENANT_REQUESTS_PER_SECOND + 200);
    }

    private IntakeServiceBlockingStub intakeAs(CallCredentials credentials) {
        return clients.intakeAs(credentials);
    }

    private void submitAs(CallCredentials credentials) {
        intakeAs(credentials).submit(chat("security"));
    }

    private static SubmitRequest chat(String purpose) {
        return Requests.chat(key(purpose), freshAccount(purpose), CanonicalTexts.ALLOW);
    }

    private static Status.Code codeOf(Executable call) {
        try {
            call.execute();
            return Status.Code.OK;
        } catch (StatusRuntimeException e) {
            return e.getStatus().getCode();
        } catch (Throwable e) {
            throw new AssertionError("not a gRPC failure", e);
        }
    }

    private static RetryInfo retryInfo(StatusRuntimeException e) {
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        assertThat(status).as("google.rpc.Status details").isNotNull();
        return status.getDetailsList().stream()
                .filter(detail -> detail.is(RetryInfo.class))
                .findFirst()
                .map(detail -> {
                    try {
                        return detail.unpack(RetryInfo.class);
                    } catch (InvalidProtocolBufferException ex) {
                        throw new AssertionError("unreadable RetryInfo", ex);
                    }
                })
                .orElseThrow(() -> new AssertionError("no RetryInfo in the status details"));
    }
}
