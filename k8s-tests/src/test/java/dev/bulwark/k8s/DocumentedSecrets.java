package dev.bulwark.k8s;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Secrets docs/kubernetes.md tells an operator to create ({@code kubectl create secret ... NAME}):
 * the manifests refer to Secrets by name only, so every one they name must be documented there.
 */
final class DocumentedSecrets {

    static final String DOC = "docs/kubernetes.md";
    private static final Pattern CREATE = Pattern.compile("kubectl(?: -n \\S+)? create secret \\S+ ([a-z0-9-]+)");

    private DocumentedSecrets() {
    }

    static Set<String> all() {
        Matcher matcher = CREATE.matcher(Repository.read(DOC));
        return matcher.results().map(match -> match.group(1)).collect(Collectors.toSet());
    }
}
