package dev.bulwark.classifier.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageDecoderTest {

    private static final BufferedImage SHAPES = SyntheticImages.shapes(5);
    private final ImageDecoder decoder = new ImageDecoder();

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg", "bmp", "gif"})
    void shouldDecodeTheSupportedFormats(String format) {
        BufferedImage decoded = decoder.decode(Perturbations.encode(SHAPES, format));

        assertThat(decoded.getWidth()).isEqualTo(SyntheticImages.WIDTH);
        assertThat(decoded.getHeight()).isEqualTo(SyntheticImages.HEIGHT);
    }

    @Test
    void shouldRefuseBytesThatAreNoImage() {
        assertThatThrownBy(() -> decoder.decode("not an image at all".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableImageException.class);
        assertThatThrownBy(() -> decoder.decode(new byte[0])).isInstanceOf(UnreadableImageException.class);
    }

    @Test
    void shouldRefuseATruncatedImage() {
        byte[] png = Perturbations.encode(SHAPES, "png");

        assertThatThrownBy(() -> decoder.decode(Arrays.copyOf(png, png.length / 2)))
                .isInstanceOf(UnreadableImageException.class);
    }

    @Test
    void shouldRefuseFormatsOutsideTheSupportedFour() {
        assertThatThrownBy(() -> decoder.decode(Perturbations.encode(SHAPES, "tiff")))
                .isInstanceOf(UnreadableImageException.class)
                .hasMessageContaining("PNG, JPEG, BMP or GIF");
    }

    @Test
    void shouldRefuseImagesTooSmallToHash() {
        assertThatThrownBy(() -> decoder.decode(Perturbations.encode(new BufferedImage(4, 40, BufferedImage.TYPE_INT_RGB), "png")))
                .isInstanceOf(UnreadableImageException.class)
                .hasMessageContaining("at least 5 pixels");
    }

    /** A few hundred bytes may claim a 2-gigapixel image; the header is read before any pixel. */
    @Test
    void shouldRefuseAnImageClaimingMorePixelsThanTheLimitBeforeDecodingIt() {
        byte[] bomb = withPngDimensions(Perturbations.encode(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png"),
                50_000, 40_000);

        assertThatThrownBy(() -> decoder.decode(bomb))
                .isInstanceOf(UnreadableImageException.class)
                .hasMessageContaining("more than 50000000 pixels");
    }

    @Test
    void shouldDecodeLargeImagesSubsampledWithinTheLimitAndStillMatch() {
        ImageDecoder small = new ImageDecoder(ImageDecoder.DEFAULT_MAX_PIXELS, 100_000);
        byte[] png = Perturbations.encode(SHAPES, "png");

        BufferedImage decoded = small.decode(png);

        assertThat((long) decoded.getWidth() * decoded.getHeight()).isLessThanOrEqualTo(100_000);
        assertThat(small.subsamplingStep(640 * 480)).isEqualTo(2);
        PdqHasher hasher = new PdqHasher();
        assertThat(hasher.hash(decoded).hash().distanceTo(hasher.hash(SHAPES).hash())).isLessThanOrEqualTo(31);
    }

    /** Rewrites the width and height in a PNG's IHDR chunk (and its CRC). */
    private static byte[] withPngDimensions(byte[] png, int width, int height) {
        byte[] patched = png.clone();
        ByteBuffer buffer = ByteBuffer.wrap(patched);
        buffer.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(patched, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return patched;
    }
}
