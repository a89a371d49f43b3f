package dev.bulwark.e2e;

import static dev.bulwark.e2e.Fixtures.freshAccount;
import static dev.bulwark.e2e.Fixtures.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.proto.intake.v1.ReportReason;
import dev.bulwark.proto.intake.v1.ReportResponse;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * Queue assignment against the real realm (OWASP API1): reviewer {@code rita} works the queues in
 * her Keycloak {@code queues} attribute (abuse, integrity) and nothing else; a case elsewhere is not
 * even visible to her, while the senior reviewer sees it.
 */
@EndToEnd
class ReviewerAccessIT {

    private static final String RITA = "rita";
    private static final String OTHER_QUEUE = "violent-extremism";

    private final BulwarkClients clients;
    private final RunningStack stack;

    ReviewerAccessIT(BulwarkClients clients, RunningStack stack) {
        this.clients = clients;
        this.stack = stack;
    }

    @Test
    void shouldKeepAReviewerToTheQueuesAssignedToHer() {
        ReportResponse violence = clients.intake().report(Requests.report(key("violence"), freshAccount("reporter"),
                freshAccount("violent"), ReportReason.REPORT_REASON_VIOLENCE, "Threatens people in comments."));
        String caseId = violence.getCaseId();
        assertThat(caseId).isNotBlank();
        assertThat(clients.cases().get(caseId).path("queue").asText()).isEqualTo(OTHER_QUEUE);

        rita().get("/api/v1/cases/{id}", caseId).then().statusCode(404);
        rita().queryParam("queue", OTHER_QUEUE).get("/api/v1/cases").then().statusCode(403);
        rita().post("/api/v1/queues/{queue}/claim", OTHER_QUEUE).then()
                .statusCode(403)
                .body("type", equalTo("urn:bulwark:problem:queue-not-assigned"));
        rita().queryParam("queue", "integrity").get("/api/v1/cases").then().statusCode(200);
        Fixtures.caseService(clients).get("/api/v1/cases/{id}", caseId).then().statusCode(200);
    }

    private RequestSpecification rita() {
        return RestAssured.given()
                .baseUri(clients.cases().baseUri())
                .auth().oauth2(stack.userAccessToken(RITA))
                .accept(ContentType.JSON)
                .log().ifValidationFails();
    }
}
