package dev.bulwark.classifier.tools.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads an evaluation file line by line (JSON Lines: {@code {"text": ..., "labels": [...], "variant": ...,
 * "id": ...}}), handing each row on before reading the next, so files of any size fit in memory.
 * Blank lines are skipped; other fields are ignored, so richer datasets can be evaluated as they are.
 */
public final class LabelledTextReader {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Set<String> categories;

    /** A reader that accepts labels from {@code categories} (the policy's ids) only. */
    public LabelledTextReader(Collection<String> categories) {
        this.categories = Set.copyOf(categories);
    }

    /**
     * Hands every row of {@code in} to {@code sink}, in file order; returns the number of rows.
     *
     * @throws InvalidInputException at the first line that is not a valid row
     */
    public long read(BufferedReader in, Consumer<LabelledText> sink) throws IOException {
        long rows = 0;
        long lineNumber = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (!line.isBlank()) {
                sink.accept(parse(lineNumber, line));
                rows++;
            }
        }
        return rows;
    }

    LabelledText parse(long lineNumber, String line) {
        JsonNode row;
        try {
            row = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            // The parser's own message quotes the offending input; the column says enough.
            throw new InvalidInputException(lineNumber, "not valid JSON (column " + e.getLocation().getColumnNr() + ")");
        }
        if (!row.isObject()) {
            throw new InvalidInputException(lineNumber, "not a JSON object");
        }
        JsonNode text = row.get("text");
        if (text == null || !text.isTextual()) {
            throw new InvalidInputException(lineNumber, "\"text\" must be a string");
        }
        if (text.asText().isBlank()) {
            throw new InvalidInputException(lineNumber, "\"text\" is empty");
        }
        return new LabelledText(lineNumber, optionalId(lineNumber, row.get("id")), text.asText(),
                labels(lineNumber, row.get("labels")), optionalString(lineNumber, row, "variant"));
    }

    private Set<String> labels(long lineNumber, JsonNode labels) {
        if (labels == null || !labels.isArray()) {
            throw new InvalidInputException(lineNumber, "\"labels\" must be an array of category ids ([] for a clean text)");
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode label : labels) {
            if (!label.isTextual()) {
                throw new InvalidInputException(lineNumber, "\"labels\" must hold strings only");
            }
            if (!categories.contains(label.asText())) {
                throw new InvalidInputException(lineNumber, "unknown category \"" + label.asText()
                        + "\" in labels; the policy's categories are " + sorted(categories));
            }
            ids.add(label.asText());
        }
        return ids;
    }

    private static String optionalId(long lineNumber, JsonNode id) {
        if (id == null || id.isNull()) {
            return null;
        }
        if (!id.isTextual() && !id.isIntegralNumber()) {
            throw new InvalidInputException(lineNumber, "\"id\" must be a string or a whole number");
        }
        return id.asText();
    }

    private static String optionalString(long lineNumber, JsonNode row, String field) {
        JsonNode value = row.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidInputException(lineNumber, "\"" + field + "\" must be a non-empty string");
        }
        return value.asText();
    }

    private static List<String> sorted(Set<String> ids) {
        return ids.stream().sorted().toList();
    }
}
