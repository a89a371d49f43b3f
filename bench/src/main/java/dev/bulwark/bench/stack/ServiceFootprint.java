package dev.bulwark.bench.stack;

import java.time.Duration;

/**
 * One service's cost: from starting its JVM to {@code /q/health/ready} answering UP, and its resident
 * memory (VmRSS) idle after the stack started and again after the load.
 *
 * @param afterLoadMiB -1 until measured
 */
public record ServiceFootprint(String service, Duration ready, long idleMiB, long afterLoadMiB) {

    public ServiceFootprint afterLoad(long mib) {
        return new ServiceFootprint(service, ready, idleMiB, mib);
    }
}
