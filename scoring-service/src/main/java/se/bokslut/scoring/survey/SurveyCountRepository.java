package se.bokslut.scoring.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.bokslut.scoring.survey.SurveyResponseHandler.CountedResponse;

/**
 * The survey counts: additive per platform set (the platforms one response covers) and day. A query for some platforms
 * sums the rows whose set holds any of them, so a response counts once for one platform and once for a unit group
 * however many of the group's platforms it covers.
 */
@ApplicationScoped
public class SurveyCountRepository {

    private static final String GROUP = "CASE WHEN GROUPING(respondent_gender) = 1 THEN 'TOTAL' ELSE respondent_gender END";

    /** The row's platform set holds one of the platforms asked for. */
    private static final String MEETS = "EXISTS (SELECT 1 FROM unnest(string_to_array(platform_set, ',')) AS p(id) "
            + "WHERE p.id IN (:platforms))";

    @Inject
    EntityManager entityManager;

    /** The platforms of a response as one key: sorted, each once, joined by commas (a platform id holds none). */
    static String platformSet(List<String> platformIds) {
        return String.join(",", new TreeSet<>(platformIds));
    }

    boolean recordIfAbsent(CountedResponse response, String payload, OffsetDateTime receivedAt) {
        return entityManager.createNativeQuery("""
                INSERT INTO survey_response (response_id, association_id, respondent_group, answered_on,
                                             respondent_gender, payload, received_at)
                VALUES (:id, :association, :group, :answeredOn, :gender, :payload, :receivedAt)
                ON CONFLICT (association_id, response_id) DO NOTHING
                """)
                .setParameter("id", response.responseId())
                .setParameter("association", response.associationId())
                .setParameter("group", response.respondentGroup())
                .setParameter("answeredOn", response.answeredOn())
                .setParameter("gender", response.respondentGender())
                .setParameter("payload", payload)
                .setParameter("receivedAt", receivedAt)
                .executeUpdate() == 1;
    }

    void addRespondent(CountedResponse response) {
        entityManager.createNativeQuery("""
                INSERT INTO survey_respondent_set_count (association_id, platform_set, answered_on, respondent_group,
                                                         respondent_gender, respondents)
                VALUES (:association, :platforms, :answeredOn, :group, :gender, 1)
                ON CONFLICT (association_id, platform_set, answered_on, respondent_group, respondent_gender)
                DO UPDATE SET respondents = survey_respondent_set_count.respondents + 1
                """)
                .setParameter("association", response.associationId())
                .setParameter("platforms", platformSet(response.platformIds()))
                .setParameter("answeredOn", response.answeredOn())
                .setParameter("group", response.respondentGroup())
                .setParameter("gender", response.respondentGender())
                .executeUpdate();
    }

    void addAnswer(CountedResponse response, String question, String answer) {
        entityManager.createNativeQuery("""
                INSERT INTO survey_answer_set_count (association_id, platform_set, answered_on, respondent_group,
                                                     respondent_gender, question, answer, respondents)
                VALUES (:association, :platforms, :answeredOn, :group, :gender, :question, :answer, 1)
                ON CONFLICT (association_id, platform_set, answered_on, respondent_group, respondent_gender, question,
                             answer)
                DO UPDATE SET respondents = survey_answer_set_count.respondents + 1
                """)
                .setParameter("association", response.associationId())
                .setParameter("platforms", platformSet(response.platformIds()))
                .setParameter("answeredOn", response.answeredOn())
                .setParameter("group", response.respondentGroup())
                .setParameter("gender", response.respondentGender())
                .setParameter("question", question)
                .setParameter("answer", answer)
                .executeUpdate();
    }

    /** Rows of respondent group, gender group (or TOTAL), respondents. */
    @SuppressWarnings("unchecked")
    List<Object[]> respondents(String associationId, List<String> platformIds, LocalDate from, LocalDate to) {
        return entityManager.createNativeQuery("""
                SELECT respondent_group, %s, sum(respondents)
                FROM survey_respondent_set_count
                WHERE association_id = :association AND %s
                  AND answered_on BETWEEN :from AND :to
                GROUP BY GROUPING SETS ((respondent_group, respondent_gender), (respondent_group))
                ORDER BY 1, 2
                """.formatted(GROUP, MEETS))
                .setParameter("association", associationId).setParameter("platforms", platformIds)
                .setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** Rows of respondent group, question, answer, gender group (or TOTAL), respondents. */
    @SuppressWarnings("unchecked")
    List<Object[]> answers(String associationId, List<String> platformIds, LocalDate from, LocalDate to) {
        return entityManager.createNativeQuery("""
                SELECT respondent_group, question, answer, %s, sum(respondents)
                FROM survey_answer_set_count
                WHERE association_id = :association AND %s
                  AND answered_on BETWEEN :from AND :to
                GROUP BY GROUPING SETS ((respondent_group, question, answer, respondent_gender),
                                        (respondent_group, question, answer))
                ORDER BY 1, 2, 3, 4
                """.formatted(GROUP, MEETS))
                .setParameter("association", associationId).setParameter("platforms", platformIds)
                .setParameter("from", from).setParameter("to", to)
                .getResultList();
    }
}
