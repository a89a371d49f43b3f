package dev.bulwark.intake.submission;

import java.util.List;

/** The content of a submission as the product sent it. */
public record SubmittedContent(String text, String language, List<Image> images) {

    public SubmittedContent {
        images = List.copyOf(images);
    }

    /**
     * An image reference: where the product keeps it, the hex SHA-256 of its bytes and the hex PDQ
     * hash of its pixels (either hash may be empty), forwarded to the classifier as sent.
     */
    public record Image(String uri, String sha256, String pdq) {}
}
