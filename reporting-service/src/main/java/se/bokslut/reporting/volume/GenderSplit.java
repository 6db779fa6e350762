package se.bokslut.reporting.volume;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokslut.reporting.figures.VolumeFigures;

/** A count for women, men and everyone (others and unspecified are in the total only). */
@Schema(description = "Women, men and total (the total includes everyone)")
public record GenderSplit(
        @Schema(example = "148", nullable = true, description = "null when suppressed (see suppression)") Long women,
        @Schema(example = "147", nullable = true) Long men,
        @Schema(example = "295", nullable = true) Long total) {

    public static GenderSplit of(VolumeFigures figures, java.util.function.ToLongFunction<VolumeFigures.GroupFigures> measure) {
        return new GenderSplit(measure.applyAsLong(figures.group(VolumeFigures.WOMAN)),
                measure.applyAsLong(figures.group(VolumeFigures.MAN)),
                measure.applyAsLong(figures.group(VolumeFigures.TOTAL)));
    }
}
