-- What an analyst enters for a unit and year that no system records: the value of a manual indicator
-- (MANUAL_VALUE, EXAMPLES, PRESENCE) or the board's verdict on a goal. The newest entry stands.
CREATE TABLE manual_entry (
    association_id varchar(64)  NOT NULL,
    year           integer      NOT NULL,
    unit_id        varchar(64)  NOT NULL,
    subject_type   varchar(16)  NOT NULL,
    subject_id     varchar(64)  NOT NULL,
    document       text         NOT NULL,
    changed_by     varchar(200) NOT NULL,
    changed_at     timestamptz  NOT NULL,
    PRIMARY KEY (association_id, year, unit_id, subject_type, subject_id)
);

-- a removed manual entry is audited with no document after
ALTER TABLE audit_entry ALTER COLUMN after DROP NOT NULL;
