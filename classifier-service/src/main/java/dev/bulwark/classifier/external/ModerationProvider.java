package dev.bulwark.classifier.external;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * An external moderation service that scores a text by its own category names. Implementations
 * never block the calling thread and fail the stage on any error, including an answer they cannot
 * read ({@link MalformedAnswerException}).
 */
public interface ModerationProvider {

    /** Short name used in signal ids and model versions, for example {@code openai}. */
    String name();

    /** The provider's model that scores, for example {@code omni-moderation-latest}. */
    String model();

    /** The provider's score in [0, 1] for each of its categories. */
    CompletionStage<Map<String, Double>> moderate(String text);
}
