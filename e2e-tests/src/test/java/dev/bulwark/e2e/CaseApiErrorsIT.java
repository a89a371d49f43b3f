package dev.bulwark.e2e;

import static dev.bulwark.e2e.Fixtures.caseService;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.bulwark.demo.client.BulwarkClients;
import io.restassured.RestAssured;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** case-service answers mistakes with RFC 7807 problem documents. */
@EndToEnd
class CaseApiErrorsIT {

    private final BulwarkClients clients;

    CaseApiErrorsIT(BulwarkClients clients) {
        this.clients = clients;
    }

    @Test
    void shouldAnswerNotFoundProblemForAnUnknownCase() {
        caseService(clients)
                .get("/api/v1/cases/{id}", UUID.randomUUID().toString())
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void shouldRefuseAClaimWithoutAToken() {
        RestAssured.given()
                .baseUri(clients.cases().baseUri())
                .log().ifValidationFails()
                .post("/api/v1/queues/{queue}/claim", "abuse")
                .then()
                .statusCode(401);
    }
}
