package dev.bulwark.classifier.policy.active;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** Where the usage policy comes from. */
@ConfigMapping(prefix = "bulwark.policy")
public interface PolicyConfig {

    /** A policy document to use instead of the bundled one. */
    Optional<Path> file();
}
