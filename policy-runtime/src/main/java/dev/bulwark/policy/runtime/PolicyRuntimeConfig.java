package dev.bulwark.policy.runtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Where a service reads its usage policies from and how it keeps them fresh. */
@ConfigMapping(prefix = "bulwark.policy")
public interface PolicyRuntimeConfig {

    /** Directory of policy documents (a ConfigMap built from policies/); the bundled policy when absent. */
    Optional<Path> directory();

    /** Version to put in force at start; the newest version of the directory when absent. */
    Optional<String> activeVersion();

    /** How often the directory is read again; a changed document is swapped in without a restart. */
    @WithDefault("10s")
    Duration reloadInterval();
}
