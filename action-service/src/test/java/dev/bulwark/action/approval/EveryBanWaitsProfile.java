package dev.bulwark.action.approval;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The production default: every ban, of an account or an organisation, waits for a second person. */
public class EveryBanWaitsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("bulwark.action.approval.required-for", "ORGANIZATION:BAN,ACCOUNT:BAN");
    }
}
