package dev.bulwark.classifier.policy.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.bulwark.policy.PolicyDocument;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CLASSIFIER")})
class PolicyVersionRecorderTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRecordEveryKnownPolicyVersionAndDocumentHashOnce() throws Exception {
        PolicyDocument bundled = PolicyDocument.bundled();
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement(
                        "SELECT version, sha256, loaded_at FROM policy_versions WHERE version = ?")) {
            query.setString(1, bundled.version());
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("sha256")).isEqualTo(bundled.sha256());
                assertThat(rows.getTimestamp("loaded_at")).isNotNull();
                assertThat(rows.next()).as("one row per version and hash").isFalse();
            }
        }
    }

    @Test
    void shouldBeReadyWithDatabaseAndReportTheActivePolicyVersion() {
        given().when().get("/q/health/ready")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("usage-policy"))
                .body("checks.find { it.name == 'usage-policy' }.data.policy_version", equalTo("2026-11-26.1"))
                .body("checks.find { it.name == 'usage-policy' }.data.sha256", equalTo(PolicyDocument.bundled().sha256()))
                .body("checks.name", hasItem("Reactive PostgreSQL connections health check"));
    }
}
