package se.bokslut.reporting.fulfilment;

import java.util.function.Function;

import se.bokslut.reporting.figures.VolumeFigures;

/**
 * The figures a unit's indicators are computed from: the volume figures, and those of episodes with a given profile
 * tag (fetched only when an indicator filters by one).
 */
public record FulfilmentFigures(VolumeFigures volume, Function<String, VolumeFigures> taggedVolume) {
}
