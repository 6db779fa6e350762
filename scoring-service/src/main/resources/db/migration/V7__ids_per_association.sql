-- Event and response ids are unique per association, not across associations (issue 11, finding 9): intake keys its
-- outbox by association and id, so two associations may send the same id and each must be counted. The fact log,
-- the anomalies and the survey responses are keyed the same way.
ALTER TABLE participant_fact DROP CONSTRAINT participant_fact_pkey;
ALTER TABLE participant_fact ADD PRIMARY KEY (association_id, event_id);

ALTER TABLE anomaly DROP CONSTRAINT anomaly_event_id_reason_key;
ALTER TABLE anomaly ADD CONSTRAINT anomaly_association_event_reason_key UNIQUE (association_id, event_id, reason);

ALTER TABLE survey_response DROP CONSTRAINT survey_response_pkey;
ALTER TABLE survey_response ADD PRIMARY KEY (association_id, response_id);
