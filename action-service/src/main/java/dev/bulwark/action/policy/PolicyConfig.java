package dev.bulwark.action.policy;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Where the usage policy comes from. */
@ConfigMapping(prefix = "bulwark.policy")
public interface PolicyConfig {

    /** Path of the usage policy YAML to enforce; the policy bundled with Bulwark when unset. */
    Optional<String> file();
}
