package dev.bulwark.action.expiry.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often restrictions and suspensions that ran out are looked for, and how many at a time. */
@ConfigMapping(prefix = "bulwark.action.expiry")
public interface ExpiryConfig {

    /** How often the sweep looks for actions whose end has come. */
    @WithDefault("15s")
    String sweepEvery();

    /** Most actions one transaction of the sweep expires. */
    @WithDefault("100")
    int batch();
}
