package dev.bulwark.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak server for the local run and the tests: the distribution comes from Maven
 * Central through the project's Maven wrapper, is unpacked once into {@code ~/.cache/bulwark}, and
 * runs in dev mode on loopback with an in-memory database and the repository's realm imported.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String VERSION = "26.7.3";
    public static final String REALM = "bulwark";
    /** The realm as code, relative to the repository root. */
    public static final String REALM_FILE = "keycloak/bulwark-realm.json";

    /** Written into the distribution once it has started, i.e. built itself, successfully. */
    private static final String STARTED_MARKER = ".bulwark-started";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Process process;
    private final int port;
    private final Path log;
    private final Instant started;
    private Duration startupTime;

    private KeycloakServer(Process process, int port, Path log, Instant started) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.started = started;
    }

    /** Whether no start has succeeded yet here, so the next one downloads and builds Keycloak (1-2 minutes). */
    public static boolean firstStart() {
        return !Files.isRegularFile(home().resolve(STARTED_MARKER));
    }

    /**
     * Starts Keycloak on the given port (0: any) and waits until it is ready. {@code secrets} are
     * environment variables the realm file refers to (client secrets, demo password).
     */
    public static KeycloakServer start(Path root, int port, Map<String, String> secrets, Path logDir) {
        Path home = distribution(root);
        int httpPort = port == 0 ? FreePort.find() : port;
        int managementPort = FreePort.find();
        try {
            installRealm(root, home);
            Files.createDirectories(logDir);
            Path log = logDir.resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + httpPort,
                    "--http-management-port=" + managementPort,
                    "--health-enabled=true", "--db=dev-mem", "--import-realm"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().putAll(secrets);
            // The JDK that runs us, not whatever JAVA_HOME happens to name.
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx256m");
            KeycloakServer server = new KeycloakServer(builder.start(), httpPort, log, Instant.now());
            server.awaitReady(managementPort, Duration.ofMinutes(4));
            Files.writeString(home.resolve(STARTED_MARKER), VERSION);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak", e);
        }
    }

    /** The unpacked distribution, fetched and unpacked on first use. */
    static synchronized Path distribution(Path root) {
        Path home = home();
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path cache = home.getParent();
        Path archive = cache.resolve("keycloak-quarkus-dist-" + VERSION + ".tar.gz");
        try {
            Files.createDirectories(cache);
            if (!Files.isRegularFile(archive)) {
                // -N: the goal needs no project, and must not run once per reactor module.
                run(root, List.of(root.resolve("mvnw").toString(), "-B", "-q", "-N",
                        "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy",
                        "-Dartifact=org.keycloak:keycloak-quarkus-dist:" + VERSION + ":tar.gz",
                        "-DoutputDirectory=" + cache));
            }
            // Unpack beside the target and rename, so an interrupted unpack never looks complete.
            Path unpacking = Files.createTempDirectory(cache, "unpacking-");
            run(cache, List.of("tar", "-xzf", archive.toString(), "-C", unpacking.toString()));
            try {
                Files.move(unpacking.resolve(home.getFileName()), home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherRunWasFaster) {
                // Same archive, same content: keep the one that is there.
            }
            run(cache, List.of("rm", "-rf", unpacking.toString()));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack Keycloak into " + cache, e);
        }
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"), ".cache", "bulwark", "keycloak-" + VERSION);
    }

    /** Puts the realm file where {@code --import-realm} looks, atomically: another run may be starting too. */
    private static void installRealm(Path root, Path home) throws IOException {
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Path staged = Files.createTempFile(imports, "realm-", ".staged");
        Files.copy(root.resolve(REALM_FILE), staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, imports.resolve("bulwark-realm.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** From process start until {@code /health/ready} answered 200. */
    public Duration startupTime() {
        return startupTime;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    private void awaitReady(int managementPort, Duration timeout) {
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    startupTime = Duration.between(started, Instant.now());
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
            Processes.sleep(250);
        }
        close();
        throw new IllegalStateException("Keycloak not ready after " + timeout + "; see " + log);
    }

    /** Stops Keycloak and whatever its launcher script started. */
    @Override
    public void close() {
        Processes.stop(process);
    }

    private static void run(Path dir, List<String> command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("failed: " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
