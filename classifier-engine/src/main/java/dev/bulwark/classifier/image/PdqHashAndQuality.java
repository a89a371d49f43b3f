package dev.bulwark.classifier.image;

/**
 * A PDQ hash and the reference's quality score for it (0 to 100). Below {@link #MIN_TRUSTED_QUALITY}
 * the image is too flat for its hash to say much, and the reference advises not matching on it.
 */
public record PdqHashAndQuality(PdqHash hash, int quality) {

    public static final int MIN_TRUSTED_QUALITY = 50;

    public boolean trusted() {
        return quality >= MIN_TRUSTED_QUALITY;
    }
}
