package dev.bulwark.classifier.tools.evaluate;

/** An evaluation file has a line that cannot be evaluated; the message names the line and the fault. */
public final class InvalidInputException extends RuntimeException {

    public InvalidInputException(long line, String problem) {
        super("line " + line + ": " + problem);
    }
}
