package dev.bulwark.cases.platform.policy;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** Where the usage policy comes from, under {@code bulwark.policy}. */
@ConfigMapping(prefix = "bulwark.policy")
public interface PolicyConfig {

    /** A policy file to use instead of the bundled policy. */
    Optional<Path> file();
}
