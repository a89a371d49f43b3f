package dev.bulwark.intake.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A digest of what a request asks for, so a replay under the same idempotency key can be told
 * apart from a different payload reusing it.
 */
public final class Fingerprint {

    private Fingerprint() {}

    public static String of(NewSubmission s) {
        Digest d = new Digest()
                .add(s.surface())
                .add(s.author().kind().name())
                .add(s.author().id())
                .add(s.author().organizationId())
                .add(s.content().text())
                .add(s.content().language());
        s.content().images().forEach(i -> d.add(i.uri()).add(i.sha256()).add(i.pdq()));
        return d.hex();
    }

    /** Length-prefixed fields, so that ("ab","c") and ("a","bc") differ. */
    public static final class Digest {
        private final MessageDigest sha256;

        public Digest() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        public Digest add(String field) {
            byte[] bytes = (field == null ? "" : field).getBytes(StandardCharsets.UTF_8);
            sha256.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha256.update((byte) ':');
            sha256.update(bytes);
            return this;
        }

        public String hex() {
            return HexFormat.of().formatHex(sha256.digest());
        }
    }
}
