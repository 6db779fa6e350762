package se.bokslut.reporting.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Survey counts as scoring-service serves them ({@code /api/v1/figures/surveys}); reporting's reading of them. */
public record SurveyFigures(String associationId, List<String> platformIds, LocalDate from, LocalDate to,
        List<GroupFigures> groups) {

    /** Keys of the stated-gender split, as scoring names them. */
    public static final List<String> GENDERS = List.of("WOMAN", "MAN", "OTHER", "UNSURE", "DECLINED", "NOT_STATED");
    public static final String TOTAL = "TOTAL";

    public Optional<GroupFigures> group(String respondentGroup) {
        return groups == null ? Optional.empty()
                : groups.stream().filter(group -> group.respondentGroup().equals(respondentGroup)).findFirst();
    }

    public record GroupFigures(String respondentGroup, Map<String, Long> respondents, List<QuestionFigures> questions) {

        public Optional<QuestionFigures> question(String code) {
            return questions.stream().filter(question -> question.question().equals(code)).findFirst();
        }

        public long respondents(String gender) {
            return respondents.getOrDefault(gender, 0L);
        }
    }

    public record QuestionFigures(String question, Map<String, Long> answered,
            Map<String, Map<String, Long>> answers) {

        public long answered(String gender) {
            return answered.getOrDefault(gender, 0L);
        }

        public long chose(List<String> values, String gender) {
            return values.stream().mapToLong(value -> answers.getOrDefault(value, Map.of()).getOrDefault(gender, 0L))
                    .sum();
        }
    }
}
