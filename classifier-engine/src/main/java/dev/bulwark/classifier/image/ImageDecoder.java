package dev.bulwark.classifier.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes PNG, JPEG, BMP and GIF (first frame) with javax.imageio, reading the dimensions from the
 * header first so that a small file claiming a huge image is refused before any pixel is decoded.
 * Images above {@code maxDecodedPixels} are decoded with every n-th pixel in each direction, which
 * keeps memory bounded; PDQ averages cells of 1/64 of the image anyway, so the hash moves by only a
 * few bits.
 */
public final class ImageDecoder {

    /** Refused outright above this: 50 megapixels (for example 10 000 x 5 000). */
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;
    /** Decoded at full resolution up to this: 4 megapixels, about 16 MB of luminance. */
    public static final long DEFAULT_MAX_DECODED_PIXELS = 4_000_000L;

    private static final Set<String> FORMATS = Set.of("png", "jpeg", "bmp", "gif");

    private final long maxPixels;
    private final long maxDecodedPixels;

    public ImageDecoder() {
        this(DEFAULT_MAX_PIXELS, DEFAULT_MAX_DECODED_PIXELS);
    }

    public ImageDecoder(long maxPixels, long maxDecodedPixels) {
        this.maxPixels = maxPixels;
        this.maxDecodedPixels = maxDecodedPixels;
    }

    public BufferedImage decode(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = supportedReader(input);
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < PdqHasher.MIN_DIMENSION || height < PdqHasher.MIN_DIMENSION) {
                    throw new UnreadableImageException("the image must be at least "
                            + PdqHasher.MIN_DIMENSION + " pixels wide and high");
                }
                if (width * height > maxPixels) {
                    throw new UnreadableImageException("the image has more than " + maxPixels + " pixels");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsamplingStep(width * height);
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableImageException unreadable) {
                throw unreadable;
            }
            throw new UnreadableImageException("the bytes are not a readable PNG, JPEG, BMP or GIF image", e);
        }
    }

    /** The smallest step n such that taking every n-th pixel each way stays within the decode limit. */
    int subsamplingStep(long pixels) {
        int step = 1;
        while (pixels > maxDecodedPixels * step * step) {
            step++;
        }
        return step;
    }

    private static ImageReader supportedReader(ImageInputStream input) {
        if (input == null) {
            throw new UnreadableImageException("the bytes are not a readable PNG, JPEG, BMP or GIF image");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (isSupported(reader)) {
                return reader;
            }
            reader.dispose();
        }
        throw new UnreadableImageException("the bytes are not a PNG, JPEG, BMP or GIF image");
    }

    private static boolean isSupported(ImageReader reader) {
        try {
            return FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            return false;
        }
    }
}
