package dev.bulwark.classifier.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageFingerprinterTest {

    @Test
    void shouldGiveTheStandardSha256() {
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void shouldHashTheBytesExactlyAndThePixelsPerceptually() {
        byte[] png = Perturbations.encode(SyntheticImages.text(2), "png");
        byte[] jpeg = Perturbations.jpeg(SyntheticImages.text(2), 0.7f);
        ImageFingerprinter fingerprinter = new ImageFingerprinter();

        ImageFingerprint fromPng = fingerprinter.fingerprint(png);
        ImageFingerprint fromJpeg = fingerprinter.fingerprint(jpeg);

        assertThat(fromPng.sha256()).isEqualTo(Sha256.hex(png)).isNotEqualTo(fromJpeg.sha256());
        assertThat(fromPng.pdq()).isEqualTo(new PdqHasher().hash(SyntheticImages.text(2)));
        assertThat(fromPng.pdq().hash().distanceTo(fromJpeg.pdq().hash())).isLessThanOrEqualTo(31);
        assertThat(fromPng.hashes()).isEqualTo(new ImageHashes(fromPng.sha256(), fromPng.pdq().hash()));
    }

    @Test
    void shouldNormaliseTheWireFormOfImageHashes() {
        String sha = "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD";

        assertThat(ImageHashes.ofHex(sha, "").sha256()).isEqualTo(sha.toLowerCase());
        assertThat(ImageHashes.ofHex("", "").sha256()).isNull();
        assertThat(ImageHashes.ofHex("", "").pdq()).isNull();
        assertThat(ImageHashes.ofHex("", "F".repeat(64)).pdq()).isEqualTo(PdqHash.fromHex("f".repeat(64)));
    }
}
