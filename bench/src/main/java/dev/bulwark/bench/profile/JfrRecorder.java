package dev.bulwark.bench.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Records running JVMs with Flight Recorder through {@code jcmd} (no restart, no agent). Starting a
 * recording instruments classes and discards compiled code, so it is started before a warm-up, not in
 * the middle of a measurement; {@link HotFrames} then counts only the samples of the measured phase.
 */
public final class JfrRecorder {

    private static final String NAME = "bulwark-bench";

    private final Path directory;
    private final Map<String, Long> processes = new LinkedHashMap<>();

    public JfrRecorder(Path directory) {
        this.directory = directory;
    }

    public JfrRecorder watch(String name, long pid) {
        processes.put(name, pid);
        return this;
    }

    public void start() {
        // The "profile" settings sample Java stacks every 10 ms (20 ms with "default").
        processes.values().forEach(pid -> jcmd(pid, "JFR.start", "name=" + NAME, "settings=profile"));
    }

    /** Dumps and stops every recording; the files are named after the processes. */
    public Map<String, Path> stop() {
        Map<String, Path> recordings = new LinkedHashMap<>();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        processes.forEach((name, pid) -> {
            Path file = directory.resolve(name + ".jfr").toAbsolutePath();
            jcmd(pid, "JFR.stop", "name=" + NAME, "filename=" + file);
            recordings.put(name, file);
        });
        return recordings;
    }

    private static void jcmd(long pid, String... command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> line = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run jcmd", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running jcmd", e);
        }
    }
}
