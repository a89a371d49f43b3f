package dev.bulwark.action.policy;

import dev.bulwark.action.enforcement.Ladder;
import dev.bulwark.action.standing.StandingProjection;
import dev.bulwark.policy.PolicyLoader;
import dev.bulwark.policy.UsagePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;

/**
 * The usage policy in force, loaded once at startup; the one place that knows where it comes from,
 * so hot reload can later swap it here.
 */
@ApplicationScoped
public class ActivePolicy {

    private final UsagePolicy policy;

    public ActivePolicy(PolicyConfig config) {
        this.policy = config.file().map(Path::of).map(PolicyLoader::load).orElseGet(PolicyLoader::loadBundled);
    }

    public UsagePolicy current() {
        return policy;
    }

    public boolean hasCategory(String id) {
        return policy.category(id).isPresent();
    }

    public Ladder ladder() {
        return new Ladder(policy.enforcement());
    }

    public StandingProjection standingProjection() {
        return new StandingProjection(ladder().strikeWindow());
    }
}
