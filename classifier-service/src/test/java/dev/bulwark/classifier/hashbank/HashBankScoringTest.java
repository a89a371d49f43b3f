package dev.bulwark.classifier.hashbank;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.bulwark.classifier.grpc.TestTokens;
import dev.bulwark.classifier.hashbank.active.HashBankMatcher;
import dev.bulwark.classifier.hashbank.persistence.HashEntryRepository;
import dev.bulwark.classifier.image.ImageFingerprinter;
import dev.bulwark.classifier.image.PdqHash;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.proto.classifier.v1.ClassifierServiceGrpc.ClassifierServiceBlockingStub;
import dev.bulwark.proto.classifier.v1.Reason;
import dev.bulwark.proto.classifier.v1.ScoreRequest;
import dev.bulwark.proto.classifier.v1.ScoreResponse;
import dev.bulwark.proto.classifier.v1.Signal;
import dev.bulwark.proto.common.v1.Content;
import dev.bulwark.proto.common.v1.ImageRef;
import dev.bulwark.proto.common.v1.Verdict;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Score matches images against the enabled banks by their hashes, exactly and perceptually. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CLASSIFIER")})
class HashBankScoringTest {

    @GrpcClient("self")
    ClassifierServiceBlockingStub anonymous;

    @Inject
    HashBankMatcher matcher;

    @Inject
    HashEntryRepository entries;

    ClassifierServiceBlockingStub classifier;

    @BeforeEach
    void callAsIntakeService() {
        classifier = TestTokens.withToken(anonymous, TestTokens.intakeService());
    }

    @Test
    void shouldBlockAndAutoEnforceAnImageWhoseSha256IsInASexualMinorsBank() {
        String bank = bank("sexual/minors");
        String sha256 = UUID.randomUUID().toString().replace("-", "").repeat(2);
        addHash(bank, "SHA256", sha256);

        ScoreResponse response = score("chat", ImageRef.newBuilder().setUri("s3://b/k.png").setSha256(sha256.toUpperCase()));

        assertThat(response.getDecision().getVerdict()).isEqualTo(Verdict.VERDICT_BLOCK);
        assertThat(response.getDecision().getReasonsList()).singleElement().satisfies(r -> {
            assertThat(r.getCategory()).isEqualTo("sexual/minors");
            assertThat(r.getAutoEnforce()).isTrue();
        });
        assertThat(response.getSignalsList()).singleElement().satisfies(s -> {
            assertThat(s.getId()).isEqualTo("hashbank:" + name(bank) + ":sha256");
            assertThat(s.getScore()).isEqualTo(1.0f);
            assertThat(s.getEvidenceList()).isEmpty();
        });
        assertThat(response.getModelVersionsList()).contains("hash-banks@1");
    }

    @Test
    void shouldMatchAResizedJpegCopyOfABankedImageByItsPdqHash() {
        String bank = bank("sexual/minors");
        var original = TestImages.picture(21);
        given().auth().oauth2(TestTokens.policyAdmin()).contentType(ContentType.BINARY).body(TestImages.png(original))
                .when().post("/v1/hash-banks/" + bank + "/images").then().statusCode(200);
        // The product team hashes what it holds: a smaller JPEG re-share, never the banked bytes.
        var copy = new ImageFingerprinter().fingerprint(TestImages.reshared(original));

        ScoreResponse response = score("api", ImageRef.newBuilder().setSha256(copy.sha256()).setPdq(copy.pdq().hash().hex()));

        assertThat(response.getDecision().getVerdict()).isEqualTo(Verdict.VERDICT_BLOCK);
        Signal signal = response.getSignalsList().get(0);
        assertThat(signal.getId()).isEqualTo("hashbank:" + name(bank) + ":pdq");
        assertThat(signal.getScore()).isBetween(0.8f, 1.0f);
        assertThat(response.getDecision().getReasonsList()).extracting(Reason::getAutoEnforce).containsExactly(true);
    }

    @Test
    void shouldNotMatchADisabledBank() {
        String bank = bank("sexual/minors");
        PdqHash pdq = PdqHash.fromHex(UUID.randomUUID().toString().replace("-", "").repeat(2));
        addHash(bank, "PDQ", pdq.hex());
        assertThat(score("chat", ImageRef.newBuilder().setPdq(pdq.hex())).getDecision().getVerdict()).isEqualTo(Verdict.VERDICT_BLOCK);

        given().auth().oauth2(TestTokens.policyAdmin()).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().patch("/v1/hash-banks/" + bank).then().statusCode(200).body("enabled", equalTo(false));

        ScoreResponse response = score("chat", ImageRef.newBuilder().setPdq(pdq.hex()));
        assertThat(response.getSignalsList()).isEmpty();
        assertThat(response.getDecision().getVerdict()).isEqualTo(Verdict.VERDICT_ALLOW);
    }

    @Test
    void shouldJudgeAMatchInAnotherCategoryByTheSurfaceThresholds() {
        String bank = bank("violence/graphic");
        String sha256 = UUID.randomUUID().toString().replace("-", "").repeat(2);
        addHash(bank, "SHA256", sha256);

        ScoreResponse chat = score("chat", ImageRef.newBuilder().setSha256(sha256));
        ScoreResponse api = score("api", ImageRef.newBuilder().setSha256(sha256));

        assertThat(chat.getDecision().getReasonsList()).singleElement().satisfies(r -> {
            assertThat(r.getCategory()).isEqualTo("violence/graphic");
            assertThat(r.getVerdict()).isEqualTo(Verdict.VERDICT_BLOCK);
            assertThat(r.getAutoEnforce()).isTrue();
        });
        assertThat(api.getDecision().getReasonsList()).extracting(Reason::getAutoEnforce).containsExactly(false);
    }

    @Test
    void shouldPickUpHashesAddedThroughAnotherReplicaOnReload() throws Throwable {
        String bank = bank("sexual/minors");
        String sha256 = UUID.randomUUID().toString().replace("-", "").repeat(2);
        // Written straight to the database, as another replica's admin call would, so this replica's
        // matcher has not been told.
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> entries.insertIfAbsent(UUID.fromString(bank),
                new NewHashEntry(HashKind.SHA256, sha256, null, null), "paula", OffsetDateTime.now(ZoneOffset.UTC))));

        VertxContextSupport.subscribeAndAwait(matcher::refresh);

        assertThat(score("chat", ImageRef.newBuilder().setSha256(sha256)).getSignalsList())
                .extracting(Signal::getId).containsExactly("hashbank:" + name(bank) + ":sha256");
    }

    private ScoreResponse score(String surface, ImageRef.Builder image) {
        return classifier.score(ScoreRequest.newBuilder()
                .setSurface(surface)
                .setContent(Content.newBuilder().addImages(image))
                .setCorrelationId("hash-bank-test")
                .build());
    }

    /** Creates an enabled bank in {@code category}; returns its id. */
    private static String bank(String category) {
        return given().auth().oauth2(TestTokens.policyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", "bank-" + UUID.randomUUID().toString().substring(0, 8), "category", category))
                .when().post("/v1/hash-banks")
                .then().statusCode(201).extract().path("id");
    }

    private static String name(String bankId) {
        return given().auth().oauth2(TestTokens.policyAdmin()).when().get("/v1/hash-banks/" + bankId)
                .then().statusCode(200).extract().path("name");
    }

    private static void addHash(String bankId, String kind, String hash) {
        given().auth().oauth2(TestTokens.policyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("hashes", List.of(Map.of("kind", kind, "hash", hash))))
                .when().post("/v1/hash-banks/" + bankId + "/hashes")
                .then().statusCode(200);
    }
}
