package dev.bulwark.classifier.hashbank;

/** An uploaded image is larger than the admin API hashes. */
public final class ImageTooLargeException extends RuntimeException {

    private final int maxBytes;

    public ImageTooLargeException(int maxBytes) {
        super("the image is larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }
}
