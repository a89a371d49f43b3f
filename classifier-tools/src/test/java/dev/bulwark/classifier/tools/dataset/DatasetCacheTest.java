package dev.bulwark.classifier.tools.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCacheTest {

    private static final byte[] CONTENT = "the dataset".getBytes(StandardCharsets.UTF_8);

    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void serveTheDataset() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/data.tgz", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, CONTENT.length);
            exchange.getResponseBody().write(CONTENT);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private PinnedDownload pinned(String integrity) {
        return new PinnedDownload(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/data.tgz"), "data.tgz", integrity);
    }

    private static String integrityOf(byte[] content) throws Exception {
        return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(content));
    }

    @Test
    void shouldFetchOnceAndThenUseTheVerifiedCopy() throws Exception {
        DatasetCache cache = new DatasetCache(dir);
        PinnedDownload download = pinned(integrityOf(CONTENT));

        Path first = cache.fetch(download);
        Path second = cache.fetch(download);

        assertThat(second).isEqualTo(first).hasBinaryContent(CONTENT);
        assertThat(requests).hasValue(1);
    }

    @Test
    void shouldRefuseContentThatDoesNotMatchItsIntegrity() throws Exception {
        DatasetCache cache = new DatasetCache(dir);

        assertThatThrownBy(() -> cache.fetch(pinned(integrityOf("something else".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("does not match");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void shouldFetchAgainWhenTheCachedCopyWasAltered() throws Exception {
        DatasetCache cache = new DatasetCache(dir);
        PinnedDownload download = pinned(integrityOf(CONTENT));
        Files.writeString(dir.resolve("data.tgz"), "tampered");

        assertThat(cache.fetch(download)).hasBinaryContent(CONTENT);
        assertThat(requests).hasValue(1);
    }
}
