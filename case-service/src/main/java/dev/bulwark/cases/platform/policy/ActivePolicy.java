package dev.bulwark.cases.platform.policy;

import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.UsagePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Holds the usage policy in force; the one place to change when hot reload arrives. */
@ApplicationScoped
public class ActivePolicy {

    private static final Logger LOG = Logger.getLogger(ActivePolicy.class);

    private final UsagePolicy policy;

    public ActivePolicy(PolicyConfig config) {
        this.policy = config.file().map(PolicyLoader::load).orElseGet(PolicyLoader::loadBundled);
        LOG.infof("usage policy %s in force", policy.version());
    }

    public UsagePolicy current() {
        return policy;
    }
}
