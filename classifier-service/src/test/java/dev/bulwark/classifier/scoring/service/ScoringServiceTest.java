package dev.bulwark.classifier.scoring.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.decision.Verdict;
import dev.bulwark.policy.runtime.ActivePolicies;
import dev.bulwark.classifier.scoring.Classification;
import dev.bulwark.devstack.quarkus.BulwarkTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BulwarkTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "CLASSIFIER")})
class ScoringServiceTest {

    @Inject
    ScoringService scoring;

    @Inject
    ActivePolicies activePolicy;

    @Test
    void shouldCountDecisionsByVerdictCategorySurfaceAndPolicyVersionAndTimeThem() {
        var policy = activePolicy.active();
        Classification c = scoring.score(policy, policy.policy().surface("api").orElseThrow(), "I will kill you")
                .await().atMost(Duration.ofSeconds(10));
        assertThat(c.decision().verdict()).isEqualTo(Verdict.BLOCK);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).containsPattern(
                "bulwark_classifier_decisions_total\\{category=\"(?!none)[^\"]+\",[^}]*policy_version=\"2026-11-26.1\"[^}]*surface=\"api\"[^}]*verdict=\"BLOCK\"[^}]*} [1-9]");
        assertThat(metrics).contains("bulwark_classifier_score_duration_seconds_count")
                .as("percentile buckets for histogram_quantile")
                .containsPattern("bulwark_classifier_score_duration_seconds_bucket\\{le=\"[0-9.]+\"");
    }

    @Test
    void shouldScoreShortTextsInPlaceAndLongTextsOnAWorkerThread() {
        var policy = activePolicy.active();
        var chat = policy.policy().surface("chat").orElseThrow();
        AtomicReference<String> shortThread = new AtomicReference<>();
        AtomicReference<String> longThread = new AtomicReference<>();

        scoring.score(policy, chat, "hello").invoke(() -> shortThread.set(Thread.currentThread().getName()))
                .await().atMost(Duration.ofSeconds(10));
        scoring.score(policy, chat, "word ".repeat(1000)).invoke(() -> longThread.set(Thread.currentThread().getName()))
                .await().atMost(Duration.ofSeconds(10));

        assertThat(shortThread.get()).isEqualTo(Thread.currentThread().getName());
        assertThat(longThread.get()).startsWith("executor-thread");
    }
}
