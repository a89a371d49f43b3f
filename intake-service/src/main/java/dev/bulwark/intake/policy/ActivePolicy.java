package dev.bulwark.intake.policy;

import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.Surface;
import dev.bulwark.policy.UsagePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The usage policy intake validates surfaces against and takes failure modes from: the file named
 * by {@code bulwark.policy.file}, else the policy bundled with Bulwark.
 */
@ApplicationScoped
public class ActivePolicy {

    private final UsagePolicy policy;

    public ActivePolicy(@ConfigProperty(name = "bulwark.policy.file") Optional<String> file) {
        this.policy = file.map(Path::of).map(PolicyLoader::load).orElseGet(PolicyLoader::loadBundled);
    }

    public UsagePolicy current() {
        return policy;
    }

    public Set<String> surfaceIds() {
        return policy.surfaces().stream().map(Surface::id).collect(Collectors.toUnmodifiableSet());
    }
}
