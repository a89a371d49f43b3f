package dev.bulwark.action.transparency;

/** What an action yields for the Transparency Database: a statement ready to send, or why there is none. */
public sealed interface StatementDraft {

    record Ready(StatementOfReasons statement) implements StatementDraft {}

    /** @param reason an UPPER_SNAKE code, a colon and a sentence for the operator */
    record Blocked(String reason) implements StatementDraft {}
}
