package se.bokslut.reporting.signal;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Tolerance bands in the indicator's own unit (percentage points for shares) on the wrong side of the target: within
 * {@code green} still GREEN, within {@code yellow} YELLOW (three-level models, from 2020). Without a yellow band the
 * signal has two levels.
 */
@Schema(description = "Tolerance bands below (AT_LEAST) or above (AT_MOST) the target")
public record Tolerance(
        @Schema(example = "10", description = "Still GREEN within this distance of the target") BigDecimal green,
        @Schema(example = "15", description = "YELLOW within this distance; absent in two-level models") BigDecimal yellow) {
}
