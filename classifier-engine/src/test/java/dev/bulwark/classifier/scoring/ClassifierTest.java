package dev.bulwark.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.decision.Reason;
import dev.bulwark.classifier.image.ImageHashes;
import dev.bulwark.classifier.decision.Verdict;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.signal.hashbank.BankHashes;
import dev.bulwark.classifier.signal.hashbank.HashBankIndex;
import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.UsagePolicy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    private static final UsagePolicy POLICY = PolicyLoader.loadBundled();
    private static final Surface CHAT = POLICY.surface("chat").orElseThrow();
    private static final Classifier CLASSIFIER = Classifier.withBundledRules();

    private static Classification classify(String text) {
        return CLASSIFIER.classify(POLICY, CHAT, text);
    }

    @Test
    void shouldAllowOrdinaryText() {
        Classification c = classify("Thanks for the quick delivery, the blender works great.");

        assertThat(c.decision().verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(c.signals()).isEmpty();
        assertThat(c.scores()).hasSize(POLICY.categories().size());
    }

    @Test
    void shouldReviewInsultsWithAndWithoutEvasion() {
        for (String text : new String[] {"You are a pathetic idiot and everyone knows it.", "y0u are a p a t h e t i c 1d10t"}) {
            Classification c = classify(text);

            assertThat(c.decision().verdict()).as(text).isEqualTo(Verdict.REVIEW);
            assertThat(c.decision().reasons()).extracting(Reason::category).containsExactly("harassment");
            assertThat(c.scores().get(0).category()).isEqualTo("harassment");
        }
    }

    @Test
    void shouldReviewPersonalDataWithoutAutoEnforcement() {
        Classification c = classify("Call me at +1 415 555 0100 or mail jane.doe@example.com");

        assertThat(c.decision().verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(c.decision().reasons()).singleElement().satisfies(r -> {
            assertThat(r.category()).isEqualTo("pii");
            assertThat(r.autoEnforce()).isFalse();
        });
    }

    @Test
    void shouldBlockAndAutoEnforceThreats() {
        Classification c = classify("I will kill you and burn your house down.");

        assertThat(c.decision().verdict()).isEqualTo(Verdict.BLOCK);
        Reason first = c.decision().reasons().get(0);
        assertThat(first.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(first.category()).isIn("violence", "harassment/threatening");
        assertThat(first.autoEnforce()).isTrue();
    }

    @Test
    void shouldBlockAndAutoEnforceSpam() {
        String text = "FREE MONEY!!! Buy cheap pills now at http://bit.ly/cheap-pills click here";
        Classification c = classify(text);

        assertThat(c.decision().verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(c.decision().reasons().get(0)).satisfies(r -> {
            assertThat(r.category()).isEqualTo("spam");
            assertThat(r.autoEnforce()).isTrue();
        });
        assertThat(c.signals()).extracting(Signal::id).contains("url:shortener", "spam:exclamations", "lexicon:spam:free money");
    }

    @Test
    void shouldReportPolicyAndModelVersions() {
        Classification c = classify("hello");

        assertThat(c.policyVersion()).isEqualTo(POLICY.version());
        assertThat(c.modelVersions()).contains("lexicon@2026-11-26", "pii-rules@1", "url-rules@1", "spam-heuristics@1");
    }

    @Test
    void shouldScoreTheLargestAcceptedTextQuickly() {
        String text = "Thanks for the quick delivery, the blender works great. ".repeat(1150);
        long start = System.nanoTime();
        Classification c = classify(text);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(c.decision().verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(millis).isLessThan(2_000);
    }

    @Test
    void shouldBlockAndAutoEnforceContentWhoseImageIsInASexualMinorsBank() {
        String known = "a".repeat(64);
        Classifier withBanks = CLASSIFIER.withImageSignals(new HashBankIndex(
                List.of(new BankHashes("known-csam", "sexual/minors", Set.of(known), List.of())), HashBankIndex.DEFAULT_PDQ_THRESHOLD));

        Classification c = withBanks.classify(POLICY, CHAT, "", List.of(new ImageHashes(known, null)));

        assertThat(c.decision().verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(c.decision().reasons()).singleElement().satisfies(r -> {
            assertThat(r.category()).isEqualTo("sexual/minors");
            assertThat(r.autoEnforce()).isTrue();
        });
        assertThat(c.signals()).extracting(Signal::id).containsExactly("hashbank:known-csam:sha256");
        assertThat(c.modelVersions()).contains(HashBankIndex.VERSION);
        assertThat(withBanks.classify(POLICY, CHAT, "hello", List.of(new ImageHashes("b".repeat(64), null))).decision().verdict())
                .isEqualTo(Verdict.ALLOW);
        assertThat(CLASSIFIER.classify(POLICY, CHAT, "", List.of(new ImageHashes(known, null))).signals()).isEmpty();
    }
}
