package dev.bulwark.classifier.tools.dataset;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Local copies of pinned dataset downloads: fetched once, then checked against their integrity
 * every time they are used. The directory is {@code ~/.cache/bulwark/datasets} unless the system
 * property {@value #DIR_PROPERTY} or the environment variable {@value #DIR_ENV} names another.
 */
public final class DatasetCache {

    public static final String DIR_PROPERTY = "bulwark.datasets.dir";
    public static final String DIR_ENV = "BULWARK_DATASETS_DIR";

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Path dir;

    public DatasetCache(Path dir) {
        this.dir = dir;
    }

    public static DatasetCache fromEnvironment() {
        String configured = System.getProperty(DIR_PROPERTY, System.getenv(DIR_ENV));
        return new DatasetCache(configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "bulwark", "datasets"));
    }

    /** The verified local copy of {@code download}, fetching it first if it is missing or differs. */
    public Path fetch(PinnedDownload download) throws IOException, InterruptedException {
        Path file = dir.resolve(download.fileName());
        if (Files.isRegularFile(file) && download.matches(file)) {
            return file;
        }
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, download.fileName(), ".part");
        try {
            HttpClient client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(30))
                    .build();
            HttpResponse<Path> response = client.send(
                    HttpRequest.newBuilder(download.uri()).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofFile(partial));
            if (response.statusCode() != 200) {
                throw new IOException("fetching " + download.uri() + " answered HTTP " + response.statusCode());
            }
            if (!download.matches(partial)) {
                throw new IOException("content of " + download.uri() + " does not match " + download.integrity());
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
