package dev.bulwark.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One packaged service running as a child process, ready once its readiness probe says so. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final BulwarkService service;
    private final int port;
    private final Process process;
    private final Path log;
    private final Instant started;

    private ServiceProcess(BulwarkService service, int port, Process process, Path log, Instant started) {
        this.service = service;
        this.port = port;
        this.process = process;
        this.log = log;
        this.started = started;
    }

    /**
     * Starts {@code <root>/<module>/target/quarkus-app/quarkus-run.jar} with the given properties; a
     * restart appends to the service's log, so what the previous process wrote stays readable.
     */
    static ServiceProcess start(Path root, BulwarkService service, int port, Map<String, String> properties, Path logDir,
            boolean restart) {
        Path jar = root.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package -DskipTests)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A small young generation: startup cycles through all of eden, so its size is resident
                // memory for good; 32 MiB costs a young collection every 32 MiB allocated, cheap at this live set.
                "-Xms32m", "-Xmx192m", "-XX:MaxNewSize=32m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1"));
        Map<String, String> environment = new HashMap<>();
        properties.forEach((k, v) -> {
            // Secrets travel in the environment: system properties are visible to anyone running ps.
            if (isSecret(k)) {
                environment.put(environmentName(k), v);
            } else {
                command.add("-D" + k + "=" + v);
            }
        });
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(service.module() + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(restart ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().putAll(environment);
            // glibc gives each thread-heavy process up to 8 malloc arenas per core; two are plenty for a JVM.
            builder.environment().put("MALLOC_ARENA_MAX", "2");
            Process process = builder.start();
            return new ServiceProcess(service, port, process, log, Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.module(), e);
        }
    }

    private static boolean isSecret(String property) {
        return property.endsWith("secret") || property.endsWith("password");
    }

    /** The environment variable MicroProfile Config reads for a property name. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early if the process dies. */
    Duration awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.between(started, Instant.now());
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + service.module(), e);
            }
            Processes.sleep(100);
        }
        throw new IllegalStateException(service.module() + " not ready after " + timeout + "; see " + log);
    }

    public BulwarkService service() {
        return service;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Resident memory in MiB as the kernel reports it (Linux), or -1 where unknown. */
    public long residentMemoryMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Stops the service gracefully (SIGTERM), forcibly after ten seconds. */
    @Override
    public void close() {
        Processes.stop(process);
    }
}
