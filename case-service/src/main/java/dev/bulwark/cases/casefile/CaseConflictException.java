package dev.bulwark.cases.casefile;

/** A transition the case's current state does not allow (a 409 at the edge). */
public class CaseConflictException extends RuntimeException {

    private final Reason reason;

    public CaseConflictException(Reason reason) {
        super(reason.message());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Why a transition was refused; the name doubles as the machine-readable reason. */
    public enum Reason {
        CASE_CLOSED("the case is already closed"),
        NOT_CLAIMABLE("the case is leased by another reviewer"),
        NOT_LEASE_HOLDER("the caller does not hold the lease on this case"),
        LEASE_EXPIRED("the caller's lease on this case has expired"),
        ALREADY_ESCALATED("the case is already with senior reviewers");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
