package dev.bulwark.classifier.openai;

import java.util.List;

/**
 * The body of a moderation answer in the shape of OpenAI's {@code POST /v1/moderations}: Bulwark serves
 * it and reads it from external providers.
 */
public record ModerationResponse(String id, String model, List<ModerationResult> results) {}
