package dev.bulwark.intake.submission.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;

/**
 * A jsonb column's value as JSON text, converted once each way. Hibernate Reactive's own JSON binding
 * writes a value to a string with Jackson, parses that string into a Vert.x {@code JsonObject}, and the
 * driver writes it out again: for the two JSON columns of every stored submission that was a tenth of
 * intake's CPU. The column pairs this with {@code write = "?::text::jsonb"}, so PostgreSQL reads the
 * parameter as text and parses it once, and reads it back as text ({@code #>> '{}'}).
 */
abstract class JsonText<T> implements AttributeConverter<T, String> {

    private final ObjectMapper json;
    private final Class<T> type;

    JsonText(ObjectMapper json, Class<T> type) {
        this.json = json;
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(T value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + type.getSimpleName() + " as JSON", e);
        }
    }

    @Override
    public T convertToEntityAttribute(String text) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable JSON", e);
        }
    }
}
