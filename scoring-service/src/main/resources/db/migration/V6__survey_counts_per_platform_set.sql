-- A response covering several platforms counts once for each of its platforms, but only once for any set of
-- platforms reported together (a unit group): counted per platform, it was added once per platform of the group, so
-- one manager's answer could lift a group's cell over the disclosure threshold (issue 11, finding 5). The counts are
-- now kept per platform set (the response's platform ids, sorted, joined by commas; ids never hold a comma) and a
-- query for platforms P sums the rows whose set meets P: each response once, whatever P is.
CREATE TABLE survey_respondent_set_count (
    association_id    varchar(64) NOT NULL,
    platform_set      text        NOT NULL,
    answered_on       date        NOT NULL,
    respondent_group  varchar(32) NOT NULL,
    respondent_gender varchar(16) NOT NULL,
    respondents       integer     NOT NULL,
    PRIMARY KEY (association_id, platform_set, answered_on, respondent_group, respondent_gender)
);

CREATE TABLE survey_answer_set_count (
    association_id    varchar(64) NOT NULL,
    platform_set      text        NOT NULL,
    answered_on       date        NOT NULL,
    respondent_group  varchar(32) NOT NULL,
    respondent_gender varchar(16) NOT NULL,
    question          varchar(64) NOT NULL,
    answer            varchar(8)  NOT NULL,
    respondents       integer     NOT NULL,
    PRIMARY KEY (association_id, platform_set, answered_on, respondent_group, respondent_gender, question, answer)
);

-- The per-platform counts cannot be split back into sets, but every response is kept whole: count them again.
INSERT INTO survey_respondent_set_count
SELECT association_id,
       (SELECT string_agg(DISTINCT p, ',' ORDER BY p) FROM jsonb_array_elements_text(payload::jsonb -> 'platformIds') p),
       answered_on, respondent_group, respondent_gender, count(*)
FROM survey_response
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO survey_answer_set_count
SELECT r.association_id,
       (SELECT string_agg(DISTINCT p, ',' ORDER BY p) FROM jsonb_array_elements_text(r.payload::jsonb -> 'platformIds') p),
       r.answered_on, r.respondent_group, r.respondent_gender, a.key, a.value, count(*)
FROM survey_response r, jsonb_each_text(r.payload::jsonb -> 'answers') a
GROUP BY 1, 2, 3, 4, 5, 6, 7;

DROP TABLE survey_respondent_count;
DROP TABLE survey_answer_count;
