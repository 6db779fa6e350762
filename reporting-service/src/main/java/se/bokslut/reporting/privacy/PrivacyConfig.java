package se.bokslut.reporting.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Small-count protection of what BI readers see. */
@ConfigMapping(prefix = "bokslut.reporting.privacy")
public interface PrivacyConfig {

    /** Counts from 1 up to this are hidden from BI readers, with every cell that would give them away. */
    @WithDefault("4")
    int smallCountThreshold();
}
