-- Episodes and activities are written in batches: ids are taken 50 at a time so the inserts can be batched too.
ALTER SEQUENCE episode_id_seq INCREMENT BY 50;
ALTER SEQUENCE activity_id_seq INCREMENT BY 50;
