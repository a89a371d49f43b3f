package dev.bulwark.k8s;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders a kustomization with {@code kubectl kustomize} (kustomize is built into kubectl). Without a
 * kubectl the tests are skipped with a message on a developer's machine, and fail in CI, which
 * fetches one ({@code .ci/run}).
 */
final class Kustomize {

    /** Names a kubectl to use instead of the one on PATH. */
    static final String KUBECTL_ENV = "BULWARK_KUBECTL";

    private static final Map<Path, String> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    /** The manifests a kustomization directory renders to, as kubectl prints them (rendered once per run). */
    static String render(Path dir) {
        return RENDERED.computeIfAbsent(dir.toAbsolutePath().normalize(), Kustomize::run);
    }

    private static String run(Path dir) {
        Path kubectl = kubectl();
        try {
            Path errors = Files.createTempFile("kustomize-", ".err");
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                    .redirectError(errors.toFile())
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                String message = Files.readString(errors);
                throw new AssertionError("kubectl kustomize " + Repository.root().relativize(dir) + " failed: " + message);
            }
            Files.delete(errors);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path kubectl() {
        String named = System.getenv(KUBECTL_ENV);
        if (named != null) {
            if (!Files.isExecutable(Path.of(named))) {
                fail(KUBECTL_ENV + "=" + named + " is not an executable kubectl");
            }
            return Path.of(named);
        }
        Optional<Path> found = onPath("kubectl");
        if (found.isPresent()) {
            return found.get();
        }
        String message = "no kubectl on PATH (nor " + KUBECTL_ENV + "): the Kubernetes manifests cannot be rendered. "
                + ".ci/run fetches one; see docs/kubernetes.md";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        return abort(message);
    }

    private static Optional<Path> onPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
