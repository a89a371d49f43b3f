package dev.bulwark.classifier.image;

/** Hashes image bytes both ways: SHA-256 of the bytes as sent, PDQ of the decoded pixels. */
public final class ImageFingerprinter {

    private final ImageDecoder decoder;
    private final PdqHasher hasher = new PdqHasher();

    public ImageFingerprinter() {
        this(new ImageDecoder());
    }

    public ImageFingerprinter(ImageDecoder decoder) {
        this.decoder = decoder;
    }

    /** Throws {@link UnreadableImageException} when the bytes are not an image this can decode. */
    public ImageFingerprint fingerprint(byte[] bytes) {
        return new ImageFingerprint(Sha256.hex(bytes), hasher.hash(decoder.decode(bytes)));
    }
}
