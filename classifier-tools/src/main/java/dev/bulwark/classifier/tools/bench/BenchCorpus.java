package dev.bulwark.classifier.tools.bench;

import dev.bulwark.classifier.tools.texts.BundledTexts;
import dev.bulwark.classifier.tools.texts.HarmfulPhrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Short chat-like texts of 40 to 200 characters, the same for a given seed: most are ordinary messages,
 * a tenth each carry personal data, a link, or a harmful phrase, so every detector has work to do.
 */
public final class BenchCorpus {

    public static final int MIN_LENGTH = 40;
    public static final int MAX_LENGTH = 200;
    public static final long DEFAULT_SEED = 42;

    private static final String[] NAMES = {"jane", "omar", "li", "priya", "tom", "ana", "kofi", "mia"};

    private final List<String> clean = BundledTexts.cleanMessages();
    private final List<String> frames = BundledTexts.frames();
    private final List<HarmfulPhrase> harmful = BundledTexts.harmfulPhrases();

    /** {@code size} texts from {@code seed}. */
    public List<String> generate(int size, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            texts.add(text(random));
        }
        return texts;
    }

    private String text(Random random) {
        int target = MIN_LENGTH + random.nextInt(MAX_LENGTH - MIN_LENGTH + 1);
        int kind = random.nextInt(10);
        String first = switch (kind) {
            case 0 -> pick(clean, random) + " " + personalData(random);
            case 1 -> pick(clean, random) + " " + link(random);
            case 2 -> pick(frames, random).replace("{}", pick(harmful, random).phrase());
            default -> pick(clean, random);
        };
        StringBuilder text = new StringBuilder(first);
        while (text.length() < target) {
            text.append(' ').append(pick(clean, random));
        }
        return cut(text.toString());
    }

    /** At most {@value #MAX_LENGTH} characters, cut at a space. */
    private static String cut(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int space = text.lastIndexOf(' ', MAX_LENGTH);
        return space >= MIN_LENGTH ? text.substring(0, space) : text.substring(0, MAX_LENGTH);
    }

    private static String personalData(Random random) {
        String name = NAMES[random.nextInt(NAMES.length)];
        return random.nextBoolean()
                ? "Mail me at " + name + "." + (10 + random.nextInt(90)) + "@example.com"
                : String.format("Call me on +1 415 555 %04d", random.nextInt(10000));
    }

    private static String link(Random random) {
        return random.nextBoolean()
                ? "Details at https://example.com/item/" + random.nextInt(100000)
                : "Look: bit.ly/" + Integer.toString(random.nextInt(1 << 30), 36);
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
