package dev.bulwark.classifier.tools.obfuscation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The obfuscation evaluation set: every seed phrase inside a neutral frame, once per {@link Obfuscation},
 * and every clean message with a few of its words disguised the same way (so each variant also has
 * negatives). A row's random choices depend only on the seed and the row's id, so the set is the same
 * on every run and a row does not change when others are added.
 */
public final class ObfuscationSet {

    public static final long DEFAULT_SEED = 20261126L;
    /** Words of a clean message disguised in its non-plain variants, as many as a seed phrase has. */
    private static final int CLEAN_SPAN = 4;

    private final List<SeedPhrase> seeds;
    private final List<String> frames;
    private final List<String> clean;

    public ObfuscationSet(List<SeedPhrase> seeds, List<String> frames, List<String> clean) {
        this.seeds = List.copyOf(seeds);
        this.frames = List.copyOf(frames);
        this.clean = List.copyOf(clean);
    }

    /** The seed phrases, frames and clean messages shipped under {@code obfuscation/}. */
    public static ObfuscationSet bundled() {
        List<SeedPhrase> seeds = lines("obfuscation/seeds.tsv").stream().map(line -> {
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IllegalStateException("seed line is not <category> TAB <phrase>: " + line);
            }
            return new SeedPhrase(parts[0], parts[1]);
        }).toList();
        return new ObfuscationSet(seeds, lines("obfuscation/frames.txt"), lines("obfuscation/clean.txt"));
    }

    /** Hands every row to {@code sink}: seed rows first, variants in {@link Obfuscation} order, then clean rows. */
    public void generate(long seed, Consumer<SetRow> sink) {
        for (int s = 0; s < seeds.size(); s++) {
            SeedPhrase phrase = seeds.get(s);
            String key = String.format("seed-%02d", s + 1);
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

    private static List<String> lines(String resource) {
        InputStream in = ObfuscationSet.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
