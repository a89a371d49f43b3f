package dev.bulwark.classifier.hashbank.active;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How hash banks match and what the admin API accepts. */
@ConfigMapping(prefix = "bulwark.hash-banks")
public interface HashBankConfig {

    /** Largest PDQ Hamming distance that still counts as the same image (the reference advises 31). */
    @WithDefault("31")
    int pdqThreshold();

    /** How often each replica reloads the banks, to see changes made through other replicas. */
    @WithDefault("30s")
    Duration refreshEvery();

    /** Uploaded images whose PDQ quality is below this get their SHA-256 stored, not their PDQ hash. */
    @WithDefault("50")
    int minPdqQuality();

    /** Largest image the admin API hashes, in bytes. */
    @WithDefault("4194304")
    int maxImageBytes();
}
