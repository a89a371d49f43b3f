package dev.bulwark.classifier.tools;

/** A command was called wrongly; its message says how, and the usage is printed after it. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
