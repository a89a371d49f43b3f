package dev.bulwark.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every policy document ({@code *.yaml}, {@code *.yml}) of one directory into a catalog: in
 * Kubernetes a ConfigMap built from {@code policies/}, locally the repository's {@code policies/}.
 *
 * <p>An invalid document never replaces a valid one: it is refused with its violations, and the
 * version the same file held in the previous catalog stays in force. A version id may appear in one
 * file only; a second file claiming it with different content is refused.
 */
public final class PolicyDirectory {

    private final Path directory;

    public PolicyDirectory(Path directory) {
        this.directory = directory;
    }

    public Path path() {
        return directory;
    }

    /** Reads the directory for the first time; fails when it yields no valid policy at all. */
    public PolicyCatalog load() {
        PolicyCatalog catalog = reload(null);
        if (catalog.documents().isEmpty()) {
            throw new InvalidPolicyException(catalog.refused().isEmpty()
                    ? List.of(new PolicyViolation(directory.toString(), "$", "no policy document (*.yaml) in the directory"))
                    : catalog.refused());
        }
        return catalog;
    }

    /**
     * Reads the directory again. Files that are invalid now keep the document they had in
     * {@code previous} (when there was one); files that disappeared take their versions with them.
     */
    public PolicyCatalog reload(PolicyCatalog previous) {
        Map<String, PolicyDocument> byVersion = new HashMap<>();
        List<PolicyViolation> refused = new ArrayList<>();
        for (Path file : policyFiles()) {
            PolicyDocument document;
            try {
                document = PolicyDocument.read(file);
            } catch (InvalidPolicyException e) {
                refused.addAll(e.violations());
                keepPrevious(previous, file, byVersion);
                continue;
            } catch (UncheckedIOException e) {
                refused.add(new PolicyViolation(file.toString(), "$", "cannot be read: " + e.getCause().getMessage()));
                keepPrevious(previous, file, byVersion);
                continue;
            }
            PolicyDocument clash = byVersion.get(document.version());
            if (clash != null && !clash.sha256().equals(document.sha256())) {
                refused.add(new PolicyViolation(file.toString(), "$.version",
                        "duplicate version '" + document.version() + "' (also in " + clash.source() + ")"));
                continue;
            }
            byVersion.putIfAbsent(document.version(), document);
        }
        return new PolicyCatalog(byVersion, refused);
    }

    private static void keepPrevious(PolicyCatalog previous, Path file, Map<String, PolicyDocument> byVersion) {
        if (previous == null) {
            return;
        }
        previous.documents().stream()
                .filter(d -> d.source().equals(file.toString()))
                .forEach(d -> byVersion.putIfAbsent(d.version(), d));
    }

    private List<Path> policyFiles() {
        // Kubernetes mounts a ConfigMap through "..data" symlinks; hidden entries are its plumbing.
        try (Stream<Path> entries = Files.list(directory)) {
            return entries
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list policy directory " + directory, e);
        }
    }
}
