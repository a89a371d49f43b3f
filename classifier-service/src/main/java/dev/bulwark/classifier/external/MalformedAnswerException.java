package dev.bulwark.classifier.external;

/** An external provider answered, but not in the shape its API promises. */
public class MalformedAnswerException extends RuntimeException {

    public MalformedAnswerException(String message) {
        super(message);
    }

    public MalformedAnswerException(String message, Throwable cause) {
        super(message, cause);
    }
}
