package dev.bulwark.action.audit.rest;

import static dev.bulwark.action.TestTokens.asAuditor;
import static dev.bulwark.action.grpc.Requests.enforce;
import static dev.bulwark.action.grpc.Requests.newAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.action.IntakeServiceToken;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.ActionService;
import dev.bulwark.proto.action.v1.ActionServiceGrpc.ActionServiceBlockingStub;
import dev.bulwark.proto.action.v1.EnforceResponse;
import dev.bulwark.proto.action.v1.RevertRequest;
import io.agroal.api.AgroalDataSource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "ACTION")})
class AuditResourceTest {

    @GrpcClient("intake")
    @RegisterClientInterceptor(IntakeServiceToken.class)
    ActionServiceBlockingStub actions;

    @GrpcClient("intake")
    @RegisterClientInterceptor(IntakeServiceToken.class)
    ActionService asyncActions;

    @Inject
    AgroalDataSource dataSource;

    private static JsonPath verify() {
        return asAuditor().get("/api/v1/audit/verify").then()
                .statusCode(200)
                .contentType("application/json")
                .extract().jsonPath();
    }

    private long auditCount() throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM audit_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void shouldKeepTheChainIntactUnderABurstOfConcurrentEnforcements() throws SQLException {
        long before = auditCount();

        Uni.join()
                .all(IntStream.range(0, 30).mapToObj(i -> asyncActions.enforce(enforce(newAccount(), "spam"))).toList())
                .andFailFast()
                .await().atMost(Duration.ofSeconds(60));

        JsonPath result = verify();
        assertThat(result.getBoolean("valid")).isTrue();
        assertThat(result.getLong("entries")).isGreaterThanOrEqualTo(before + 30);
        assertThat(result.getString("firstBrokenSeq")).isNull();
        assertThat(auditCount()).isEqualTo(before + 30);
    }

    @Test
    void shouldRecordAReversalInTheChain() throws SQLException {
        EnforceResponse response = actions.enforce(enforce(newAccount(), "harassment"));
        actions.revert(RevertRequest.newBuilder()
                .setActionId(response.getAction().getActionId()).setReason("appeal overturned").build());

        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT event_type FROM audit_log WHERE action_id = ? ORDER BY seq")) {
            s.setObject(1, UUID.fromString(response.getAction().getActionId()));
            ResultSet rs = s.executeQuery();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ENFORCED");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("REVERTED");
        }
        assertThat(verify().getBoolean("valid")).isTrue();
    }

    @Test
    void shouldDetectARowAlteredInTheDatabase() throws SQLException {
        EnforceResponse response = actions.enforce(enforce(newAccount(), "harassment"));
        actions.enforce(enforce(newAccount(), "harassment"));
        UUID actionId = UUID.fromString(response.getAction().getActionId());

        try (Connection c = dataSource.getConnection()) {
            long seq;
            String original;
            try (PreparedStatement s = c.prepareStatement("SELECT seq, payload FROM audit_log WHERE action_id = ?")) {
                s.setObject(1, actionId);
                ResultSet rs = s.executeQuery();
                rs.next();
                seq = rs.getLong(1);
                original = rs.getString(2);
            }
            try {
                setPayload(c, seq, original.replace("\"WARN\"", "\"BAN\""));

                JsonPath result = verify();
                assertThat(result.getBoolean("valid")).isFalse();
                assertThat(result.getLong("firstBrokenSeq")).isEqualTo(seq);
            } finally {
                setPayload(c, seq, original);
            }
        }
        assertThat(verify().getBoolean("valid")).isTrue();
    }

    private static void setPayload(Connection c, long seq, String payload) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE audit_log SET payload = ? WHERE seq = ?")) {
            s.setString(1, payload);
            s.setLong(2, seq);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
