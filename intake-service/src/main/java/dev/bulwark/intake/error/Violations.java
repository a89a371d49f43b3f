package dev.bulwark.intake.error;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Collects field violations while a validator walks a request. */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations require(String field, String value) {
        if (value == null || value.isBlank()) {
            found.add(new FieldViolation(field, "is required"));
        }
        return this;
    }

    public Violations maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            found.add(new FieldViolation(field, "must be at most " + max + " characters"));
        }
        return this;
    }

    public Violations maxUtf8Bytes(String field, String value, int max) {
        if (value != null && value.getBytes(StandardCharsets.UTF_8).length > max) {
            found.add(new FieldViolation(field, "must be at most " + max + " bytes of UTF-8"));
        }
        return this;
    }

    /** A UUID in its canonical 36-character form; null or blank is not one. */
    public Violations uuid(String field, String value, String description) {
        return check(isUuid(value), field, description);
    }

    public Violations check(boolean ok, String field, String description) {
        if (!ok) {
            found.add(new FieldViolation(field, description));
        }
        return this;
    }

    private static boolean isUuid(String value) {
        if (value == null || value.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Throws {@link InvalidRequestException} when anything was found. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidRequestException(found);
        }
    }
}
