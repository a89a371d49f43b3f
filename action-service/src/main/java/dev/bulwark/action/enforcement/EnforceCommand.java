package dev.bulwark.action.enforcement;

import dev.bulwark.action.notification.Recipient;
import dev.bulwark.action.subject.Subject;
import dev.bulwark.policy.EnforcementType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A validated request to enforce.
 *
 * @param requestedType the type a reviewer chose, or null to let the ladder choose
 * @param provenance what produced the decision; not part of the fingerprint, since it describes the
 *     decision rather than the action asked for
 * @param recipient who is told of the action; not part of the fingerprint either
 */
public record EnforceCommand(
        String idempotencyKey,
        Subject subject,
        String category,
        ActionOrigin origin,
        EnforcementType requestedType,
        String referenceId,
        Provenance provenance,
        String actor,
        Recipient recipient) {

    /**
     * Hex SHA-256 of what makes two requests with one key the same request: the party, the
     * category and the requested type. Length-prefixed so no two requests share an encoding.
     */
    public String fingerprint() {
        String canonical = String.join("|",
                field(subject.kind().name()),
                field(subject.id()),
                field(category),
                field(requestedType == null ? "" : requestedType.name()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static String field(String value) {
        return value.length() + ":" + value;
    }
}
