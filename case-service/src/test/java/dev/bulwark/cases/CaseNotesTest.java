package dev.bulwark.cases;

import static dev.bulwark.cases.CaseFixtures.account;
import static dev.bulwark.cases.CaseFixtures.anonymous;
import static dev.bulwark.cases.CaseFixtures.as;
import static dev.bulwark.cases.CaseFixtures.claimUntil;
import static dev.bulwark.cases.CaseFixtures.open;
import static dev.bulwark.cases.CaseFixtures.reader;
import static dev.bulwark.cases.CaseFixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.cases.v1.CaseServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Internal notes on cases: who may write them, on which cases, and how they show. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CASE"), @ResourceArg(name = "downstream", value = "ACTION")})
class CaseNotesTest {

    @GrpcClient("self")
    CaseServiceGrpc.CaseServiceBlockingStub anonymousCases;

    CaseServiceGrpc.CaseServiceBlockingStub cases;

    @BeforeEach
    void callAsIntake() {
        cases = TestTokens.withToken(anonymousCases, TestTokens.service("intake-service"));
    }

    @Test
    void shouldAddANoteThatShowsInTheNotesAndTheHistory() {
        String caseId = open(cases, account(unique("noted")), "harassment").getCaseId();

        as("ana").body("{\"text\":\"Same wording as last week.\"}").post("/api/v1/cases/{id}/notes", caseId).then()
                .statusCode(201)
                .body("author", equalTo("ana"))
                .body("text", equalTo("Same wording as last week."))
                .body("createdAt", not(nullValue()));
        as("ben").body("{\"text\":\"Agreed.\"}").post("/api/v1/cases/{id}/notes", caseId).then().statusCode(201);

        reader().get("/api/v1/cases/{id}", caseId).then()
                .statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("notes.author", contains("ana", "ben"))
                .body("notes.text", contains("Same wording as last week.", "Agreed."))
                .body("events.type", contains("OPENED", "NOTE_ADDED", "NOTE_ADDED"))
                .body("events[1].actor", equalTo("ana"))
                .body("events[1].details.text", equalTo("Same wording as last week."));
    }

    @Test
    void shouldAcceptNotesOnClosedCases() {
        String caseId = open(cases, account(unique("closed-note")), "harassment").getCaseId();
        claimUntil("abuse", caseId, "ana");
        as("ana").body("{\"outcome\":\"NOT_VIOLATING\"}").post("/api/v1/cases/{id}/decision", caseId).then().statusCode(200);

        as("ana").body("{\"text\":\"Reporter confirmed it was a joke between friends.\"}")
                .post("/api/v1/cases/{id}/notes", caseId).then()
                .statusCode(201);

        reader().get("/api/v1/cases/{id}", caseId).then()
                .body("status", equalTo("CLOSED"))
                .body("decision.outcome", equalTo("NOT_VIOLATING"))
                .body("notes", hasSize(1))
                .body("events.type", contains("OPENED", "CLAIMED", "DECIDED", "NOTE_ADDED"));
    }

    @Test
    void shouldLetSeniorsQaAndPolicyAdminsWriteNotesButNotAuditors() {
        String caseId = open(cases, account(unique("overseen")), "spam").getCaseId();

        for (String role : List.of("senior-reviewer", "qa", "policy-admin")) {
            as(role + "-person", List.of(role), List.of()).body("{\"text\":\"seen by " + role + "\"}")
                    .post("/api/v1/cases/{id}/notes", caseId).then()
                    .statusCode(201)
                    .body("author", equalTo(role + "-person"));
        }
        reader().body("{\"text\":\"auditors only read\"}").post("/api/v1/cases/{id}/notes", caseId).then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:forbidden"));

        reader().get("/api/v1/cases/{id}", caseId).then()
                .body("notes.author", contains("senior-reviewer-person", "qa-person", "policy-admin-person"));
    }

    @Test
    void shouldKeepReviewersToTheQueuesTheyWork() {
        String spam = open(cases, account(unique("other-queue")), "spam").getCaseId();

        as("rita", List.of("reviewer"), List.of("abuse")).body("{\"text\":\"not mine\"}")
                .post("/api/v1/cases/{id}/notes", spam).then()
                .statusCode(404)
                .body("type", equalTo("urn:bulwark:problem:case-not-found"));
        as("rita", List.of("reviewer", "auditor"), List.of("abuse")).body("{\"text\":\"reads it, does not work it\"}")
                .post("/api/v1/cases/{id}/notes", spam).then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:queue-not-assigned"));
        as("rita", List.of("reviewer"), List.of("integrity")).body("{\"text\":\"mine\"}")
                .post("/api/v1/cases/{id}/notes", spam).then()
                .statusCode(201);

        reader().get("/api/v1/cases/{id}", spam).then().body("notes.text", contains("mine"));
    }

    @Test
    void shouldRejectEmptyAndOversizedNotes() {
        String caseId = open(cases, account(unique("validated")), "spam").getCaseId();

        for (String body : List.of("{\"text\":\"\"}", "{\"text\":\"   \"}", "{}", "{\"text\":\"" + "x".repeat(2001) + "\"}")) {
            as("ana").body(body).post("/api/v1/cases/{id}/notes", caseId).then()
                    .statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("urn:bulwark:problem:invalid-request"))
                    .body("violations.field", contains("text"));
        }
        as("ana").body("{\"text\":\"" + "x".repeat(2000) + "\"}").post("/api/v1/cases/{id}/notes", caseId).then()
                .statusCode(201);
        as("ana").body("{\"text\": ").post("/api/v1/cases/{id}/notes", caseId).then()
                .statusCode(400)
                .body("type", equalTo("urn:bulwark:problem:malformed-body"));

        reader().get("/api/v1/cases/{id}", caseId).then().body("notes", hasSize(1));
    }

    @Test
    void shouldAnswerAnUnknownCaseOrAMissingTokenWithAProblem() {
        as("ana").body("{\"text\":\"anyone there?\"}").post("/api/v1/cases/{id}/notes", UUID.randomUUID().toString()).then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:bulwark:problem:case-not-found"));
        anonymous().body("{\"text\":\"anyone there?\"}").post("/api/v1/cases/{id}/notes", UUID.randomUUID().toString()).then()
                .statusCode(401)
                .contentType(startsWith("application/problem+json"));
    }
}
