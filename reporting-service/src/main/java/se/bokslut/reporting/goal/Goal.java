package se.bokslut.reporting.goal;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A numbered goal (konto, socialt mål) and its indicators. */
@Schema(description = "A goal with its indicators")
public record Goal(
        @Schema(required = true, example = "1.1") String id,
        @Schema(required = true, example = "Deltagarna kommer närmare arbetsmarknaden") String title,
        @Schema(required = true) List<Indicator> indicators) {
}
