package dev.bulwark.classifier.hashbank;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Pictures for the hash-bank tests: random shapes from a seed, and the copies a re-share makes of them. */
public final class TestImages {

    private TestImages() {}

    /** A 480 x 360 picture of overlapping coloured shapes, the same for the same seed. */
    public static BufferedImage picture(int seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(color(random));
        g.fillRect(0, 0, 480, 360);
        for (int i = 0; i < 10; i++) {
            g.setColor(color(random));
            int w = 40 + random.nextInt(240);
            int h = 40 + random.nextInt(180);
            if (random.nextBoolean()) {
                g.fillOval(random.nextInt(480) - w / 2, random.nextInt(360) - h / 2, w, h);
            } else {
                g.fillRect(random.nextInt(480) - w / 2, random.nextInt(360) - h / 2, w, h);
            }
        }
        g.dispose();
        return image;
    }

    /** One flat colour: PDQ rates it quality 0. */
    public static BufferedImage flat() {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, 200, 100);
        g.dispose();
        return image;
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The picture as a re-share would carry it: scaled to 60% and saved as a JPEG of quality 0.7. */
    public static byte[] reshared(BufferedImage image) {
        BufferedImage smaller = new BufferedImage(image.getWidth() * 3 / 5, image.getHeight() * 3 / 5, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smaller.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, smaller.getWidth(), smaller.getHeight(), null);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.7f);
            writer.write(null, new IIOImage(smaller, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static Color color(Random random) {
        return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256));
    }
}
