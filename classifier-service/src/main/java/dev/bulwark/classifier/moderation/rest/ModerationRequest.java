package dev.bulwark.classifier.moderation.rest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The body of {@code POST /v1/moderations} and {@code POST /v1/classify}: OpenAI's moderation request
 * ({@code input} is a string, an array of strings or an array of text content parts; {@code model} is
 * accepted and ignored) plus Bulwark's optional {@code surface} whose thresholds decide.
 */
public record ModerationRequest(JsonNode input, String model, String surface) {}
