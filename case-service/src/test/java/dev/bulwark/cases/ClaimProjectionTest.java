package dev.bulwark.cases;

import static dev.bulwark.cases.CaseFixtures.account;
import static dev.bulwark.cases.CaseFixtures.claimUntil;
import static dev.bulwark.cases.CaseFixtures.open;
import static dev.bulwark.cases.CaseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.cases.casefile.CaseEvent;
import dev.bulwark.cases.casefile.CaseEventType;
import dev.bulwark.cases.casefile.CaseState;
import dev.bulwark.cases.casefile.CaseStatus;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.cases.v1.CaseServiceGrpc;
import io.agroal.api.AgroalDataSource;
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
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The claim is the one status change written in SQL rather than through the journal; this pins that
 * the row it writes is exactly the projection of the case's event log, and that the exposure is counted.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CASE"), @ResourceArg(name = "downstream", value = "ACTION")})
class ClaimProjectionTest {

    @GrpcClient("self")
    CaseServiceGrpc.CaseServiceBlockingStub anonymousCases;

    @Inject
    AgroalDataSource database;

    @Test
    void shouldWriteTheProjectionOfTheClaimedEventAndCountTheExposure() throws SQLException {
        CaseServiceGrpc.CaseServiceBlockingStub cases =
                TestTokens.withToken(anonymousCases, TestTokens.service("intake-service"));
        String reviewer = unique("projection");
        String caseId = open(cases, account(unique("projected")), "fraud").getCaseId();

        claimUntil("integrity", caseId, reviewer);

        CaseState projected = CaseState.replay(events(UUID.fromString(caseId)));
        try (Connection connection = database.getConnection();
                PreparedStatement row = connection.prepareStatement("""
                        SELECT status, lease_owner, lease_claimed_at, lease_expires_at, updated_at FROM cases WHERE id = ?
                        """)) {
            row.setObject(1, UUID.fromString(caseId));
            try (ResultSet stored = row.executeQuery()) {
                assertThat(stored.next()).isTrue();
                assertThat(CaseStatus.valueOf(stored.getString("status"))).isEqualTo(projected.status())
                        .isEqualTo(CaseStatus.CLAIMED);
                assertThat(stored.getString("lease_owner")).isEqualTo(projected.lease().reviewer()).isEqualTo(reviewer);
                assertThat(instant(stored, "lease_claimed_at")).isEqualTo(projected.lease().claimedAt());
                assertThat(instant(stored, "lease_expires_at")).isEqualTo(projected.lease().expiresAt());
                assertThat(instant(stored, "updated_at")).isEqualTo(projected.lease().claimedAt());
            }
        }
        // claimUntil may hand out (and give back) other fraud cases before this one: each one counts
        assertThat(handedToday(reviewer, "fraud")).isPositive().isEqualTo(claimsOf(reviewer, "fraud"));
    }

    private List<CaseEvent> events(UUID caseId) throws SQLException {
        List<CaseEvent> log = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT type, actor, occurred_at, (details ->> 'leaseExpiresAt')::timestamptz AS until
                        FROM case_events WHERE case_id = ? ORDER BY id
                        """)) {
            query.setObject(1, caseId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    log.add(new CaseEvent(CaseEventType.valueOf(rows.getString("type")), rows.getString("actor"),
                            instant(rows, "occurred_at"), instant(rows, "until")));
                }
            }
        }
        return log;
    }

    private int handedToday(String reviewer, String category) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT handed FROM reviewer_exposure WHERE reviewer = ? AND category = ? AND day = (now() AT TIME ZONE 'UTC')::date
                        """)) {
            query.setString(1, reviewer);
            query.setString(2, category);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    private int claimsOf(String reviewer, String category) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id
                        WHERE e.type = 'CLAIMED' AND e.actor = ? AND c.category = ?
                        """)) {
            query.setString(1, reviewer);
            query.setString(2, category);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
