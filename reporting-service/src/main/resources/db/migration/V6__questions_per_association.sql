-- An association's own question codes are its own (issue 11, finding 9): two associations may each have a UMEA-1.9,
-- so an analyst choosing a code learns nothing of another association's catalogue. A shipped question's code is
-- everyone's and cannot be taken. The row gets an identity of its own; the code is unique per owner.
ALTER TABLE question DROP CONSTRAINT question_pkey;
ALTER TABLE question ADD COLUMN id bigserial PRIMARY KEY;
CREATE UNIQUE INDEX question_owner_code ON question ((coalesce(association_id, '')), code);
