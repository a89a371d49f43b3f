package dev.bulwark.action.identity;

/**
 * Port to the identity provider that signs end users in. An account id is the user's username
 * there (looked up exactly, never by prefix or substring).
 *
 * <p>Calls block on the network: callers run them off the event loop. A transient failure (the
 * provider unreachable or answering an error) is thrown as {@link IdentityProviderException}.
 */
public interface IdentityProvider {

    /** Disables the account's user and ends its sessions. */
    IdentityResult disable(String accountId);

    /** Enables the account's user again. */
    IdentityResult enable(String accountId);
}
