package dev.bulwark.classifier.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * PDQ against the reference's published vector, and the robustness the matcher relies on: copies of
 * 32 synthetic images (shapes, gradients, text, noise) resized, re-encoded, brightened or trimmed stay
 * within the match threshold, and unrelated images stay far beyond it.
 */
class PdqHasherTest {

    private static final int THRESHOLD = 31;
    private static final PdqHasher HASHER = new PdqHasher();
    private static final List<BufferedImage> CORPUS = SyntheticImages.corpus(8);
    private static final List<PdqHash> CORPUS_HASHES = CORPUS.stream().map(i -> HASHER.hash(i).hash()).toList();

    private final ImageDecoder decoder = new ImageDecoder();

    @Test
    void shouldReproduceTheReferenceHashOfThreatExchangesTestImage() throws IOException {
        byte[] png;
        try (InputStream in = getClass().getResourceAsStream("/pdq/threatexchange-random-26x28.png")) {
            png = in.readAllBytes();
        }

        PdqHashAndQuality result = HASHER.hash(decoder.decode(png));

        assertThat(result.hash().hex()).isEqualTo("ad64cd9875e131a177b1f2a0d6b38ae1de9ea80421e4c51dde1b0363deba3466");
        assertThat(result.quality()).isEqualTo(100);
    }

    @Test
    void shouldMatchCopiesResizedToHalf() {
        assertThat(maxDistance(image -> Perturbations.resize(image, 0.5))).isLessThanOrEqualTo(THRESHOLD);
    }

    @Test
    void shouldMatchCopiesResizedToOneAndAHalf() {
        assertThat(maxDistance(image -> Perturbations.resize(image, 1.5))).isLessThanOrEqualTo(THRESHOLD);
    }

    @Test
    void shouldMatchCopiesReencodedAsJpegAtQualitySeventyPercent() {
        assertThat(maxDistance(image -> decoder.decode(Perturbations.jpeg(image, 0.7f)))).isLessThanOrEqualTo(THRESHOLD);
    }

    @Test
    void shouldMatchBrightenedCopies() {
        assertThat(maxDistance(image -> Perturbations.brighten(image, 20f))).isLessThanOrEqualTo(THRESHOLD);
    }

    @Test
    void shouldGiveTheSameHashForLosslessReencoding() {
        assertThat(maxDistance(image -> decoder.decode(Perturbations.encode(image, "png")))).isZero();
        assertThat(maxDistance(image -> decoder.decode(Perturbations.encode(image, "bmp")))).isZero();
    }

    /**
     * Trimming shifts every cell of the 64 x 64 grid, and PDQ is sensitive to that: half a percent
     * off each edge keeps every copy matching, one percent nearly all (crops of 2% and more per edge
     * mostly do not match; see docs/hash-banks.md).
     */
    @Test
    void shouldMatchCopiesTrimmedSlightlyAtEachEdge() {
        assertThat(maxDistance(image -> Perturbations.crop(image, 0.005))).isLessThanOrEqualTo(THRESHOLD);
        assertThat(matchRate(image -> Perturbations.crop(image, 0.01))).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void shouldKeepUnrelatedImagesFarBeyondTheThreshold() {
        List<BufferedImage> images = SyntheticImages.corpus(12);
        List<PdqHash> hashes = images.stream().map(i -> HASHER.hash(i).hash()).toList();
        List<Integer> distances = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) {
            for (int j = i + 1; j < hashes.size(); j++) {
                distances.add(hashes.get(i).distanceTo(hashes.get(j)));
            }
        }

        assertThat(distances).hasSize(48 * 47 / 2).allSatisfy(d -> assertThat(d).isGreaterThan(2 * THRESHOLD));
        assertThat(distances.stream().mapToInt(Integer::intValue).average().orElseThrow()).isBetween(118.0, 138.0);
    }

    @Test
    void shouldSetHalfTheBitsOfADetailedImage() {
        assertThat(CORPUS_HASHES).allSatisfy(hash -> assertThat(hash.bitCount()).isEqualTo(128));
    }

    @Test
    void shouldRateAFlatImageAsUntrustworthy() {
        BufferedImage flat = new BufferedImage(100, 80, BufferedImage.TYPE_INT_RGB);

        PdqHashAndQuality result = HASHER.hash(flat);

        assertThat(result.quality()).isZero();
        assertThat(result.trusted()).isFalse();
        assertThat(HASHER.hash(SyntheticImages.shapes(1)).trusted()).isTrue();
    }

    @Test
    void shouldHashAGreyImageByItsSampleValues() {
        BufferedImage rgb = SyntheticImages.text(3);
        BufferedImage grey = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage greyAsRgb = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int v = (rgb.getRGB(x, y) >> 8) & 0xff;
                grey.getRaster().setSample(x, y, 0, v);
                greyAsRgb.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }

        assertThat(HASHER.hash(grey)).isEqualTo(HASHER.hash(greyAsRgb));
    }

    @Test
    void shouldRefuseImagesSmallerThanFivePixelsEitherWay() {
        assertThatThrownBy(() -> HASHER.hash(new BufferedImage(4, 100, BufferedImage.TYPE_INT_RGB)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(HASHER.hash(new BufferedImage(5, 5, BufferedImage.TYPE_INT_RGB)).quality()).isZero();
    }

    private static int maxDistance(UnaryOperator<BufferedImage> perturbation) {
        return distances(perturbation).stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    private static double matchRate(UnaryOperator<BufferedImage> perturbation) {
        return distances(perturbation).stream().filter(d -> d <= THRESHOLD).count() / (double) CORPUS.size();
    }

    /** Distance of each corpus image to its perturbed copy. */
    private static List<Integer> distances(UnaryOperator<BufferedImage> perturbation) {
        List<Integer> distances = new ArrayList<>();
        for (int i = 0; i < CORPUS.size(); i++) {
            distances.add(CORPUS_HASHES.get(i).distanceTo(HASHER.hash(perturbation.apply(CORPUS.get(i))).hash()));
        }
        return distances;
    }
}
