package dev.bulwark.cases.platform.rest;

import dev.bulwark.cases.access.QueueAccess;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The person making the current request, from their OIDC access token. */
@RequestScoped
public class CurrentReviewer {

    private final SecurityIdentity identity;

    public CurrentReviewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's user name, recorded on claims, decisions and events. */
    public String require() {
        return identity.getPrincipal().getName();
    }

    /** The caller's roles and assigned queues. */
    public QueueAccess access() {
        return new QueueAccess(identity.getRoles(), assignedQueues());
    }

    private Set<String> assignedQueues() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim(QueueAccess.QUEUES_CLAIM) instanceof JsonArray array) {
            return array.stream()
                    .filter(JsonString.class::isInstance)
                    .map(value -> ((JsonString) value).getString())
                    .collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }
}
