package dev.bulwark.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.proto.cases.v1.CaseServiceGrpc;
import dev.bulwark.proto.cases.v1.CaseSource;
import dev.bulwark.proto.cases.v1.OpenCaseRequest;
import dev.bulwark.proto.cases.v1.OpenCaseResponse;
import dev.bulwark.proto.classifier.v1.Evidence;
import dev.bulwark.proto.classifier.v1.Reason;
import dev.bulwark.proto.classifier.v1.Signal;
import dev.bulwark.proto.common.v1.CategoryScore;
import dev.bulwark.proto.common.v1.Content;
import dev.bulwark.proto.common.v1.Subject;
import dev.bulwark.proto.common.v1.SubjectType;
import dev.bulwark.proto.common.v1.Verdict;
import dev.bulwark.cases.queue.application.LeaseReaper;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** What the Quarkus tests share: fresh subjects and keys, OpenCase requests and reviewer moves. */
public final class CaseFixtures {

    private CaseFixtures() {}

    /** A value no other test uses. */
    public static String unique(String purpose) {
        return purpose + "-" + UUID.randomUUID();
    }

    public static Subject account(String id) {
        return Subject.newBuilder().setType(SubjectType.SUBJECT_TYPE_ACCOUNT).setId(id).build();
    }

    /** The model version the fixture items were scored by. */
    public static final String MODEL_VERSION = "lexicon-2026.11";

    /**
     * An item as intake sends it; with a category it carries what the classifier found: a score of
     * 0.7 that reached the review threshold 0.5, and signal {@code lexicon:<category>} on "pathetic idiot"
     * (see {@link #text()}).
     */
    public static OpenCaseRequest request(String sourceKey, Subject subject, String category) {
        OpenCaseRequest.Builder request = OpenCaseRequest.newBuilder()
                .setSourceKey(sourceKey)
                .setSource(CaseSource.CASE_SOURCE_SUBMISSION)
                .setSubject(subject)
                .setReferenceId("ref-" + sourceKey)
                .setSurface("chat")
                .setContent(Content.newBuilder().setText(text()).setLanguage("en"))
                .setPolicyVersion("2026-11-26.1")
                .addReasons("classifier");
        if (category != null) {
            request.setCategory(category)
                    .addScores(CategoryScore.newBuilder().setName(category).setConfidence(0.7f))
                    .addModelVersions(MODEL_VERSION)
                    .addSignals(Signal.newBuilder().setId("lexicon:" + category).setCategory(category).setScore(0.7f)
                            .addEvidence(Evidence.newBuilder().setStart(10).setEnd(24)))
                    .addCategoryReasons(Reason.newBuilder().setCategory(category).setVerdict(Verdict.VERDICT_REVIEW)
                            .setScore(0.7f).setThreshold(0.5f).setAutoEnforce(true));
        }
        return request.build();
    }

    /**
     * "You are a pathetic idiot and everyone knows it." followed by two random ids, so that fixture
     * items are never near-duplicates of one another and their cases do not cluster.
     */
    private static String text() {
        return "You are a pathetic idiot and everyone knows it. Ref " + UUID.randomUUID() + " " + UUID.randomUUID();
    }

    public static OpenCaseResponse open(CaseServiceGrpc.CaseServiceBlockingStub cases, Subject subject, String category) {
        return cases.openCase(request(unique("submission"), subject, category));
    }

    /** A REST request as a reviewer of every queue of the bundled policy. */
    public static RequestSpecification as(String reviewer) {
        return withToken(TestTokens.person(reviewer, List.of("reviewer"), TestTokens.ALL_QUEUES));
    }

    /** A REST request as a person with the given roles and assigned queues. */
    public static RequestSpecification as(String person, List<String> roles, List<String> queues) {
        return withToken(TestTokens.person(person, roles, queues));
    }

    /** A REST request as an auditor: reads everything, changes nothing. */
    public static RequestSpecification reader() {
        return withToken(TestTokens.person("audrey", List.of("auditor"), List.of()));
    }

    private static RequestSpecification withToken(String token) {
        return RestAssured.given()
                .auth().oauth2(token)
                .contentType(ContentType.JSON)
                .log().ifValidationFails();
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType(ContentType.JSON).log().ifValidationFails();
    }

    /**
     * Claims cases of a queue until the wanted one comes up and gives the others back, since other
     * tests may have left cases in the same queue. Returns the claim response of the wanted case.
     */
    public static Response claimUntil(String queue, String caseId, String reviewer) {
        return claimUntil(queue, caseId, reviewer, List.of("reviewer"));
    }

    /** {@link #claimUntil(String, String, String)} as a person with the given roles, assigned every policy queue. */
    public static Response claimUntil(String queue, String caseId, String person, List<String> roles) {
        List<String> others = new ArrayList<>();
        try {
            for (int attempt = 0; attempt < 200; attempt++) {
                Response claimed = as(person, roles, TestTokens.ALL_QUEUES).post("/api/v1/queues/{queue}/claim", queue);
                assertThat(claimed.statusCode()).as("claim in %s", queue).isEqualTo(200);
                String id = claimed.jsonPath().getString("id");
                if (id.equals(caseId)) {
                    return claimed;
                }
                others.add(id);
            }
            throw new AssertionError("case " + caseId + " never came up in " + queue);
        } finally {
            others.forEach(other -> as(person, roles, TestTokens.ALL_QUEUES)
                    .post("/api/v1/cases/{id}/release", other).then().statusCode(204));
        }
    }

    /** Returns every case whose lease or hold ran out to its queue, other tests' included, as the reaper's schedule would. */
    public static void returnExpiredCases(LeaseReaper reaper) throws Throwable {
        while (VertxContextSupport.subscribeAndAwait(reaper::returnExpired) > 0) {
            // one batch at a time until none is left
        }
    }

    /** The result of a finished task; its failure fails the test. */
    public static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new AssertionError("concurrent call failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
