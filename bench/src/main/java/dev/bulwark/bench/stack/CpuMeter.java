package dev.bulwark.bench.stack;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of named processes (services, Keycloak, the echo server, the load generator itself) between two
 * readings, so a run can say which process a call's work went to: on a shared machine wall-clock rates
 * mislead, CPU milliseconds per call less so.
 */
public final class CpuMeter {

    private final Map<String, Long> pids = new LinkedHashMap<>();

    public CpuMeter watch(String name, long pid) {
        pids.put(name, pid);
        return this;
    }

    /** CPU time each process has used so far; a process that is gone reads as zero. */
    public Map<String, Duration> read() {
        Map<String, Duration> used = new LinkedHashMap<>();
        pids.forEach((name, pid) -> used.put(name, ProcessHandle.of(pid)
                .flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO)));
        return used;
    }

    /** CPU time used since {@code before} (a {@link #read()}), per process. */
    public Map<String, Duration> since(Map<String, Duration> before) {
        Map<String, Duration> used = new LinkedHashMap<>();
        read().forEach((name, now) -> used.put(name, now.minus(before.getOrDefault(name, Duration.ZERO))));
        return used;
    }
}
