package dev.bulwark.classifier.tools.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A file fetched from a fixed address and accepted only with a fixed content hash.
 *
 * @param uri where to fetch it from
 * @param fileName name of the local copy
 * @param integrity Subresource Integrity string of the content, {@code sha512-<base64>}, as npm records it
 */
public record PinnedDownload(URI uri, String fileName, String integrity) {

    private static final String SHA512 = "sha512-";

    public PinnedDownload {
        if (!integrity.startsWith(SHA512)) {
            throw new IllegalArgumentException("only sha512 integrity is supported");
        }
    }

    /** Whether {@code file} has exactly the pinned content. */
    public boolean matches(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
            }
        }
        return integrity.equals(SHA512 + Base64.getEncoder().encodeToString(digest.digest()));
    }
}
