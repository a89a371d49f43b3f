package dev.bulwark.policy;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every policy version a service knows, by version id, and the documents that were refused when the
 * catalog was read. Immutable: a reload builds a new catalog and swaps it in whole.
 *
 * <p>Version ids sort as text, so date-based ids ({@code 2026-11-26.1}) put the newest last.
 */
public final class PolicyCatalog {

    private final TreeMap<String, PolicyDocument> byVersion;
    private final List<PolicyViolation> refused;

    PolicyCatalog(Map<String, PolicyDocument> byVersion, List<PolicyViolation> refused) {
        this.byVersion = new TreeMap<>(byVersion);
        this.refused = List.copyOf(refused);
    }

    /** A catalog holding just the policy that ships with Bulwark. */
    public static PolicyCatalog bundled() {
        PolicyDocument document = PolicyDocument.bundled();
        return new PolicyCatalog(Map.of(document.version(), document), List.of());
    }

    public Optional<PolicyDocument> version(String version) {
        return Optional.ofNullable(byVersion.get(version));
    }

    /** The newest version: the one in force unless an operator has chosen another. */
    public PolicyDocument newest() {
        return byVersion.lastEntry().getValue();
    }

    /** Every version, oldest first. */
    public Collection<PolicyDocument> documents() {
        return byVersion.values();
    }

    /** What was wrong with the documents this catalog refused (empty when every file was valid). */
    public List<PolicyViolation> refused() {
        return refused;
    }

    /** True when both catalogs hold the same documents byte for byte and refused the same things. */
    public boolean sameAs(PolicyCatalog other) {
        return fingerprint().equals(other.fingerprint()) && refused.equals(other.refused);
    }

    private List<String> fingerprint() {
        return byVersion.values().stream()
                .sorted(Comparator.comparing(PolicyDocument::version))
                .map(d -> d.version() + "@" + d.sha256())
                .toList();
    }
}
