package dev.bulwark.action.transparency.application;

import dev.bulwark.action.identity.Backoff;
import dev.bulwark.action.transparency.ExportRules;
import dev.bulwark.action.transparency.StatementMapper;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The checked settings of the export, made at startup so a wrong category mapping or a missing
 * endpoint or token stops the service at once rather than at its first export.
 */
@ApplicationScoped
@Startup
public class TransparencySettings {

    /** Most statements the API takes in one call. */
    static final int API_BATCH_LIMIT = 100;

    private static final Logger LOG = Logger.getLogger(TransparencySettings.class);

    private final TransparencyConfig config;
    private final StatementMapper mapper;
    private final Backoff backoff;

    public TransparencySettings(TransparencyConfig config) {
        this.config = config;
        this.mapper = new StatementMapper(new ExportRules(config.categories(), config.illegalGrounds(),
                config.contentTypes(), config.territorialScope().orElse(List.of()), config.policyUrl().orElse(null)));
        this.backoff = new Backoff(config.retryInitialBackoff(), config.retryMaxBackoff());
        if (config.batchSize() < 1 || config.batchSize() > API_BATCH_LIMIT) {
            throw new IllegalStateException("bulwark.action.transparency.batch-size must be 1 to "
                    + API_BATCH_LIMIT);
        }
        if (!config.enabled()) {
            LOG.info("transparency export off: no statement of reasons is sent to the DSA Transparency Database");
            return;
        }
        config.endpoint().filter(url -> !url.isBlank()).orElseThrow(() -> new IllegalStateException(
                "bulwark.action.transparency.endpoint is required when the transparency export is on"));
        config.token().filter(token -> !token.isBlank()).orElseThrow(() -> new IllegalStateException(
                "bulwark.action.transparency.token is required when the transparency export is on"));
        LOG.infof("transparency export on: %d categories mapped", config.categories().size());
    }

    public boolean enabled() {
        return config.enabled();
    }

    public StatementMapper mapper() {
        return mapper;
    }

    /** Usage policy categories that have a DSA category. */
    public Set<String> mappedCategories() {
        return config.categories().keySet();
    }

    public Backoff backoff() {
        return backoff;
    }

    public TransparencyConfig config() {
        return config;
    }
}
