package dev.bulwark.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.classifier.decision.Reason;
import dev.bulwark.classifier.image.ImageHashes;
import dev.bulwark.classifier.decision.Verdict;
import dev.bulwark.classifier.normalize.NormalizedText;
import dev.bulwark.classifier.normalize.TextNormalizer;
import dev.bulwark.classifier.signal.PrecomputedSignals;
import dev.bulwark.classifier.signal.Signal;
import dev.bulwark.classifier.signal.SignalProvider;
import dev.bulwark.classifier.signal.lexicon.BundledLexicons;
import dev.bulwark.classifier.signal.hashbank.BankHashes;
import dev.bulwark.classifier.signal.hashbank.HashBankIndex;
import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.Threshold;
import dev.bulwark.policy.UsagePolicy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    private static final UsagePolicy POLICY = PolicyLoader.loadBundled();
    private static final Surface CHAT = POLICY.surface("chat").orElseThrow();
    private static final Classifier CLASSIFIER = Classifier.withBundledRules();

    private static Classification classify(String text) {
        return CLASSIFIER.classify(POLICY, CHAT, text);
    }

    /** The lexicons' findings, without the spam model's weak signal that most short texts carry. */
    private static List<Signal> lexiconSignals(Classification c) {
        return c.signals().stream().filter(s -> s.id().startsWith("lexicon:")).toList();
    }

    @Test
    void shouldAllowOrdinaryText() {
        Classification c = classify("Thanks for the quick delivery, the blender works great.");

        assertThat(c.decision().verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(c.signals()).allSatisfy(s -> {
            assertThat(s.id()).isEqualTo("model:spam@1");
            assertThat(s.weight()).isLessThan(0.5);
        });
        assertThat(c.scores()).hasSize(POLICY.categories().size());
    }

    @Test
    void shouldLeaveShortEverydayChatAlone() {
        for (String text : new String[] {"hello", "ok", "hey, how are you doing?", "see you at 5 at the cafe",
                "Meeting moved to 3pm, see calendar invite", "Can you send me the report by Friday?"}) {
            assertThat(classify(text).decision().verdict()).as(text).isEqualTo(Verdict.ALLOW);
        }
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
    void shouldAllowProfanityThatInsultsNoOne() {
        Classification c = classify("Fuck, this shit is hard to assemble.");

        assertThat(c.decision().verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(lexiconSignals(c)).extracting(Signal::category).containsOnly("harassment");
    }

    @Test
    void shouldReviewASlurHiddenWithCyrillicLettersAndZeroWidthSpaces() {
        String text = "go away you k\u0456\u200Bk\u0435";
        Classification c = classify(text);

        assertThat(c.decision().verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(c.decision().reasons()).extracting(Reason::category).containsExactly("hate");
        assertThat(lexiconSignals(c)).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("lexicon:hate:cuss/en");
            assertThat(s.evidence()).singleElement().satisfies(span -> assertThat(span.of(text)).isEqualTo("k\u0456\u200Bk\u0435"));
        });
    }

    @Test
    void shouldNotMistakeAnAppendedIdForSpam() {
        Classification c = classify("You are a pathetic idiot and everyone knows it. MARKER-2f1c7a9e-5b43-4d0e-9c61-8a7d3e0b4f12");

        assertThat(c.decision().verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(c.decision().reasons()).extracting(Reason::category).containsExactly("harassment");
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
        assertThat(c.signals()).extracting(Signal::id).contains("url:shortener", "model:spam@1", "lexicon:spam:free money");
    }

    @Test
    void shouldReportPolicyAndModelVersions() {
        Classification c = classify("hello");

        assertThat(c.policyVersion()).isEqualTo(POLICY.version());
        assertThat(c.modelVersions()).contains(TextNormalizer.VERSION, BundledLexicons.VERSION, "pii-rules@1", "url-rules@1", "spam-model@1");
    }

    @Test
    void shouldScoreWithAnAddedDetectorToo() {
        SignalProvider fraudDetector = new SignalProvider() {
            @Override
            public String version() {
                return "fraud-test@1";
            }

            @Override
            public List<Signal> detect(NormalizedText text) {
                return List.of(new Signal("test:fraud", "fraud", 0.9, List.of()));
            }
        };

        Classification c = CLASSIFIER.with(fraudDetector).classify(POLICY, CHAT, "hello");

        assertThat(c.modelVersions()).endsWith("fraud-test@1");
        assertThat(c.decision().verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(CLASSIFIER.classify(POLICY, CHAT, "hello").decision().verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void shouldWeighPrecomputedSignalsWithItsOwnAndReportTheirVersion() {
        String text = "You are a pathetic idiot and everyone knows it.";
        double ownScore = classify(text).scores().get(0).score();
        Signal external = new Signal("external:guard:harassment", "harassment", 0.9, List.of());

        Classification c = CLASSIFIER.classify(POLICY, CHAT, text, List.of(),
                List.of(new PrecomputedSignals("external:guard@v1", List.of(external))));

        assertThat(c.signals()).contains(external);
        assertThat(c.scores().get(0).category()).isEqualTo("harassment");
        assertThat(c.scores().get(0).score()).isGreaterThan(ownScore).isGreaterThanOrEqualTo(0.9);
        assertThat(c.decision().verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(c.modelVersions()).endsWith("external:guard@v1").contains(BundledLexicons.VERSION);
    }

    @Test
    void shouldClassifyAloneWhenNothingWasPrecomputed() {
        String text = "You are a pathetic idiot and everyone knows it.";

        assertThat(CLASSIFIER.classify(POLICY, CHAT, text, List.of(), List.of())).isEqualTo(classify(text));
    }

    @Test
    void shouldReconsiderTheSameEvidenceUnderAnotherPolicy() {
        Classification done = classify("write to me at jane.doe@example.org");
        Surface stricterChat = new Surface("chat", "", CHAT.failureMode(), Map.of(
                Surface.DEFAULT, CHAT.thresholdFor("harassment"),
                "pii", new Threshold(0.3, 0.5, false)));
        UsagePolicy stricter = new UsagePolicy("stricter", "", POLICY.categories(), List.of(stricterChat),
                POLICY.routing(), POLICY.enforcement());

        Classification again = CLASSIFIER.reconsider(stricter, stricterChat, done);

        assertThat(done.decision().verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(again.decision().verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(again.policyVersion()).isEqualTo("stricter");
        assertThat(again.signals()).isEqualTo(done.signals());
        assertThat(again.modelVersions()).isEqualTo(done.modelVersions());
    }

    @Test
    void shouldBlockAndAutoEnforceContentWhoseImageIsInASexualMinorsBank() {
        String known = "a".repeat(64);
        Classifier withBanks = CLASSIFIER.withImageSignals(new HashBankIndex(
                List.of(new BankHashes("known-csam", "sexual/minors", Set.of(known), List.of())), HashBankIndex.DEFAULT_PDQ_THRESHOLD));

        Classification c = withBanks.classify(POLICY, CHAT, "", List.of(new ImageHashes(known, null)), List.of());

        assertThat(c.decision().verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(c.decision().reasons()).singleElement().satisfies(r -> {
            assertThat(r.category()).isEqualTo("sexual/minors");
            assertThat(r.autoEnforce()).isTrue();
        });
        assertThat(c.signals()).extracting(Signal::id).containsExactly("hashbank:known-csam:sha256");
        assertThat(c.modelVersions()).contains(HashBankIndex.VERSION);
        assertThat(withBanks.classify(POLICY, CHAT, "hello", List.of(new ImageHashes("b".repeat(64), null)), List.of()).decision().verdict())
                .isEqualTo(Verdict.ALLOW);
        assertThat(CLASSIFIER.classify(POLICY, CHAT, "", List.of(new ImageHashes(known, null)), List.of()).signals()).isEmpty();
    }
}
