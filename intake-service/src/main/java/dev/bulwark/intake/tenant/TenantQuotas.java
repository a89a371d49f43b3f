package dev.bulwark.intake.tenant;

import dev.bulwark.intake.config.IntakeConfig;
import dev.bulwark.intake.error.QuotaExceededException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-tenant request quotas as token buckets (a sustained rate plus a burst), from configuration.
 * Buckets live in this replica's memory: with N replicas a tenant gets up to N times its quota,
 * which the configured figures account for.
 */
@ApplicationScoped
public class TenantQuotas {

    private final IntakeConfig.Quota defaults;
    private final Map<String, IntakeConfig.Quota> overrides;
    private final MeterRegistry meters;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TenantQuotas(IntakeConfig config, MeterRegistry meters) {
        this.defaults = config.quota();
        this.overrides = config.quotas();
        this.meters = meters;
    }

    /** Takes one request from the tenant's bucket or throws with how long to wait. */
    public void acquire(String tenant) {
        ConsumptionProbe probe = buckets.computeIfAbsent(tenant, this::bucketFor).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            meters.counter("bulwark.intake.quota.rejections", "tenant", tenant).increment();
            throw new QuotaExceededException(tenant, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private Bucket bucketFor(String tenant) {
        IntakeConfig.Quota quota = overrides.getOrDefault(tenant, defaults);
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(quota.burst())
                        .refillGreedy(quota.requestsPerSecond(), Duration.ofSeconds(1))
                        .build())
                .build();
    }
}
