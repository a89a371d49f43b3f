package dev.bulwark.classifier.hashbank.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import dev.bulwark.classifier.grpc.TestTokens;
import dev.bulwark.classifier.hashbank.TestImages;
import dev.bulwark.classifier.image.Sha256;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import dev.bulwark.devstack.quarkus.OidcTestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The hash-bank admin API: policy admins only, every error as problem JSON. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CLASSIFIER")})
class HashBankResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.policyAdmin());
    }

    private static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a bank and returns its id. */
    static String createBank(String name, String category) {
        return asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "category", category, "description", "test bank"))
                .when().post("/v1/hash-banks")
                .then().statusCode(201)
                .extract().path("id");
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:bulwark:problem:" + type))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("instance", notNullValue());
    }

    @Test
    void shouldRefuseACallerWithoutATokenWithProblemJson() {
        problem(given().when().get("/v1/hash-banks").then(), 401, "unauthenticated");
        problem(given().contentType(ContentType.JSON).body(Map.of("name", "x", "category", "sexual/minors"))
                .when().post("/v1/hash-banks").then(), 401, "unauthenticated");
    }

    @Test
    void shouldRefuseATokenMeantForAnotherServiceOrForged() {
        String otherAudience = OidcTestTokens.person("paula", "case-service", List.of("policy-admin")).sign();

        for (String token : List.of(otherAudience, "not-a-jwt")) {
            problem(given().auth().oauth2(token).when().get("/v1/hash-banks").then(), 401, "unauthenticated");
        }
    }

    @Test
    void shouldRefuseCallersWithoutThePolicyAdminRole() {
        String reviewer = TestTokens.person("rita", "reviewer", "senior-reviewer");
        String intake = TestTokens.intakeService();

        for (String token : List.of(reviewer, intake)) {
            problem(given().auth().oauth2(token).when().get("/v1/hash-banks").then(), 403, "forbidden");
            problem(given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("hashes", List.of(Map.of("kind", "SHA256", "hash", "a".repeat(64)))))
                    .when().post("/v1/hash-banks/" + UUID.randomUUID() + "/hashes").then(), 403, "forbidden");
        }
    }

    @Test
    void shouldCreateAndDescribeABank() {
        String name = uniqueName("known-csam");

        String location = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "category", "sexual/minors", "description", "From the industry list"))
                .when().post("/v1/hash-banks")
                .then().statusCode(201)
                .body("name", equalTo(name))
                .body("category", equalTo("sexual/minors"))
                .body("enabled", equalTo(true))
                .body("createdBy", equalTo("paula"))
                .body("sha256Count", equalTo(0))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        asAdmin().when().get("/v1/hash-banks/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("description", equalTo("From the industry list"));
        asAdmin().when().get("/v1/hash-banks").then().statusCode(200)
                .body("banks.name", hasItem(name));
        assertThat(location).endsWith("/v1/hash-banks/" + id);
    }

    @Test
    void shouldRefuseASecondBankOfTheSameName() {
        String name = uniqueName("dup");
        createBank(name, "violence/graphic");

        problem(asAdmin().contentType(ContentType.JSON).body(Map.of("name", name, "category", "sexual/minors"))
                .when().post("/v1/hash-banks").then(), 409, "hash-bank-name-taken");
    }

    @Test
    void shouldNameEveryInvalidBankFieldWithoutEchoingIt() {
        String body = problem(asAdmin().contentType(ContentType.JSON).body(Map.of("name", "Bad Name!", "category", "csam"))
                .when().post("/v1/hash-banks").then(), 400, "invalid-request")
                .body("violations.field", containsInAnyOrder("name", "category"))
                .extract().asString();

        assertThat(body).doesNotContain("Bad Name", "csam");
        problem(asAdmin().contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/v1/hash-banks").then(), 400, "invalid-request");
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownBank() {
        String unknown = "/v1/hash-banks/" + UUID.randomUUID();

        problem(asAdmin().when().get(unknown).then(), 404, "hash-bank-not-found");
        problem(asAdmin().when().get("/v1/hash-banks/not-a-uuid").then(), 404, "hash-bank-not-found");
        problem(asAdmin().contentType(ContentType.JSON)
                .body(Map.of("hashes", List.of(Map.of("kind", "SHA256", "hash", "a".repeat(64)))))
                .when().post(unknown + "/hashes").then(), 404, "hash-bank-not-found");
        problem(asAdmin().contentType(ContentType.JSON).body(Map.of("enabled", false))
                .when().patch(unknown).then(), 404, "hash-bank-not-found");
    }

    @Test
    void shouldAddHashesOnceAndPageThroughThem() {
        String id = createBank(uniqueName("paged"), "violence/graphic");
        List<Map<String, String>> hashes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            hashes.add(Map.of("kind", i % 2 == 0 ? "SHA256" : "pdq", "hash", Integer.toHexString(10 + i).repeat(64), "label", "item " + i));
        }

        asAdmin().contentType(ContentType.JSON).body(Map.of("hashes", hashes))
                .when().post("/v1/hash-banks/" + id + "/hashes")
                .then().statusCode(200).body("added", equalTo(5)).body("alreadyPresent", equalTo(0));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("hashes", List.of(Map.of("kind", "SHA256", "hash", "A".repeat(64)), Map.of("kind", "SHA256", "hash", "f".repeat(64)))))
                .when().post("/v1/hash-banks/" + id + "/hashes")
                .then().statusCode(200).body("added", equalTo(1)).body("alreadyPresent", equalTo(1));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = asAdmin().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/v1/hash-banks/" + id + "/hashes").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("hashes.hash"));
            assertThat(page.getList("hashes.addedBy")).containsOnly("paula");
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("a".repeat(64), "b".repeat(64), "c".repeat(64), "d".repeat(64), "e".repeat(64), "f".repeat(64));
        asAdmin().when().get("/v1/hash-banks/" + id).then().body("sha256Count", equalTo(4)).body("pdqCount", equalTo(2));
        problem(asAdmin().queryParam("limit", 501).queryParam("cursor", "bogus").when().get("/v1/hash-banks/" + id + "/hashes").then(),
                400, "invalid-request").body("violations.field", containsInAnyOrder("limit", "cursor"));
    }

    @Test
    void shouldNameEachBadHashByItsPlaceInTheBatch() {
        String id = createBank(uniqueName("bad-hashes"), "violence/graphic");

        problem(asAdmin().contentType(ContentType.JSON)
                .body(Map.of("hashes", List.of(
                        Map.of("kind", "SHA256", "hash", "a".repeat(64)),
                        Map.of("kind", "PDQ", "hash", "a".repeat(63)),
                        Map.of("kind", "md5", "hash", "a".repeat(32)))))
                .when().post("/v1/hash-banks/" + id + "/hashes").then(), 400, "invalid-request")
                .body("violations.field", containsInAnyOrder("hashes[1].hash", "hashes[2].kind"));
        asAdmin().when().get("/v1/hash-banks/" + id).then().body("sha256Count", equalTo(0));
    }

    @Test
    void shouldRemoveAHash() {
        String id = createBank(uniqueName("removal"), "violence/graphic");
        asAdmin().contentType(ContentType.JSON).body(Map.of("hashes", List.of(Map.of("kind", "PDQ", "hash", "9".repeat(64)))))
                .when().post("/v1/hash-banks/" + id + "/hashes").then().statusCode(200);

        asAdmin().when().delete("/v1/hash-banks/" + id + "/hashes/pdq/" + "9".repeat(64)).then().statusCode(204);

        problem(asAdmin().when().delete("/v1/hash-banks/" + id + "/hashes/pdq/" + "9".repeat(64)).then(), 404, "hash-not-found");
        problem(asAdmin().when().delete("/v1/hash-banks/" + id + "/hashes/md5/" + "9".repeat(64)).then(), 400, "invalid-request")
                .body("violations.field", containsInAnyOrder("kind"));
        asAdmin().when().get("/v1/hash-banks/" + id).then().body("pdqCount", equalTo(0));
    }

    @Test
    void shouldStoreBothHashesOfAnUploadedImage() {
        String id = createBank(uniqueName("uploads"), "sexual/minors");
        byte[] png = TestImages.png(TestImages.picture(11));

        asAdmin().contentType(ContentType.BINARY).body(png).queryParam("label", "case 4711")
                .when().post("/v1/hash-banks/" + id + "/images")
                .then().statusCode(200)
                .body("sha256", equalTo(Sha256.hex(png)))
                .body("pdq", matchesPattern("[0-9a-f]{64}"))
                .body("quality", equalTo(100))
                .body("pdqStored", equalTo(true))
                .body("added", equalTo(2));

        asAdmin().when().get("/v1/hash-banks/" + id + "/hashes").then().statusCode(200)
                .body("hashes.kind", containsInAnyOrder("SHA256", "PDQ"))
                .body("hashes.label", containsInAnyOrder("case 4711", "case 4711"));
    }

    @Test
    void shouldStoreOnlyTheSha256OfAFlatImage() {
        String id = createBank(uniqueName("flat"), "sexual/minors");

        asAdmin().contentType(ContentType.BINARY).body(TestImages.png(TestImages.flat()))
                .when().post("/v1/hash-banks/" + id + "/images")
                .then().statusCode(200)
                .body("quality", equalTo(0))
                .body("pdqStored", equalTo(false))
                .body("added", equalTo(1));
    }

    @Test
    void shouldRefuseBytesThatAreNoImageOrTooLarge() {
        String id = createBank(uniqueName("refusals"), "sexual/minors");

        problem(asAdmin().contentType(ContentType.BINARY).body("plain text".getBytes())
                .when().post("/v1/hash-banks/" + id + "/images").then(), 400, "unreadable-image")
                .body("violations[0].field", equalTo("body"));
        problem(asAdmin().contentType(ContentType.BINARY).body(new byte[4 * 1024 * 1024 + 1])
                .when().post("/v1/hash-banks/" + id + "/images").then(), 413, "image-too-large")
                .body("detail", endsWith("4194304 bytes are accepted."));
        problem(asAdmin().contentType(ContentType.BINARY).body(new byte[0])
                .when().post("/v1/hash-banks/" + id + "/images").then(), 400, "invalid-request");
        asAdmin().when().get("/v1/hash-banks/" + id).then().body("sha256Count", equalTo(0));
    }
}
