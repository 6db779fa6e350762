-- One counter per association, raised in the same transaction as every batch that changes its figures (new facts,
-- new survey responses). reporting keeps the figures it has read under this number and reads again when it moves:
-- a cache invalidated by what scoring has applied, never by time (ADR 0014). Every scoring replica writes the same
-- row in the same database, so the number is one truth however many replicas apply.
CREATE TABLE figures_version (
    association_id varchar(64) PRIMARY KEY,
    version        bigint      NOT NULL
);

-- Which database the numbers count in: a rebuilt scoring starts its numbers again in a new database, which gets a new
-- epoch here, so a reader never takes a number of the new database for the same number of the old one.
CREATE TABLE figures_epoch (
    epoch uuid PRIMARY KEY
);
INSERT INTO figures_epoch (epoch) VALUES (gen_random_uuid());
