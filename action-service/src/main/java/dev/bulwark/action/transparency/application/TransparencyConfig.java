package dev.bulwark.action.transparency.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How enforcement decisions reach the DSA Transparency Database as statements of reasons. */
@ConfigMapping(prefix = "bulwark.action.transparency")
public interface TransparencyConfig {

    /** Whether statements are built and sent; when false nothing is exported. */
    @WithDefault("false")
    boolean enabled();

    /** Full URL of the API's "create multiple statements" endpoint; required when enabled. */
    Optional<String> endpoint();

    /** API token of the platform's account; comes from the environment or a secret, never a committed file. */
    Optional<String> token();

    /** DSA {@code STATEMENT_CATEGORY_*} value by usage policy category id; an unmapped category blocks its statements. */
    Map<String, String> categories();

    /** Legal ground relied on, by usage policy category id, for categories the platform treats as illegal content. */
    Map<String, String> illegalGrounds();

    /** DSA {@code CONTENT_TYPE_*} values of the content the service moderates. */
    @WithDefault("CONTENT_TYPE_TEXT")
    List<String> contentTypes();

    /** Two-letter codes of the EU/EEA countries a decision applies in; none leaves the field out. */
    Optional<List<String>> territorialScope();

    /** Public address of the usage policy, sent as the reference of the ground. */
    Optional<String> policyUrl();

    /** Statements sent per call (at most 100, the API's limit). */
    @WithDefault("100")
    int batchSize();

    /** Most batches one export run sends, and most scan transactions it makes. */
    @WithDefault("50")
    int maxBatchesPerRun();

    /** Actions one scan transaction turns into statements. */
    @WithDefault("500")
    int scanBatch();

    /** How often the exporter runs ({@code off} to run only on request). */
    @WithDefault("60s")
    String exportEvery();

    /** Longest wait for the API to answer one call before it counts as failed. */
    @WithDefault("30s")
    Duration callTimeout();

    /** Delay before a batch that failed as a whole is tried again; doubled on each further failure. */
    @WithDefault("30s")
    Duration retryInitialBackoff();

    /** Longest delay between two tries. */
    @WithDefault("1h")
    Duration retryMaxBackoff();
}
