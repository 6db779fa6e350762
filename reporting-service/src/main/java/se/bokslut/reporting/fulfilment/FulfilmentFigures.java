package se.bokslut.reporting.fulfilment;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import se.bokslut.reporting.figures.SurveyFigures;
import se.bokslut.reporting.figures.VolumeFigures;
import se.bokslut.reporting.question.Question;

/**
 * The figures a unit's indicators are computed from: the volume figures, those of episodes with a given profile tag,
 * and the survey counts (the last two fetched only when an indicator needs them), and the question catalogue.
 */
public record FulfilmentFigures(VolumeFigures volume, Function<String, VolumeFigures> taggedVolume,
        Supplier<SurveyFigures> surveys, Function<String, Optional<Question>> questions) {
}
