package dev.bulwark.classifier.tools.images;

import dev.bulwark.classifier.image.ImageFingerprinter;
import dev.bulwark.classifier.image.ImageHashes;
import dev.bulwark.classifier.image.PdqHash;
import dev.bulwark.classifier.signal.hashbank.BankHashes;
import dev.bulwark.classifier.signal.hashbank.HashBankIndex;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * {@code classifier pdq-bench}: how long decoding and hashing one uploaded image takes at common
 * sizes, and how long matching one image against a bank of 100 000 PDQ hashes takes (the linear
 * scan scoring runs). Prints medians and 95th percentiles; nothing is asserted.
 */
public final class PdqBenchmark {

    private static final int[][] SIZES = {{640, 480}, {1920, 1080}, {4000, 3000}};
    private static final int BANK_SIZE = 100_000;
    private static final int QUERIES = 2_000;

    private final ImageFingerprinter fingerprinter = new ImageFingerprinter();

    public static void run(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        PdqBenchmark benchmark = new PdqBenchmark();
        benchmark.hashing(rounds);
        benchmark.matching();
    }

    private void hashing(int rounds) throws IOException {
        System.out.printf("decode + SHA-256 + PDQ per image, %d rounds after warm-up%n", rounds);
        for (int[] size : SIZES) {
            BufferedImage image = picture(size[0], size[1], new Random(size[0]));
            for (String format : new String[] {"jpeg", "png"}) {
                byte[] bytes = encode(image, format);
                for (int i = 0; i < 3; i++) {
                    fingerprinter.fingerprint(bytes);
                }
                double[] millis = new double[rounds];
                for (int i = 0; i < rounds; i++) {
                    long start = System.nanoTime();
                    fingerprinter.fingerprint(bytes);
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                System.out.printf("  %4d x %4d %-4s %7.1f KiB   median %7.1f ms   p95 %7.1f ms%n",
                        size[0], size[1], format, bytes.length / 1024.0, percentile(millis, 0.5), percentile(millis, 0.95));
            }
        }
    }

    private void matching() {
        Random random = new Random(1);
        List<PdqHash> bank = new ArrayList<>(BANK_SIZE);
        for (int i = 0; i < BANK_SIZE; i++) {
            bank.add(randomPdq(random));
        }
        HashBankIndex index = new HashBankIndex(List.of(new BankHashes("bench", "sexual/minors", Set.of(), bank)),
                HashBankIndex.DEFAULT_PDQ_THRESHOLD);
        List<ImageHashes> queries = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            queries.add(new ImageHashes(null, randomPdq(random)));
        }
        for (int i = 0; i < 200; i++) {
            index.detect(List.of(queries.get(i)));
        }
        double[] micros = new double[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            index.detect(List.of(queries.get(i)));
            micros[i] = (System.nanoTime() - start) / 1e3;
        }
        System.out.printf("PDQ match of one image against %d bank hashes (linear scan)   median %.0f us   p95 %.0f us%n",
                BANK_SIZE, percentile(micros, 0.5), percentile(micros, 0.95));
    }

    private static PdqHash randomPdq(Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PdqHash.fromHex(HexFormat.of().formatHex(bytes));
    }

    /** Soft colour blobs over a gradient: photo-like structure at every size. */
    private static BufferedImage picture(int width, int height, Random random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, color(random), width, height, color(random)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 40; i++) {
            g.setColor(color(random));
            int w = width / 20 + random.nextInt(width / 3);
            int h = height / 20 + random.nextInt(height / 3);
            g.fillOval(random.nextInt(width) - w / 2, random.nextInt(height) - h / 2, w, h);
        }
        g.dispose();
        return image;
    }

    private static Color color(Random random) {
        return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
