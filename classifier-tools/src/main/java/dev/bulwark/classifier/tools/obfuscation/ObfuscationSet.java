package dev.bulwark.classifier.tools.obfuscation;

import dev.bulwark.classifier.tools.texts.BundledTexts;
import dev.bulwark.classifier.tools.texts.HarmfulPhrase;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The obfuscation evaluation set: every harmful phrase inside a neutral frame, once per {@link Obfuscation},
 * and every clean message with a few of its words disguised the same way (so each variant also has
 * negatives). A row's random choices depend only on the seed and the row's id, so the set is the same
 * on every run and a row does not change when others are added.
 */
public final class ObfuscationSet {

    public static final long DEFAULT_SEED = 20261126L;
    /** Words of a clean message disguised in its non-plain variants, as many as a harmful phrase has. */
    private static final int CLEAN_SPAN = 4;

    private final List<HarmfulPhrase> phrases;
    private final List<String> frames;
    private final List<String> clean;

    public ObfuscationSet(List<HarmfulPhrase> phrases, List<String> frames, List<String> clean) {
        this.phrases = List.copyOf(phrases);
        this.frames = List.copyOf(frames);
        this.clean = List.copyOf(clean);
    }

    /** The harmful phrases, frames and clean messages shipped under {@code texts/}. */
    public static ObfuscationSet bundled() {
        return new ObfuscationSet(BundledTexts.harmfulPhrases(), BundledTexts.frames(), BundledTexts.cleanMessages());
    }

    /** Hands every row to {@code sink}: harmful rows first, variants in {@link Obfuscation} order, then clean rows. */
    public void generate(long seed, Consumer<SetRow> sink) {
        for (int p = 0; p < phrases.size(); p++) {
            HarmfulPhrase phrase = phrases.get(p);
            String key = String.format("harmful-%02d", p + 1);
            String frame = frames.get(new Random(seed ^ key.hashCode()).nextInt(frames.size()));
            for (Obfuscation obfuscation : Obfuscation.values()) {
                String id = key + "-" + obfuscation.id();
                String disguised = obfuscation.apply(phrase.phrase(), rowRandom(seed, id));
                sink.accept(new SetRow(id, frame.replace("{}", disguised), List.of(phrase.category()), obfuscation.id()));
            }
        }
        for (int c = 0; c < clean.size(); c++) {
            String key = String.format("clean-%02d", c + 1);
            for (Obfuscation obfuscation : Obfuscation.values()) {
                String id = key + "-" + obfuscation.id();
                sink.accept(new SetRow(id, disguiseSpan(clean.get(c), obfuscation, rowRandom(seed, id)), List.of(),
                        obfuscation.id()));
            }
        }
    }

    private static Random rowRandom(long seed, String id) {
        // String.hashCode is specified, so the stream is the same on every JVM.
        return new Random(seed * 31 + id.hashCode());
    }

    /** Disguises a run of up to {@value #CLEAN_SPAN} words, chosen at random, of a clean message. */
    private static String disguiseSpan(String message, Obfuscation obfuscation, Random random) {
        String[] words = message.split(" ");
        int length = Math.min(CLEAN_SPAN, words.length);
        int start = random.nextInt(words.length - length + 1);
        String span = String.join(" ", List.of(words).subList(start, start + length));
        String before = String.join(" ", List.of(words).subList(0, start));
        String after = String.join(" ", List.of(words).subList(start + length, words.length));
        StringBuilder out = new StringBuilder(before);
        if (!before.isEmpty()) {
            out.append(' ');
        }
        out.append(obfuscation.apply(span, random));
        if (!after.isEmpty()) {
            out.append(' ').append(after);
        }
        return out.toString();
    }
}
