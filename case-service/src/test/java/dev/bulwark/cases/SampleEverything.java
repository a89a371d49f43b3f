package dev.bulwark.cases;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Runs case-service with every review decision and every automatic enforcement sampled for QA. */
public class SampleEverything implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("bulwark.cases.qa.review-sample-rate", "1.0", "bulwark.cases.qa.automation-sample-rate", "1.0");
    }
}
