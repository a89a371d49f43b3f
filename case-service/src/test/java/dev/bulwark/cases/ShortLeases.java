package dev.bulwark.cases;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Runs case-service with leases of a few seconds that the reaper returns every second, for tests that wait for leases to run out. */
public class ShortLeases implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("bulwark.cases.lease-duration", "5s", "bulwark.cases.expiry-interval", "1s");
    }
}
