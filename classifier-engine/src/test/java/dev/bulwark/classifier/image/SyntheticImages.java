package dev.bulwark.classifier.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Test images drawn with java.awt from a seed, so every run sees the same pixels. */
final class SyntheticImages {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    private static final String[] WORDS = {"harbour", "lantern", "quartz", "meadow", "violet", "copper", "summit",
        "orbit", "willow", "ember", "falcon", "glacier", "juniper", "mosaic", "nectar", "pebble"};

    private SyntheticImages() {}

    /** One generator per kind of picture, named for test output. */
    enum Kind {
        SHAPES(SyntheticImages::shapes),
        GRADIENT(SyntheticImages::gradient),
        TEXT(SyntheticImages::text),
        NOISE(SyntheticImages::noise);

        private final IntFunction<BufferedImage> generator;

        Kind(IntFunction<BufferedImage> generator) {
            this.generator = generator;
        }

        BufferedImage draw(int seed) {
            return generator.apply(seed);
        }
    }

    /** {@code perKind} images of every kind, seeds 1 to perKind. */
    static List<BufferedImage> corpus(int perKind) {
        return Arrays.stream(Kind.values())
                .flatMap(kind -> IntStream.rangeClosed(1, perKind).mapToObj(kind::draw))
                .toList();
    }

    static BufferedImage shapes(int seed) {
        Random random = new Random(seed);
        BufferedImage image = blank(randomColor(random));
        Graphics2D g = graphics(image);
        for (int i = 0; i < 12; i++) {
            g.setColor(randomColor(random));
            int x = random.nextInt(WIDTH);
            int y = random.nextInt(HEIGHT);
            int w = 40 + random.nextInt(WIDTH / 2);
            int h = 40 + random.nextInt(HEIGHT / 2);
            switch (random.nextInt(3)) {
                case 0 -> g.fillRect(x - w / 2, y - h / 2, w, h);
                case 1 -> g.fillOval(x - w / 2, y - h / 2, w, h);
                default -> g.fillPolygon(new int[] {x, x + w / 2, x - w / 2}, new int[] {y - h / 2, y + h / 2, y + h / 2}, 3);
            }
        }
        g.dispose();
        return image;
    }

    static BufferedImage gradient(int seed) {
        Random random = new Random(seed);
        BufferedImage image = blank(Color.BLACK);
        Graphics2D g = graphics(image);
        g.setPaint(new GradientPaint(random.nextInt(WIDTH), random.nextInt(HEIGHT), randomColor(random),
                random.nextInt(WIDTH), random.nextInt(HEIGHT), randomColor(random)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < 3; i++) {
            float radius = 60 + random.nextInt(160);
            g.setPaint(new RadialGradientPaint(random.nextInt(WIDTH), random.nextInt(HEIGHT), radius,
                    new float[] {0f, 1f}, new Color[] {randomColor(random), new Color(0, 0, 0, 0)}));
            g.fillRect(0, 0, WIDTH, HEIGHT);
        }
        g.setStroke(new BasicStroke(12));
        g.setColor(randomColor(random));
        g.drawLine(random.nextInt(WIDTH), random.nextInt(HEIGHT), random.nextInt(WIDTH), random.nextInt(HEIGHT));
        g.dispose();
        return image;
    }

    static BufferedImage text(int seed) {
        Random random = new Random(seed);
        BufferedImage image = blank(randomColor(random));
        Graphics2D g = graphics(image);
        for (int line = 0; line < 6; line++) {
            g.setColor(randomColor(random));
            g.setFont(new Font(random.nextBoolean() ? Font.SERIF : Font.SANS_SERIF, Font.BOLD, 36 + random.nextInt(40)));
            String words = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
            g.drawString(words, random.nextInt(WIDTH / 3), 70 + line * 75);
        }
        g.dispose();
        return image;
    }

    /** Value noise: a 24 x 18 grid of random colours, bilinearly stretched over the image. */
    static BufferedImage noise(int seed) {
        Random random = new Random(seed);
        BufferedImage coarse = new BufferedImage(24, 18, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < coarse.getHeight(); y++) {
            for (int x = 0; x < coarse.getWidth(); x++) {
                coarse.setRGB(x, y, randomColor(random).getRGB());
            }
        }
        BufferedImage image = blank(Color.BLACK);
        Graphics2D g = graphics(image);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(coarse, 0, 0, WIDTH, HEIGHT, null);
        g.dispose();
        return image;
    }

    private static BufferedImage blank(Color background) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.dispose();
        return image;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private static Color randomColor(Random random) {
        return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
    }
}
