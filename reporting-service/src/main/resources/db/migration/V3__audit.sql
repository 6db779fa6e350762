-- Every change of reference data, a question or a goal model: who, when, and the document before and after.
CREATE TABLE audit_entry (
    id             bigserial PRIMARY KEY,
    association_id varchar(64)  NOT NULL,
    subject_type   varchar(32)  NOT NULL,
    subject_id     varchar(100) NOT NULL,
    action         varchar(16)  NOT NULL,
    actor          varchar(200) NOT NULL,
    changed_at     timestamptz  NOT NULL,
    before         text,
    after          text         NOT NULL
);
CREATE INDEX audit_entry_association ON audit_entry (association_id, changed_at);
