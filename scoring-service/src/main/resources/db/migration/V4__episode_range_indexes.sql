-- Episodes active in a range are those still open and those closed on or after its start. Two partial indexes find
-- them without reading the history before the range: a year's report costs the same with one year or ten behind it.
CREATE INDEX episode_platform_closed ON episode (association_id, platform_id, closed_on, started_on)
    WHERE closed_on IS NOT NULL;
CREATE INDEX episode_platform_open ON episode (association_id, platform_id, started_on)
    WHERE closed_on IS NULL;

-- The newest fact scoring has applied for an association: the time the social accounts say their figures are from.
CREATE INDEX participant_fact_received ON participant_fact (association_id, received_at);
CREATE INDEX survey_response_received ON survey_response (association_id, received_at);
