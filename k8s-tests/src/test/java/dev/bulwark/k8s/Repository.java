package dev.bulwark.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Paths of the Bulwark repository the tests run in: k8s/, policies/, the services' sources. */
final class Repository {

    static final List<String> SERVICES = List.of("intake-service", "classifier-service", "case-service", "action-service");

    private static final Path ROOT = findRoot();

    private Repository() {
    }

    static Path root() {
        return ROOT;
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sub-directories of a directory, sorted; none when it does not exist. */
    static List<Path> directories(String relative) {
        Path dir = path(relative);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("k8s")) && Files.isDirectory(dir.resolve("policies"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (with k8s/ and policies/) above " + Path.of("").toAbsolutePath());
    }
}
