package dev.bulwark.cases;

import static dev.bulwark.cases.CaseFixtures.account;
import static dev.bulwark.cases.CaseFixtures.reader;
import static dev.bulwark.cases.CaseFixtures.request;
import static dev.bulwark.cases.CaseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.google.rpc.BadRequest;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.cases.v1.CaseServiceGrpc;
import dev.bulwark.proto.cases.v1.CaseSource;
import dev.bulwark.proto.cases.v1.OpenCaseRequest;
import dev.bulwark.proto.cases.v1.OpenCaseResponse;
import dev.bulwark.proto.common.v1.Subject;
import io.agroal.api.AgroalDataSource;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CASE"), @ResourceArg(name = "downstream", value = "ACTION")})
class OpenCaseGrpcTest {

    @GrpcClient("self")
    CaseServiceGrpc.CaseServiceBlockingStub anonymousCases;

    CaseServiceGrpc.CaseServiceBlockingStub cases;

    @Inject
    AgroalDataSource database;

    @BeforeEach
    void callAsIntake() {
        cases = TestTokens.withToken(anonymousCases, TestTokens.service("intake-service"));
    }

    @Test
    void shouldOpenACaseInTheQueueOfItsCategory() {
        Subject subject = account(unique("open"));

        OpenCaseResponse opened = cases.openCase(request(unique("submission"), subject, "spam"));

        assertThat(opened.getQueue()).isEqualTo("integrity");
        assertThat(opened.getJoinedExisting()).isFalse();
        assertThat(opened.getReplayed()).isFalse();
        reader().get("/api/v1/cases/{id}", opened.getCaseId()).then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("priority", equalTo(100))
                .body("itemCount", equalTo(1))
                .body("subject.id", equalTo(subject.getId()))
                .body("items[0].content.blurred", equalTo(true))
                .body("items[0].scores[0].name", equalTo("spam"))
                .body("events.type", contains("OPENED"));
    }

    @Test
    void shouldKeepWhatProducedEachItemAndShowWhyInTheCaseView() {
        Subject subject = account(unique("explained"));
        OpenCaseResponse opened = cases.openCase(request(unique("submission"), subject, "harassment"));
        cases.openCase(request(unique("report"), subject, null).toBuilder()
                .setSource(CaseSource.CASE_SOURCE_REPORT).setPolicyVersion("2026-11-26.1").build());

        reader().get("/api/v1/cases/{id}", opened.getCaseId()).then()
                .statusCode(200)
                .body("items[0].category", equalTo("harassment"))
                .body("items[0].policyVersion", equalTo("2026-11-26.1"))
                .body("items[0].modelVersions", contains(CaseFixtures.MODEL_VERSION))
                .body("items[0].explanation.reasons[0].category", equalTo("harassment"))
                .body("items[0].explanation.reasons[0].verdict", equalTo("REVIEW"))
                .body("items[0].explanation.reasons[0].score", equalTo(0.7f))
                .body("items[0].explanation.reasons[0].threshold", equalTo(0.5f))
                .body("items[0].explanation.reasons[0].autoEnforce", equalTo(true))
                .body("items[0].explanation.signals[0].id", equalTo("lexicon:harassment"))
                .body("items[0].explanation.signals[0].category", equalTo("harassment"))
                .body("items[0].explanation.signals[0].evidence[0].start", equalTo(10))
                .body("items[0].explanation.signals[0].evidence[0].end", equalTo(24))
                .body("items[1].category", nullValue())
                .body("items[1].policyVersion", equalTo("2026-11-26.1"))
                .body("items[1].modelVersions", empty())
                .body("items[1].explanation.reasons", empty())
                .body("items[1].explanation.signals", empty());
    }

    @Test
    void shouldReplayARetryWithTheSameSourceKeyWithoutAddingAnything() {
        OpenCaseRequest first = request(unique("submission"), account(unique("retry")), "spam");
        OpenCaseResponse opened = cases.openCase(first);

        OpenCaseResponse retried = cases.openCase(first);

        assertThat(retried.getCaseId()).isEqualTo(opened.getCaseId());
        assertThat(retried.getReplayed()).isTrue();
        assertThat(retried.getJoinedExisting()).isFalse();
        reader().get("/api/v1/cases/{id}", opened.getCaseId()).then()
                .body("itemCount", equalTo(1))
                .body("items", hasSize(1))
                .body("events", hasSize(1));
    }

    @Test
    void shouldJoinTheOpenCaseOfTheSameSubjectAndRaiseItsPriority() {
        Subject subject = account(unique("join"));
        OpenCaseResponse opened = cases.openCase(request(unique("submission"), subject, "fraud"));

        OpenCaseResponse joined = cases.openCase(request(unique("report"), subject, "fraud").toBuilder()
                .setSource(CaseSource.CASE_SOURCE_REPORT).setReach(999).build());

        assertThat(joined.getCaseId()).isEqualTo(opened.getCaseId());
        assertThat(joined.getJoinedExisting()).isTrue();
        assertThat(joined.getReplayed()).isFalse();
        reader().get("/api/v1/cases/{id}", opened.getCaseId()).then()
                .body("itemCount", equalTo(2))
                .body("items", hasSize(2))
                // HIGH band 300, one more item 3, one report 5, reach 999 gives floor(4 * log10(1000)) = 12
                .body("priority", equalTo(320))
                .body("events.type", contains("OPENED", "ITEM_ADDED"));
    }

    @Test
    void shouldKeepTheTenantOfTheFirstItem() throws Exception {
        Subject subject = account(unique("tenant"));
        OpenCaseResponse opened = cases.openCase(request(unique("submission"), subject, "fraud").toBuilder()
                .setTenant("acme").build());
        cases.openCase(request(unique("report"), subject, "fraud").toBuilder()
                .setSource(CaseSource.CASE_SOURCE_REPORT).setTenant("other-team").build());

        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT tenant FROM cases WHERE id = ?")) {
            select.setObject(1, UUID.fromString(opened.getCaseId()));
            ResultSet row = select.executeQuery();
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("acme");
        }
    }

    @Test
    void shouldOpenExactlyOneCaseWhenTenCallsRaceForOneSubject() throws Exception {
        Subject subject = account(unique("race"));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<OpenCaseResponse>> calls = IntStream.range(0, 10)
                    .<Callable<OpenCaseResponse>>mapToObj(i -> () -> cases.openCase(request(unique("race-item"), subject, "pii")))
                    .toList();
            List<OpenCaseResponse> responses = pool.invokeAll(calls).stream().map(CaseFixtures::get).toList();

            assertThat(responses).extracting(OpenCaseResponse::getCaseId).containsOnly(responses.get(0).getCaseId());
            assertThat(responses).filteredOn(r -> !r.getJoinedExisting()).hasSize(1);
            reader().get("/api/v1/cases/{id}", responses.get(0).getCaseId()).then()
                    .body("itemCount", equalTo(10))
                    .body("items", hasSize(10));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldRejectAnItemWithoutKeySourceOrSubjectWithFieldViolations() {
        OpenCaseRequest empty = OpenCaseRequest.newBuilder().setSubject(Subject.newBuilder().build()).build();

        assertThatThrownBy(() -> cases.openCase(empty))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(StatusProto.fromThrowable(e).getDetailsList())
                            .singleElement()
                            .satisfies(any -> assertThat(any.unpack(BadRequest.class).getFieldViolationsList())
                                    .extracting(BadRequest.FieldViolation::getField)
                                    .containsExactlyInAnyOrder("source_key", "source", "subject.type", "subject.id"));
                });
    }
}
