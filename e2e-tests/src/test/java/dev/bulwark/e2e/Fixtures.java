package dev.bulwark.e2e;

import dev.bulwark.demo.client.BulwarkClients;
import dev.bulwark.demo.client.CaseApi;
import dev.bulwark.demo.client.CasePage;
import dev.bulwark.demo.client.CaseSummary;
import dev.bulwark.demo.client.Requests;
import dev.bulwark.proto.common.v1.Subject;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the scenarios share: fresh identities, REST requests to case-service and reviewer moves. */
final class Fixtures {

    /** The realm user the suite reviews as: a senior reviewer works every queue. */
    static final String REVIEWER = "sam";

    private Fixtures() {}

    /** An idempotency key no other test uses. */
    static String key(String purpose) {
        return "e2e-" + purpose + "-" + UUID.randomUUID();
    }

    /** An account no other test uses, so every scenario starts from a clean standing. */
    static Subject freshAccount(String purpose) {
        return Requests.account("e2e-" + purpose + "-" + UUID.randomUUID());
    }

    /** A RESTAssured request to case-service as the reviewer, with their bearer token. */
    static RequestSpecification caseService(BulwarkClients clients) {
        return RestAssured.given()
                .baseUri(clients.cases().baseUri())
                .header("Authorization", clients.cases().authorization())
                .accept(ContentType.JSON)
                .contentType(ContentType.JSON)
                .log().ifValidationFails();
    }

    /** Every case of a queue about one subject, across all pages. */
    static List<CaseSummary> casesAbout(CaseApi cases, String queue, String subjectId) {
        List<CaseSummary> found = new ArrayList<>();
        String cursor = null;
        do {
            CasePage page = cases.list(queue, null, 100, cursor);
            page.items().stream().filter(c -> c.subject() != null && subjectId.equals(c.subject().id())).forEach(found::add);
            cursor = page.nextCursor();
        } while (cursor != null && !cursor.isEmpty());
        return found;
    }

    /**
     * Claims cases of a queue until the wanted one comes up, then gives the others back: other
     * scenarios may have left open cases in the same queue.
     */
    static Optional<CaseSummary> claimCase(CaseApi cases, String queue, String caseId) {
        List<CaseSummary> others = new ArrayList<>();
        try {
            for (int attempt = 0; attempt < 100; attempt++) {
                Optional<CaseSummary> claimed = cases.claim(queue);
                if (claimed.isEmpty() || claimed.get().id().equals(caseId)) {
                    return claimed;
                }
                others.add(claimed.get());
            }
            return Optional.empty();
        } finally {
            others.forEach(other -> cases.release(other.id()));
        }
    }
}
