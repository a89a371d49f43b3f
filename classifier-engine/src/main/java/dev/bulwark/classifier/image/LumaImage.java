package dev.bulwark.classifier.image;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * An image as luminance only, row-major floats in [0, 255]: {@code Y = 0.299 R + 0.587 G + 0.114 B}
 * (Rec. 601, as PDQ's reference). Alpha is ignored, as the reference does.
 */
public record LumaImage(float[] luma, int rows, int cols) {

    private static final float LUMA_FROM_R = 0.299f;
    private static final float LUMA_FROM_G = 0.587f;
    private static final float LUMA_FROM_B = 0.114f;

    public LumaImage {
        if (luma.length != rows * cols) {
            throw new IllegalArgumentException("luma holds " + luma.length + " values, not " + rows + " x " + cols);
        }
    }

    public static LumaImage of(BufferedImage image) {
        return isGray(image) ? fromGrayRaster(image) : fromRgb(image);
    }

    private static LumaImage fromRgb(BufferedImage image) {
        int rows = image.getHeight();
        int cols = image.getWidth();
        float[] luma = new float[rows * cols];
        int[] row = new int[cols];
        for (int y = 0; y < rows; y++) {
            image.getRGB(0, y, cols, 1, row, 0, cols);
            for (int x = 0; x < cols; x++) {
                int rgb = row[x];
                luma[y * cols + x] = LUMA_FROM_R * (rgb >> 16 & 0xff)
                        + LUMA_FROM_G * (rgb >> 8 & 0xff)
                        + LUMA_FROM_B * (rgb & 0xff);
            }
        }
        return new LumaImage(luma, rows, cols);
    }

    /**
     * Grey images are read from their samples: {@code getRGB} would treat the grey as linear light
     * and brighten it on the way to sRGB, which other PDQ implementations do not do.
     */
    private static LumaImage fromGrayRaster(BufferedImage image) {
        Raster raster = image.getRaster();
        int rows = image.getHeight();
        int cols = image.getWidth();
        float scale = 255f / ((1 << raster.getSampleModel().getSampleSize(0)) - 1);
        float[] luma = new float[rows * cols];
        int[] row = new int[cols];
        for (int y = 0; y < rows; y++) {
            raster.getSamples(0, y, cols, 1, 0, row);
            for (int x = 0; x < cols; x++) {
                luma[y * cols + x] = row[x] * scale;
            }
        }
        return new LumaImage(luma, rows, cols);
    }

    private static boolean isGray(BufferedImage image) {
        return image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
                && image.getColorModel().getNumColorComponents() == 1
                && image.getRaster().getSampleModel().getSampleSize(0) <= 16;
    }
}
