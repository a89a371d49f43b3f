package dev.bulwark.action;

import static dev.bulwark.action.TestTokens.as;
import static dev.bulwark.action.TestTokens.person;
import static dev.bulwark.devstack.GrpcErrorDetails.violatedFields;
import static dev.bulwark.devstack.NaughtyStrings.urlEncoded;
import static dev.bulwark.action.grpc.Requests.enforce;
import static dev.bulwark.action.grpc.Requests.newAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.devstack.NaughtyStrings;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.action.v1.Action;
import dev.bulwark.proto.action.v1.ActionServiceGrpc.ActionServiceBlockingStub;
import dev.bulwark.proto.action.v1.EnforceRequest;
import dev.bulwark.proto.action.v1.GetStandingRequest;
import dev.bulwark.proto.action.v1.RevertRequest;
import dev.bulwark.proto.common.v1.SubjectType;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every string of the Big List of Naughty Strings in every text field of action-service's gRPC API
 * and every path id, query parameter and note of its REST API, one at a time with the rest valid:
 * never INTERNAL, UNKNOWN or a 5xx; a refusal is INVALID_ARGUMENT naming the field (NOT_FOUND for an
 * id of nothing) or an RFC 7807 problem; accepted strings that an action echoes come back unchanged.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "ACTION")})
class NaughtyStringsTest {

    /** Distinct, so an idempotency key is never reused with another request. */
    private static final List<String> NAUGHTY = NaughtyStrings.all().stream().distinct().toList();

    @GrpcClient("intake")
    @RegisterClientInterceptor(IntakeServiceToken.class)
    ActionServiceBlockingStub actions;

    private final List<String> failures = new ArrayList<>();

    @Test
    void shouldEnforceEveryNaughtyStringInEveryFieldOrRefuseItNamingTheField() {
        enforceEach("idempotency_key", EnforceRequest.Builder::setIdempotencyKey, null);
        enforceEach("subject.id", (b, s) -> b.getSubjectBuilder().setId(s), a -> a.getSubject().getId());
        enforceEach("subject.organization_id", (b, s) -> b.getSubjectBuilder()
                .setType(SubjectType.SUBJECT_TYPE_API_KEY).setOrganizationId(s), a -> a.getSubject().getOrganizationId());
        enforceEach("category", EnforceRequest.Builder::setCategory, Action::getCategory);
        enforceEach("reference_id", EnforceRequest.Builder::setReferenceId, Action::getReferenceId);
        enforceEach("policy_version", EnforceRequest.Builder::setPolicyVersion, null);
        enforceEach("actor", EnforceRequest.Builder::setActor, null);
        enforceEach("model_versions[0]", EnforceRequest.Builder::addModelVersions, a -> a.getModelVersions(0));
        enforceEach("signal_ids[0]", EnforceRequest.Builder::addSignalIds, a -> a.getSignalIds(0));
        enforceEach("tenant", EnforceRequest.Builder::setTenant, null);
        enforceEach("language", EnforceRequest.Builder::setLanguage, null);

        assertThat(failures).isEmpty();
    }

    @Test
    void shouldAnswerEveryNaughtyRevertAndStandingLookupWithoutFailing() {
        callEach("action_id", s -> actions.revert(RevertRequest.newBuilder().setActionId(s).setReason("r").setActor("a").build()));
        // Reverting an unknown action, so that one accepted revert does not turn the rest into conflicts.
        callEach("reason", s -> actions.revert(RevertRequest.newBuilder().setActionId(UUID.randomUUID().toString())
                .setReason(s).setActor("a").build()));
        callEach("actor", s -> actions.revert(RevertRequest.newBuilder().setActionId(UUID.randomUUID().toString())
                .setReason("r").setActor(s).build()));
        callEach("subject.id", s -> actions.getStanding(GetStandingRequest.newBuilder()
                .setSubject(newAccount().toBuilder().setId(s)).build()));

        assertThat(failures).isEmpty();
    }

    @Test
    void shouldAnswerEveryNaughtyPathIdQueryAndNoteWithAResultOrAProblem() {
        for (String type : List.of("account", "organization", "api-key")) {
            eachString("GET standing of " + type, s -> auditor().get("/api/v1/subjects/" + type + "/" + urlEncoded(s) + "/standing"));
        }
        eachString("GET standing type", s -> auditor().get("/api/v1/subjects/" + urlEncoded(s) + "/acct-1/standing"));
        eachString("GET actions cursor", s -> auditor().queryParam("cursor", urlEncoded(s)).get("/api/v1/subjects/account/acct-1/actions"));
        eachString("GET actions limit", s -> auditor().queryParam("limit", urlEncoded(s)).get("/api/v1/subjects/account/acct-1/actions"));
        eachString("GET audit after", s -> auditor().queryParam("after", urlEncoded(s)).get("/api/v1/audit/entries"));
        eachString("GET statements state", s -> auditor().queryParam("state", urlEncoded(s)).get("/api/v1/transparency/statements"));
        eachString("GET statements after", s -> auditor().queryParam("after", urlEncoded(s)).get("/api/v1/transparency/statements"));
        eachString("GET approvals cursor", s -> approver().queryParam("cursor", urlEncoded(s)).get("/api/v1/approvals"));
        for (String decision : List.of("approve", "reject")) {
            eachString(decision + " action id", s -> approver().contentType(ContentType.JSON).body(Map.of("note", "n"))
                    .post("/api/v1/approvals/" + urlEncoded(s) + "/" + decision));
            eachString(decision + " note", s -> approver().contentType(ContentType.JSON).body(Map.of("note", s))
                    .post("/api/v1/approvals/" + UUID.randomUUID() + "/" + decision));
        }

        assertThat(failures).isEmpty();
    }

    /**
     * Enforces on a fresh account per string with the string in {@code field}; where the action echoes
     * the field, {@code echoed} reads it back.
     */
    private void enforceEach(String field, BiConsumer<EnforceRequest.Builder, String> put, Function<Action, String> echoed) {
        for (int i = 0; i < NAUGHTY.size(); i++) {
            String s = NAUGHTY.get(i);
            EnforceRequest.Builder request = enforce(newAccount(), "spam").toBuilder();
            put.accept(request, s);
            try {
                Action action = actions.enforce(request.build()).getAction();
                check(echoed == null || s.equals(echoed.apply(action)), field, i, "came back changed");
            } catch (StatusRuntimeException e) {
                checkRefusal(field, i, e);
            }
        }
    }

    private void callEach(String field, Function<String, Object> call) {
        for (int i = 0; i < NAUGHTY.size(); i++) {
            try {
                call.apply(NAUGHTY.get(i));
            } catch (StatusRuntimeException e) {
                checkRefusal(field, i, e);
            }
        }
    }

    /** INVALID_ARGUMENT naming the field, or NOT_FOUND; anything else is a failure of action-service. */
    private void checkRefusal(String field, int index, StatusRuntimeException e) {
        Status.Code code = e.getStatus().getCode();
        if (code != Status.Code.NOT_FOUND) {
            List<String> violated = violatedFields(e);
            check(code == Status.Code.INVALID_ARGUMENT && violated.contains(field), field, index, code + " " + violated);
        }
    }

    /** Sends one request per naughty string: each is answered, or refused with a problem; never a 5xx. */
    private void eachString(String what, Function<String, Response> send) {
        for (int i = 0; i < NAUGHTY.size(); i++) {
            Response response = send.apply(NAUGHTY.get(i));
            check(response.statusCode() < 500, what, i, "status " + response.statusCode());
            check(response.statusCode() < 400 || response.contentType().startsWith("application/problem+json"), what, i,
                    "status " + response.statusCode() + " without a problem body");
        }
    }

    private static RequestSpecification auditor() {
        return TestTokens.asAuditor().urlEncodingEnabled(false).log().ifValidationFails();
    }

    private static RequestSpecification approver() {
        return as(person("sam", List.of("senior-reviewer"))).urlEncodingEnabled(false).log().ifValidationFails();
    }

    private void check(boolean ok, String what, int index, String problem) {
        if (!ok) {
            failures.add(what + " <- naughty string " + index + ": " + problem);
        }
    }
}
