package dev.bulwark.action.identity;

/**
 * A call to the identity provider failed in a way a later retry may fix.
 *
 * @see #code()
 */
public class IdentityProviderException extends RuntimeException {

    private final String code;

    public IdentityProviderException(String code, Throwable cause) {
        super(code, cause);
        this.code = code;
    }

    /** Short UPPER_SNAKE reason, safe to store and log (e.g. {@code HTTP_503}, {@code UNREACHABLE}). */
    public String code() {
        return code;
    }
}
