-- Every participant event scoring has received, once (event_id is the idempotency key and the processed-event log).
-- The derived tables below are rebuilt per participant from these facts whenever one of the participant's facts
-- arrives, so late, out-of-order and retracted events always leave the figures as if everything had come in order.
CREATE TABLE participant_fact (
    event_id       uuid PRIMARY KEY,
    association_id varchar(64)  NOT NULL,
    participant_id varchar(64)  NOT NULL,
    platform_id    varchar(64)  NOT NULL,
    type           varchar(32)  NOT NULL,
    occurred_on    date         NOT NULL,
    arrival        bigint       NOT NULL,
    payload        text         NOT NULL,
    received_at    timestamptz  NOT NULL
);
CREATE INDEX participant_fact_participant ON participant_fact (association_id, participant_id);

-- Start → closure on one platform (an episode), with the profile at start and the follow-ups of its closure.
CREATE TABLE episode (
    id                       bigserial PRIMARY KEY,
    association_id           varchar(64) NOT NULL,
    participant_id           varchar(64) NOT NULL,
    platform_id              varchar(64) NOT NULL,
    started_on               date        NOT NULL,
    start_event_id           uuid        NOT NULL,
    closed_on                date,
    close_event_id           uuid,
    outcome                  varchar(32),
    gender                   varchar(16) NOT NULL,
    birth_year               integer,
    municipality_code        varchar(4),
    education                varchar(40),
    income_support           text[]      NOT NULL DEFAULT '{}',
    years_on_public_support  integer,
    tags                     text[]      NOT NULL DEFAULT '{}',
    employed_after_6         boolean,
    employed_after_12        boolean,
    employed_after_24        boolean
);
CREATE INDEX episode_participant ON episode (association_id, participant_id);
CREATE INDEX episode_platform_period ON episode (association_id, platform_id, started_on, closed_on);

-- Referrals and preparation decisions, counted by the day they happened.
CREATE TABLE activity (
    id             bigserial PRIMARY KEY,
    association_id varchar(64) NOT NULL,
    participant_id varchar(64) NOT NULL,
    platform_id    varchar(64) NOT NULL,
    kind           varchar(32) NOT NULL,
    occurred_on    date        NOT NULL,
    referred_by    varchar(32),
    gender         varchar(16) NOT NULL,
    event_id       uuid        NOT NULL
);
CREATE INDEX activity_participant ON activity (association_id, participant_id);
CREATE INDEX activity_platform_period ON activity (association_id, platform_id, occurred_on);

-- Events that break the participant rules. An anomaly is resolved (not deleted) when a later event makes the
-- history valid, and opened again should a later event invalidate it once more.
CREATE TABLE anomaly (
    id             bigserial PRIMARY KEY,
    association_id varchar(64) NOT NULL,
    participant_id varchar(64) NOT NULL,
    platform_id    varchar(64) NOT NULL,
    event_id       uuid        NOT NULL,
    event_type     varchar(32) NOT NULL,
    occurred_on    date        NOT NULL,
    reason         varchar(40) NOT NULL,
    status         varchar(16) NOT NULL,
    detected_at    timestamptz NOT NULL,
    resolved_at    timestamptz,
    UNIQUE (event_id, reason)
);
CREATE INDEX anomaly_association ON anomaly (association_id, status, platform_id);
CREATE INDEX anomaly_participant ON anomaly (association_id, participant_id);
