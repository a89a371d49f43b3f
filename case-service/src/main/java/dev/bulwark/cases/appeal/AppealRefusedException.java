package dev.bulwark.cases.appeal;

/** An appeal that cannot be filed as asked (a 409 at the edge). */
public class AppealRefusedException extends RuntimeException {

    private final Reason reason;

    public AppealRefusedException(Reason reason) {
        super(reason.message());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Why; the name doubles as the machine-readable reason. */
    public enum Reason {
        APPEAL_ALREADY_OPEN("an appeal of this action is already open"),
        ACTION_REVERTED("the action is already reverted"),
        IDEMPOTENCY_KEY_REUSED("the idempotency key was used for an appeal of another action");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
