package dev.bulwark.classifier.image;

/** The bytes are not an image Bulwark decodes, or one too large or too small to hash. */
public final class UnreadableImageException extends RuntimeException {

    public UnreadableImageException(String message) {
        super(message);
    }

    public UnreadableImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
