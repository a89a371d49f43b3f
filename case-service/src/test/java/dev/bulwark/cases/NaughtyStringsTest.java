package dev.bulwark.cases;

import static dev.bulwark.cases.CaseFixtures.account;
import static dev.bulwark.cases.CaseFixtures.as;
import static dev.bulwark.cases.CaseFixtures.open;
import static dev.bulwark.cases.CaseFixtures.unique;
import static dev.bulwark.devstack.NaughtyStrings.urlEncoded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.devstack.NaughtyStrings;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.cases.v1.CaseServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every string of the Big List of Naughty Strings in every text field, query parameter and path id
 * of case-service's REST API, one at a time with the rest of the request valid: never a 5xx, every
 * refusal an RFC 7807 problem (a 400 naming the field where the string itself is invalid), and
 * accepted notes come back exactly as written.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CASE"), @ResourceArg(name = "downstream", value = "ACTION")})
class NaughtyStringsTest {

    private static final List<String> NAUGHTY = NaughtyStrings.all();

    @GrpcClient("self")
    CaseServiceGrpc.CaseServiceBlockingStub anonymousCases;

    CaseServiceGrpc.CaseServiceBlockingStub cases;

    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void callAsIntake() {
        cases = TestTokens.withToken(anonymousCases, TestTokens.service("intake-service"));
    }

    @Test
    void shouldKeepEveryNaughtyNoteAsWrittenOrRefuseItNamingTheText() {
        String caseId = open(cases, account(unique("naughty-notes")), "spam").getCaseId();
        List<String> kept = new ArrayList<>();

        for (int i = 0; i < NAUGHTY.size(); i++) {
            String text = NAUGHTY.get(i);
            Response response = as("ana").body(Map.of("text", text)).post("/api/v1/cases/{id}/notes", caseId);
            if (response.statusCode() == 201) {
                check(text.equals(response.jsonPath().getString("text")), "note", i, "echoed changed");
                kept.add(text);
            } else {
                checkInvalid(response, "text", "note", i);
            }
        }

        assertThat(failures).isEmpty();
        assertThat(kept).hasSizeGreaterThan(NAUGHTY.size() / 2);
        assertThat(as("ana").get("/api/v1/cases/{id}", caseId).jsonPath().getList("notes.text", String.class))
                .containsExactlyElementsOf(kept);
    }

    @Test
    void shouldAnswerEveryNaughtyFilterWithAPageOrAProblem() {
        for (String param : List.of("queue", "status", "kind", "category", "subjectType", "subjectId", "assignee",
                "createdFrom", "createdTo", "limit", "cursor")) {
            eachString("GET /api/v1/cases?" + param, s -> encoded(as("ana")).queryParam(param, urlEncoded(s)).get("/api/v1/cases"));
        }
        for (String param : List.of("queue", "limit")) {
            eachString("GET /api/v1/clusters?" + param, s -> encoded(as("ana")).queryParam(param, urlEncoded(s)).get("/api/v1/clusters"));
        }
        for (String param : List.of("from", "to")) {
            eachString("GET /api/v1/quality?" + param, s -> encoded(senior()).queryParam(param, urlEncoded(s)).get("/api/v1/quality"));
        }

        assertThat(failures).isEmpty();
    }

    @Test
    void shouldAnswerEveryNaughtyIdInAPathWithAProblem() {
        eachString("GET /api/v1/cases/{id}", s -> encoded(as("ana")).get("/api/v1/cases/" + urlEncoded(s)));
        eachString("POST /api/v1/cases/{id}/notes", s -> encoded(as("ana")).body(Map.of("text", "x"))
                .post("/api/v1/cases/" + urlEncoded(s) + "/notes"));
        eachString("POST /api/v1/cases/{id}/decision", s -> encoded(as("ana")).body(Map.of("outcome", "NOT_VIOLATING"))
                .post("/api/v1/cases/" + urlEncoded(s) + "/decision"));
        eachString("POST /api/v1/cases/{id}/release", s -> encoded(as("ana")).post("/api/v1/cases/" + urlEncoded(s) + "/release"));
        eachString("POST /api/v1/cases/{id}/items/{itemId}/reveal", s -> encoded(as("ana"))
                .post("/api/v1/cases/" + urlEncoded(s) + "/items/" + urlEncoded(s) + "/reveal"));
        eachString("POST /api/v1/queues/{queue}/claim", s -> encoded(as("ana")).post("/api/v1/queues/" + urlEncoded(s) + "/claim"));
        eachString("GET /api/v1/appeals/{id}", s -> encoded(senior()).get("/api/v1/appeals/" + urlEncoded(s)));
        eachString("GET /api/v1/clusters/{id}", s -> encoded(as("ana")).get("/api/v1/clusters/" + urlEncoded(s)));

        assertThat(failures).isEmpty();
    }

    @Test
    void shouldAnswerEveryNaughtyFieldOfADecisionOrAppealWithoutFailing() {
        // Nobody holds this case, so a decision that passes validation is refused as not claimed.
        String caseId = open(cases, account(unique("naughty-decisions")), "spam").getCaseId();
        Map<String, Object> decision = Map.of("outcome", "VIOLATING", "category", "spam", "action", "WARN", "note", "n");
        for (String field : decision.keySet()) {
            eachString("decision " + field, s -> as("ana").body(with(decision, field, s)).post("/api/v1/cases/{id}/decision", caseId));
            eachString("cluster decision " + field, s -> senior().body(with(decision, field, s))
                    .post("/api/v1/clusters/{id}/decision", UUID.randomUUID().toString()));
        }
        Map<String, Object> subject = Map.of("type", "ACCOUNT", "id", "acct-1", "organizationId", "org-1");
        Map<String, Object> appeal = Map.of("actionId", UUID.randomUUID().toString(), "subject", subject, "statement", "s");
        for (String field : List.of("actionId", "statement")) {
            eachString("appeal " + field, s -> senior().body(with(appeal, field, s)).post("/api/v1/appeals"));
        }
        for (String field : subject.keySet()) {
            eachString("appeal subject." + field, s -> senior().body(with(appeal, "subject", with(subject, field, s)))
                    .post("/api/v1/appeals"));
        }

        assertThat(failures).isEmpty();
    }

    private static RequestSpecification senior() {
        return as("sam", List.of("senior-reviewer"), TestTokens.ALL_QUEUES);
    }

    /** The request with its URL sent as given: the naughty strings in it are already percent-encoded. */
    private static RequestSpecification encoded(RequestSpecification request) {
        return request.urlEncodingEnabled(false);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    /** Sends one request per naughty string: each is answered, or refused with a problem; never a 5xx. */
    private void eachString(String what, Function<String, Response> send) {
        for (int i = 0; i < NAUGHTY.size(); i++) {
            Response response = send.apply(NAUGHTY.get(i));
            check(response.statusCode() < 500, what, i, "status " + response.statusCode());
            check(response.statusCode() < 400 || isProblem(response), what, i,
                    "status " + response.statusCode() + " without a problem body");
        }
    }

    private void checkInvalid(Response response, String field, String what, int index) {
        boolean named = response.statusCode() == 400 && isProblem(response)
                && List.of(field).equals(response.jsonPath().getList("violations.field", String.class));
        check(named, what, index, "status " + response.statusCode() + ": " + response.asString());
    }

    private static boolean isProblem(Response response) {
        return response.contentType().startsWith("application/problem+json");
    }

    private void check(boolean ok, String what, int index, String problem) {
        if (!ok) {
            failures.add(what + " <- naughty string " + index + ": " + problem);
        }
    }
}
