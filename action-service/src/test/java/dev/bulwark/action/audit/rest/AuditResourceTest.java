package dev.bulwark.action.audit.rest;

import static dev.bulwark.action.TestTokens.as;
import static dev.bulwark.action.TestTokens.asAuditor;
import static dev.bulwark.action.TestTokens.person;
import static dev.bulwark.action.grpc.Requests.enforce;
import static dev.bulwark.action.grpc.Requests.newAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;

import dev.bulwark.action.IntakeServiceToken;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.ActionService;
import dev.bulwark.proto.action.v1.ActionServiceGrpc.ActionServiceBlockingStub;
import dev.bulwark.proto.action.v1.EnforceResponse;
import dev.bulwark.proto.action.v1.RevertRequest;
import dev.bulwark.proto.common.v1.Subject;
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
import java.util.List;
import java.util.Map;
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

    @Test
    void shouldListEntriesInChainOrderWithTheirLinks() throws SQLException {
        Subject subject = newAccount();
        EnforceResponse warn = actions.enforce(enforce(subject, "harassment"));
        actions.enforce(enforce(subject, "harassment"));
        actions.enforce(enforce(subject, "harassment"));
        long seq = seqOf(UUID.fromString(warn.getAction().getActionId()));

        JsonPath page = asAuditor().queryParam("after", seq - 1).queryParam("limit", 2)
                .get("/api/v1/audit/entries").then()
                .statusCode(200)
                .contentType("application/json")
                .extract().jsonPath();

        List<Map<String, Object>> items = page.getList("items");
        assertThat(items).hasSize(2);
        Map<String, Object> first = items.get(0);
        assertThat(first).containsEntry("type", "ENFORCED")
                .containsEntry("actionId", warn.getAction().getActionId())
                .containsEntry("subjectType", "ACCOUNT")
                .containsEntry("subjectId", subject.getId())
                .containsEntry("actor", "intake-service")
                .containsKey("at");
        assertThat(((Number) first.get("seq")).longValue()).isEqualTo(seq);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT hash, prev_hash FROM audit_log WHERE seq = ?")) {
            s.setLong(1, seq);
            ResultSet rs = s.executeQuery();
            rs.next();
            assertThat(first).containsEntry("hash", rs.getString(1)).containsEntry("prevHash", rs.getString(2));
        }
        // The next entry links to this one, and another page follows it.
        assertThat(items.get(1)).containsEntry("prevHash", first.get("hash"));
        assertThat(page.getLong("nextAfter")).isEqualTo(((Number) items.get(1).get("seq")).longValue());
    }

    @Test
    void shouldRefuseABadPageAndCallersWhoAreNotAuditors() {
        asAuditor().queryParam("after", -1).queryParam("limit", 0).get("/api/v1/audit/entries").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", containsInAnyOrder("after", "limit"));
        asAuditor().queryParam("limit", 501).get("/api/v1/audit/entries").then().statusCode(400);
        as(person("rita", List.of("reviewer", "senior-reviewer", "qa"))).get("/api/v1/audit/entries").then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"));
        as(person("pat", List.of("policy-admin"))).get("/api/v1/audit/entries").then().statusCode(200);
    }

    @Test
    void shouldDetectARowDeletedFromTheDatabase() throws SQLException {
        long deleted = seqOfThreeEntriesInARow()[0];

        try (Connection c = dataSource.getConnection()) {
            long successor;
            Object[] row;
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM audit_log WHERE seq = ?")) {
                s.setLong(1, deleted);
                ResultSet rs = s.executeQuery();
                rs.next();
                row = new Object[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT min(seq) FROM audit_log WHERE seq > ?")) {
                s.setLong(1, deleted);
                ResultSet rs = s.executeQuery();
                rs.next();
                successor = rs.getLong(1);
            }
            try {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM audit_log WHERE seq = ?")) {
                    s.setLong(1, deleted);
                    assertThat(s.executeUpdate()).isEqualTo(1);
                }

                JsonPath result = verify();
                assertThat(result.getBoolean("valid")).isFalse();
                // The entry after the gap names a hash the chain no longer holds.
                assertThat(result.getLong("firstBrokenSeq")).isEqualTo(successor);
            } finally {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO audit_log VALUES (" + "?, ".repeat(row.length - 1) + "?)")) {
                    for (int i = 0; i < row.length; i++) {
                        s.setObject(i + 1, row[i]);
                    }
                    s.executeUpdate();
                }
            }
        }
        assertThat(verify().getBoolean("valid")).isTrue();
    }

    @Test
    void shouldDetectTwoRowsReorderedInTheDatabase() throws SQLException {
        long[] seqs = seqOfThreeEntriesInARow();
        long earlier = seqs[0];
        long later = seqs[1];

        try (Connection c = dataSource.getConnection()) {
            try {
                swap(c, earlier, later);

                JsonPath result = verify();
                assertThat(result.getBoolean("valid")).isFalse();
                // The later entry now stands first, linked to an entry that no longer precedes it.
                assertThat(result.getLong("firstBrokenSeq")).isEqualTo(earlier);
            } finally {
                swap(c, earlier, later);
            }
        }
        assertThat(verify().getBoolean("valid")).isTrue();
    }

    /**
     * Appends three entries and answers the first two's positions. Only those two are tampered with: the
     * third keeps them off the head of the chain, so entries appended meanwhile (by other tests or the
     * schedulers) link to an untouched head and the chain holds again once they are restored.
     */
    private long[] seqOfThreeEntriesInARow() throws SQLException {
        Subject subject = newAccount();
        UUID first = UUID.fromString(actions.enforce(enforce(subject, "spam")).getAction().getActionId());
        UUID second = UUID.fromString(actions.enforce(enforce(subject, "spam")).getAction().getActionId());
        actions.enforce(enforce(subject, "spam"));
        return new long[] {seqOf(first), seqOf(second)};
    }

    private long seqOf(UUID actionId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT seq FROM audit_log WHERE action_id = ?")) {
            s.setObject(1, actionId);
            ResultSet rs = s.executeQuery();
            assertThat(rs.next()).isTrue();
            return rs.getLong(1);
        }
    }

    /** Exchanges the positions of two entries in one transaction, so verification never sees one missing. */
    private static void swap(Connection c, long a, long b) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement("UPDATE audit_log SET seq = ? WHERE seq = ?")) {
            for (long[] move : new long[][] {{-a, a}, {a, b}, {b, -a}}) {
                s.setLong(1, move[0]);
                s.setLong(2, move[1]);
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            c.commit();
        } catch (SQLException | RuntimeException | Error e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
