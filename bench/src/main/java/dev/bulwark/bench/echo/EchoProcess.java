package dev.bulwark.bench.echo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The echo server in a JVM of its own with the heap and collector the services get, so the ceiling is
 * measured across a process boundary like intake, not inside the load generator's JVM.
 */
public final class EchoProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Duration startup;

    private EchoProcess(Process process, int port, Duration startup) {
        this.process = process;
        this.port = port;
        this.startup = startup;
    }

    /** Starts {@link EchoIntakeServer} on a free port from this JVM's class path and waits until it listens. */
    public static EchoProcess start() {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The same heap and collector as the packaged services under devstack.
                "-Xms32m", "-Xmx192m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                EchoIntakeServer.class.getName(), "0");
        long begin = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the echo server", e);
        }
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(EchoIntakeServer.READY)) {
                    int port = Integer.parseInt(line.substring(EchoIntakeServer.READY.length()).strip());
                    return new EchoProcess(process, port, Duration.ofNanos(System.nanoTime() - begin));
                }
            }
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the echo server did not start", e);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the echo server exited before it listened");
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** From starting the JVM to listening. */
    public Duration startup() {
        return startup;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
