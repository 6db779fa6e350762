package se.bokslut.scoring.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import se.bokslut.scoring.survey.SurveyResponseHandler.CountedResponse;

/** The survey counts: additive per platform and day, summed for any period and set of platforms at query time. */
@ApplicationScoped
public class SurveyCountRepository {

    private static final String GROUP = "CASE WHEN GROUPING(respondent_gender) = 1 THEN 'TOTAL' ELSE respondent_gender END";

    @Inject
    EntityManager entityManager;

    boolean recordIfAbsent(CountedResponse response, String payload, OffsetDateTime receivedAt) {
        return entityManager.createNativeQuery("""
                INSERT INTO survey_response (response_id, association_id, respondent_group, answered_on,
                                             respondent_gender, payload, received_at)
                VALUES (:id, :association, :group, :answeredOn, :gender, :payload, :receivedAt)
                ON CONFLICT (response_id) DO NOTHING
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

    void addRespondent(CountedResponse response, String platform) {
        entityManager.createNativeQuery("""
                INSERT INTO survey_respondent_count (association_id, platform_id, answered_on, respondent_group,
                                                     respondent_gender, respondents)
                VALUES (:association, :platform, :answeredOn, :group, :gender, 1)
                ON CONFLICT (association_id, platform_id, answered_on, respondent_group, respondent_gender)
                DO UPDATE SET respondents = survey_respondent_count.respondents + 1
                """)
                .setParameter("association", response.associationId())
                .setParameter("platform", platform)
                .setParameter("answeredOn", response.answeredOn())
                .setParameter("group", response.respondentGroup())
                .setParameter("gender", response.respondentGender())
                .executeUpdate();
    }

    void addAnswer(CountedResponse response, String platform, String question, String answer) {
        entityManager.createNativeQuery("""
                INSERT INTO survey_answer_count (association_id, platform_id, answered_on, respondent_group,
                                                 respondent_gender, question, answer, respondents)
                VALUES (:association, :platform, :answeredOn, :group, :gender, :question, :answer, 1)
                ON CONFLICT (association_id, platform_id, answered_on, respondent_group, respondent_gender, question,
                             answer)
                DO UPDATE SET respondents = survey_answer_count.respondents + 1
                """)
                .setParameter("association", response.associationId())
                .setParameter("platform", platform)
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
                FROM survey_respondent_count
                WHERE association_id = :association AND platform_id IN (:platforms)
                  AND answered_on BETWEEN :from AND :to
                GROUP BY GROUPING SETS ((respondent_group, respondent_gender), (respondent_group))
                ORDER BY 1, 2
                """.formatted(GROUP))
                .setParameter("association", associationId).setParameter("platforms", platformIds)
                .setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /** Rows of respondent group, question, answer, gender group (or TOTAL), respondents. */
    @SuppressWarnings("unchecked")
    List<Object[]> answers(String associationId, List<String> platformIds, LocalDate from, LocalDate to) {
        return entityManager.createNativeQuery("""
                SELECT respondent_group, question, answer, %s, sum(respondents)
                FROM survey_answer_count
                WHERE association_id = :association AND platform_id IN (:platforms)
                  AND answered_on BETWEEN :from AND :to
                GROUP BY GROUPING SETS ((respondent_group, question, answer, respondent_gender),
                                        (respondent_group, question, answer))
                ORDER BY 1, 2, 3, 4
                """.formatted(GROUP))
                .setParameter("association", associationId).setParameter("platforms", platformIds)
                .setParameter("from", from).setParameter("to", to)
                .getResultList();
    }
}
