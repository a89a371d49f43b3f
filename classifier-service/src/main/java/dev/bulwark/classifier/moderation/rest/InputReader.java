package dev.bulwark.classifier.moderation.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.classifier.rest.FieldViolation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the texts out of an OpenAI-style {@code input}: a string is one text, an array of strings is one
 * text each, and an array of content parts ({@code {"type":"text","text":...}}) is one text, its parts
 * joined by newlines. Bounds every request; descriptions never repeat what was sent.
 */
final class InputReader {

    /** Most texts in one request. */
    static final int MAX_ITEMS = 32;
    /** Most text in one request, in bytes of UTF-8: as much as one gRPC Score request may carry. */
    static final int MAX_TOTAL_BYTES = 64 * 1024;

    private static final String SHAPE = "must be a string, an array of strings or an array of text content parts";

    private InputReader() {}

    /** The texts to score; every problem found is added to {@code violations}. */
    static List<String> texts(JsonNode input, List<FieldViolation> violations) {
        List<String> texts = new ArrayList<>();
        if (input == null || input.isNull() || input.isMissingNode()) {
            violations.add(new FieldViolation("input", "is required"));
        } else if (input.isTextual()) {
            requireText(input.textValue(), "input", violations);
            texts.add(input.textValue());
        } else if (!input.isArray()) {
            violations.add(new FieldViolation("input", SHAPE));
        } else if (input.isEmpty()) {
            violations.add(new FieldViolation("input", "must hold at least one item"));
        } else if (input.size() > MAX_ITEMS) {
            violations.add(new FieldViolation("input", "must hold at most " + MAX_ITEMS + " items"));
        } else if (all(input, JsonNode::isTextual)) {
            for (int i = 0; i < input.size(); i++) {
                requireText(input.get(i).textValue(), "input[" + i + "]", violations);
                texts.add(input.get(i).textValue());
            }
        } else if (all(input, JsonNode::isObject)) {
            texts.add(contentParts(input, violations));
        } else {
            violations.add(new FieldViolation("input", SHAPE));
        }
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        if (bytes > MAX_TOTAL_BYTES) {
            violations.add(new FieldViolation("input", "must hold at most " + MAX_TOTAL_BYTES + " bytes of UTF-8 text in all"));
        }
        return texts;
    }

    private static String contentParts(JsonNode parts, List<FieldViolation> violations) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            JsonNode part = parts.get(i);
            String type = part.path("type").asText("");
            if (type.equals("image_url")) {
                violations.add(new FieldViolation("input[" + i + "].type", "image parts are not supported; send text parts"));
            } else if (!type.equals("text")) {
                violations.add(new FieldViolation("input[" + i + "].type", "must be text"));
            } else if (!part.path("text").isTextual()) {
                violations.add(new FieldViolation("input[" + i + "].text", "must be a string"));
            } else {
                requireText(part.get("text").textValue(), "input[" + i + "].text", violations);
                texts.add(part.get("text").textValue());
            }
        }
        return String.join("\n", texts);
    }

    private static void requireText(String text, String field, List<FieldViolation> violations) {
        if (text.isEmpty()) {
            violations.add(new FieldViolation(field, "must not be empty"));
        }
    }

    private static boolean all(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode item : array) {
            if (!test.test(item)) {
                return false;
            }
        }
        return true;
    }
}
