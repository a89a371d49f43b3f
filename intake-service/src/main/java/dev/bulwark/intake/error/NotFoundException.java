package dev.bulwark.intake.error;

/** The caller asked for something that does not exist for its tenant. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
