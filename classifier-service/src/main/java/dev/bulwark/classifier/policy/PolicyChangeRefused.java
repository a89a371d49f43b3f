package dev.bulwark.classifier.policy;

/** A policy change that the current state does not allow, with a stable reason code for clients. */
public class PolicyChangeRefused extends RuntimeException {

    /** Why the change was refused. */
    public enum Code {
        UNKNOWN_VERSION,
        ALREADY_IN_FORCE,
        NO_CANDIDATE,
        NOTHING_TO_ROLL_BACK_TO
    }

    private final Code code;

    public PolicyChangeRefused(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
