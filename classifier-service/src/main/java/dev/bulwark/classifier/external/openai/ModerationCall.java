package dev.bulwark.classifier.external.openai;

/** The request Bulwark sends to an OpenAI-compatible moderation API: one text, one model. */
public record ModerationCall(String model, String input) {}
