-- One counter per association, raised in the same transaction as every batch that changes its figures (new facts,
-- new survey responses). reporting keeps the figures it has read under this number and reads again when it moves:
-- a cache invalidated by what scoring has applied, never by time (ADR 0014). Every scoring replica writes the same
-- row in the same database, so the number is one truth however many replicas apply.
CREATE TABLE figures_version (
    association_id varchar(64) PRIMARY KEY,
    version        bigint      NOT NULL
);
