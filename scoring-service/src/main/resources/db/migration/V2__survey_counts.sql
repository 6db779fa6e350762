-- Every survey response scoring has received, once (response_id is the idempotency key).
CREATE TABLE survey_response (
    response_id       uuid PRIMARY KEY,
    association_id    varchar(64) NOT NULL,
    respondent_group  varchar(32) NOT NULL,
    answered_on       date        NOT NULL,
    respondent_gender varchar(16) NOT NULL,
    payload           text        NOT NULL,
    received_at       timestamptz NOT NULL
);

-- Respondents per platform, day, group and stated gender (NOT_STATED when none). A response covering several
-- platforms counts once for each. Additive over days and platforms, so any period and unit group is a sum.
CREATE TABLE survey_respondent_count (
    association_id    varchar(64) NOT NULL,
    platform_id       varchar(64) NOT NULL,
    answered_on       date        NOT NULL,
    respondent_group  varchar(32) NOT NULL,
    respondent_gender varchar(16) NOT NULL,
    respondents       integer     NOT NULL,
    PRIMARY KEY (association_id, platform_id, answered_on, respondent_group, respondent_gender)
);

-- How many chose each answer of each question; a question left out was not answered and is not counted.
CREATE TABLE survey_answer_count (
    association_id    varchar(64) NOT NULL,
    platform_id       varchar(64) NOT NULL,
    answered_on       date        NOT NULL,
    respondent_group  varchar(32) NOT NULL,
    respondent_gender varchar(16) NOT NULL,
    question          varchar(64) NOT NULL,
    answer            varchar(8)  NOT NULL,
    respondents       integer     NOT NULL,
    PRIMARY KEY (association_id, platform_id, answered_on, respondent_group, respondent_gender, question, answer)
);
