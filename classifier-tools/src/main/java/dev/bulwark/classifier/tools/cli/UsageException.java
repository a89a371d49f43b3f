package dev.bulwark.classifier.tools.cli;

/** A command was called wrongly: the message says how, and the command's usage follows it. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
