package dev.bulwark.classifier.policy.rest;

/** A field of a policy administration request is missing or malformed. */
class InvalidRequestException extends RuntimeException {

    private final String field;

    InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
