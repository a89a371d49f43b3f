package dev.bulwark.action.identity.provider;

import dev.bulwark.action.identity.IdentityProvider;
import dev.bulwark.action.identity.IdentityProviderException;
import dev.bulwark.action.identity.IdentityResult;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Disables and enables users through Keycloak's admin API, as the {@code action-service} client's
 * service account (realm-management {@code view-users} and {@code manage-users}).
 *
 * <p>Built on Quarkus' {@code quarkus-keycloak-admin-rest-client}: the admin client then runs on the
 * Quarkus REST client (Vert.x HTTP), the stack this service already uses, without bringing RESTEasy
 * Classic beside Quarkus REST, and its version follows the Quarkus BOM. The admin API is blocking
 * all the same, so the relay calls this class on a worker thread.
 *
 * <p>The account id is the user's username. Keycloak keeps usernames in lower case and matches an
 * exact search without regard to case, so the match is checked the same way.
 */
final class KeycloakIdentityProvider implements IdentityProvider, AutoCloseable {

    private final Keycloak keycloak;
    private final String realm;

    KeycloakIdentityProvider(String serverUrl, String realm, String clientId, String clientSecret, Duration callTimeout) {
        this.realm = realm;
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(serverUrl)
                .realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .resteasyClient(httpClient(callTimeout))
                .build();
    }

    /**
     * The client the admin client would build for itself, but giving up on a request Keycloak leaves
     * unanswered (the token request included): by default it waits for ever, and a hung Keycloak would
     * hold a worker thread per call long after the relay stopped waiting for it.
     */
    private static Client httpClient(Duration callTimeout) {
        Client client = Keycloak.getClientProvider().newRestEasyClient(null, null, false);
        client.property(QuarkusRestClientProperties.READ_TIMEOUT, callTimeout.toMillis());
        return client;
    }

    @Override
    public IdentityResult disable(String accountId) {
        return onUser(accountId, user -> {
            setEnabled(user, false);
            // Disabling refuses new logins; ending the sessions refuses refreshes of the old ones.
            user.logout();
            return IdentityResult.APPLIED;
        });
    }

    @Override
    public IdentityResult enable(String accountId) {
        return onUser(accountId, user -> {
            setEnabled(user, true);
            return IdentityResult.APPLIED;
        });
    }

    @Override
    public void close() {
        keycloak.close();
    }

    private IdentityResult onUser(String accountId, Function<UserResource, IdentityResult> change) {
        try {
            UsersResource users = keycloak.realm(realm).users();
            Optional<String> userId = users.searchByUsername(accountId, true).stream()
                    .filter(u -> u.getUsername() != null
                            && u.getUsername().equals(accountId.toLowerCase(Locale.ROOT)))
                    .map(UserRepresentation::getId)
                    .findFirst();
            return userId.map(id -> change.apply(users.get(id))).orElse(IdentityResult.USER_NOT_FOUND);
        } catch (NotFoundException e) {
            // The user was deleted between the search and the change.
            return IdentityResult.USER_NOT_FOUND;
        } catch (WebApplicationException e) {
            throw new IdentityProviderException("HTTP_" + e.getResponse().getStatus(), e);
        } catch (ProcessingException e) {
            throw new IdentityProviderException("UNREACHABLE", e);
        }
    }

    /** Sends the whole representation back: a partial one could clear the user's profile attributes. */
    private static void setEnabled(UserResource user, boolean enabled) {
        UserRepresentation representation = user.toRepresentation();
        representation.setEnabled(enabled);
        user.update(representation);
    }
}
