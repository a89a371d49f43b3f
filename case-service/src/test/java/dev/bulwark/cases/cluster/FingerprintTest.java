package dev.bulwark.cases.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final String PROMOTION = "Get 500 free followers today, visit our page and claim your reward "
            + "before the offer ends tonight friends";

    @Test
    void shouldGiveIdenticalTextsIdenticalFingerprints() {
        assertThat(distance(PROMOTION, PROMOTION)).isZero();
    }

    @Test
    void shouldSeeThroughTheObfuscationsTheClassifierNormalises() {
        assertThat(distance(PROMOTION, "GET 500 FREE FOLLOWERS TODAY!!! Visit our page, and claim your reward "
                + "before the offer ends tonight...   friends")).as("case, punctuation, whitespace").isZero();
        assertThat(distance(PROMOTION, "Get 500 fr33 f0ll0wers t0day, v1s1t our page and cla1m your reward "
                + "bef0re the offer ends t0night friends")).as("leetspeak").isZero();
        assertThat(distance(PROMOTION, "Get 500 fr\u0435\u0435 f\u043ell\u043ewers today, visit our p\u0430ge and claim your "
                + "reward before the offer ends tonight friends")).as("Cyrillic look-alikes").isZero();
        assertThat(distance(PROMOTION, "G\u00e9t 500 fr\u00e9e followers today, visit our page and claim your reward "
                + "before the offer ends tonight friends")).as("accents").isZero();
        assertThat(distance(PROMOTION, "Get 500 f r e e fol\u200blowers today, visit our page and claim your reward "
                + "before the offer ends tonight friends")).as("spaced letters, zero-width space").isZero();
        assertThat(distance(PROMOTION, "Get 500 freeeeee followers todaaaay, visit our page and claim your reward "
                + "before the offer ends tonight friends")).as("stretched letters").isZero();
    }

    /**
     * A one-word edit changes three of a 20-word text's 18 shingles, about 10 of 64 bits on average:
     * far nearer than unrelated text (about 32), yet rarely within the threshold of 3, which the band
     * lookup cannot exceed. Short texts cluster when they are copies up to the normalised obfuscations.
     */
    @Test
    void shouldPutAOneWordEditOfATwentyWordTextFarNearerThanUnrelatedText() {
        Random random = new Random(20);
        int trials = 300;
        int edited = 0;
        int unrelated = 0;
        int nearer = 0;
        for (int i = 0; i < trials; i++) {
            String text = words(random, 20);
            int editDistance = distance(text, editOneWord(random, text));
            int unrelatedDistance = distance(text, words(random, 20));
            edited += editDistance;
            unrelated += unrelatedDistance;
            nearer += editDistance < unrelatedDistance ? 1 : 0;
        }
        assertThat(edited / (double) trials).isBetween(6.0, 14.0);
        assertThat(unrelated / (double) trials).isBetween(29.0, 35.0);
        assertThat(nearer).isGreaterThanOrEqualTo(trials * 99 / 100);
    }

    @Test
    void shouldKeepAOneWordEditOfALongTextWithinTheThreshold() {
        Random random = new Random(2000);
        int trials = 100;
        int within = 0;
        for (int i = 0; i < trials; i++) {
            String text = words(random, 2000);
            within += distance(text, editOneWord(random, text)) <= Fingerprint.MAX_FINDABLE_DISTANCE ? 1 : 0;
        }
        assertThat(within).isGreaterThanOrEqualTo(90);
    }

    @Test
    void shouldPutUnrelatedTextsFarApart() {
        assertThat(distance(PROMOTION, "The meeting about the quarterly budget moved to Thursday afternoon, "
                + "please bring the printed figures and your questions")).isGreaterThan(16);
        assertThat(distance(PROMOTION, "Get 500 free followers")).as("a prefix is a different text").isGreaterThan(Fingerprint.MAX_FINDABLE_DISTANCE);
    }

    @Test
    void shouldFingerprintShortTextsByCharacters() {
        assertThat(distance("free crypto", "FR33 crypt0!")).isZero();
        assertThat(distance("free crypto", "free crypts")).isPositive();
        assertThat(Fingerprint.of("kys")).isPresent();
    }

    @Test
    void shouldNotFingerprintTextWithoutLettersOrDigits() {
        assertThat(Fingerprint.of(null)).isEmpty();
        assertThat(Fingerprint.of("   ")).isEmpty();
        assertThat(Fingerprint.of("!!! ??? ...")).isEmpty();
    }

    /** Stored fingerprints are compared with new ones, so a change of features, hash or normalisation shows here. */
    @Test
    void shouldKeepTheFingerprintOfAFixedTextAcrossReleases() {
        assertThat(Fingerprint.of(PROMOTION).orElseThrow().bits()).isEqualTo(0x20c470642b23ce53L);
    }

    @Test
    void shouldSplitTheBitsIntoSixteenBitBandsLowestFirst() {
        Fingerprint fingerprint = new Fingerprint(0xfedc_ba98_7654_3210L);

        assertThat(fingerprint.band(0)).isEqualTo(0x3210);
        assertThat(fingerprint.band(1)).isEqualTo(0x7654);
        assertThat(fingerprint.band(2)).isEqualTo(0xba98);
        assertThat(fingerprint.band(3)).isEqualTo(0xfedc);
    }

    private static int distance(String first, String second) {
        return Fingerprint.of(first).orElseThrow().distanceTo(Fingerprint.of(second).orElseThrow());
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(word(random));
        }
        return text.toString();
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 3 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String editOneWord(Random random, String text) {
        String[] words = text.split(" ");
        int at = random.nextInt(words.length);
        String replaced = words[at];
        while (words[at].equals(replaced)) {
            words[at] = word(random);
        }
        return String.join(" ", words);
    }
}
