-- Event and response ids are scoped per association (issue 11, finding 9): the idempotency key is the association
-- and the id, so an association reusing an id another association already sent is answered as new, and a 409 can
-- only ever tell a sender about its own association's submissions. The row's own identity stays its acceptance order
-- (seq, unique).
ALTER TABLE outbox_event DROP CONSTRAINT outbox_event_pkey;
ALTER TABLE outbox_event ADD PRIMARY KEY (association_id, id);

-- The platform of a participant event, so a retraction can be refused when the target is another platform's.
ALTER TABLE outbox_event ADD COLUMN platform_id varchar(64);
UPDATE outbox_event SET platform_id = payload::jsonb ->> 'platformId' WHERE kind = 'PARTICIPANT_EVENT';
