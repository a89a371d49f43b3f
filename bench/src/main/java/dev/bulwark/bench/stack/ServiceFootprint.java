package dev.bulwark.bench.stack;

import java.time.Duration;
import java.util.Optional;

/**
 * One service's cost: from starting its JVM to {@code /q/health/ready} answering UP, on a fresh database
 * (its migrations run) and again when restarted after the load (database migrated, as for a pod
 * restart or a rolling deployment); and its resident memory (VmRSS) idle after the stack started and
 * again after the load.
 *
 * @param afterLoadMiB -1 until measured
 * @param restartReady empty until measured
 */
public record ServiceFootprint(String service, Duration ready, long idleMiB, long afterLoadMiB, Optional<Duration> restartReady) {

    public ServiceFootprint(String service, Duration ready, long idleMiB) {
        this(service, ready, idleMiB, -1, Optional.empty());
    }

    public ServiceFootprint afterLoad(long mib) {
        return new ServiceFootprint(service, ready, idleMiB, mib, restartReady);
    }

    public ServiceFootprint restarted(Duration took) {
        return new ServiceFootprint(service, ready, idleMiB, afterLoadMiB, Optional.of(took));
    }

    /** What a deployment waits for: the restart when measured, else the first start. */
    public Duration readyForTarget() {
        return restartReady.orElse(ready);
    }
}
