package dev.bulwark.classifier.image;

/** Both hashes of one image's bytes, with the PDQ quality that says how far to trust the PDQ hash. */
public record ImageFingerprint(String sha256, PdqHashAndQuality pdq) {

    public ImageHashes hashes() {
        return new ImageHashes(sha256, pdq.hash());
    }
}
