-- Intake's transactional outbox. A row is written in the same transaction that answers 202, so an accepted event
-- survives any crash; the relay publishes it to Kafka and stamps published_at. The row stays as the idempotency
-- record (same id + same hash = duplicate, same id + other hash = conflict).
CREATE TABLE outbox_event (
    id             uuid PRIMARY KEY,
    seq            bigserial   NOT NULL UNIQUE,
    kind           varchar(32) NOT NULL,
    type           varchar(32) NOT NULL,
    association_id varchar(64) NOT NULL,
    participant_id varchar(64),
    topic          varchar(128) NOT NULL,
    record_key     varchar(200) NOT NULL,
    payload        text        NOT NULL,
    content_hash   char(64)    NOT NULL,
    accepted_at    timestamptz NOT NULL,
    published_at   timestamptz
);

CREATE INDEX outbox_event_unpublished ON outbox_event (seq) WHERE published_at IS NULL;
