package se.bokslut.scoring.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.bokslut.scoring.survey.SurveyFigures.GroupFigures;
import se.bokslut.scoring.survey.SurveyFigures.QuestionFigures;

/** Sums the survey counts of a set of platforms over a date range into {@link SurveyFigures}. */
@ApplicationScoped
public class SurveyFiguresService {

    @Inject
    SurveyCountRepository counts;

    public SurveyFigures figures(String associationId, List<String> platformIds, LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> respondents = new TreeMap<>();
        for (Object[] row : counts.respondents(associationId, platformIds, from, to)) {
            respondents.computeIfAbsent((String) row[0], group -> new TreeMap<>())
                    .put((String) row[1], ((Number) row[2]).longValue());
        }
        // group → question → answer → gender → count
        Map<String, Map<String, Map<String, Map<String, Long>>>> answers = new TreeMap<>();
        for (Object[] row : counts.answers(associationId, platformIds, from, to)) {
            answers.computeIfAbsent((String) row[0], group -> new TreeMap<>())
                    .computeIfAbsent((String) row[1], question -> new TreeMap<>())
                    .computeIfAbsent((String) row[2], answer -> new TreeMap<>())
                    .put((String) row[3], ((Number) row[4]).longValue());
        }
        List<GroupFigures> groups = new ArrayList<>();
        respondents.forEach((group, byGender) -> {
            List<QuestionFigures> questions = new ArrayList<>();
            answers.getOrDefault(group, Map.of()).forEach((question, byAnswer) -> {
                Map<String, Long> answered = new TreeMap<>();
                byAnswer.values().forEach(byGenderOfAnswer -> byGenderOfAnswer
                        .forEach((gender, count) -> answered.merge(gender, count, Long::sum)));
                questions.add(new QuestionFigures(question, answered, byAnswer));
            });
            groups.add(new GroupFigures(group, byGender, questions));
        });
        return new SurveyFigures(associationId, List.copyOf(platformIds), from, to, groups);
    }
}
