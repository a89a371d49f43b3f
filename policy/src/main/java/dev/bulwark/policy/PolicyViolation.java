package dev.bulwark.policy;

/**
 * One thing wrong with a policy document.
 *
 * @param source the file or resource the document came from
 * @param path where in the document, for example {@code surfaces[0].thresholds.spam.review}
 */
public record PolicyViolation(String source, String path, String message) {

    @Override
    public String toString() {
        return source + ": " + path + ": " + message;
    }
}
