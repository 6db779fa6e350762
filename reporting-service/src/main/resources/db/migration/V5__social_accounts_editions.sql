-- Adopted editions of the social accounts (fastställd version, SPEC §11): each freezes the document and its figures.
CREATE TABLE social_accounts_edition (
    association_id     varchar(64)  NOT NULL,
    year               integer      NOT NULL,
    edition            integer      NOT NULL,
    goal_model_version integer      NOT NULL,
    adopted_by         varchar(200) NOT NULL,
    adopted_at         timestamptz  NOT NULL,
    PRIMARY KEY (association_id, year, edition)
);

-- The frozen bytes of an edition, for analysts (every count) and BI readers (disclosure-controlled): the whole
-- document (unit_id '') as HTML and PDF, each unit's goal fulfilment as JSON and CSV, and the results as printed
-- (RESULTS) that the live document marks its changes against. Never updated.
CREATE TABLE social_accounts_edition_part (
    association_id varchar(64) NOT NULL,
    year           integer     NOT NULL,
    edition        integer     NOT NULL,
    audience       varchar(16) NOT NULL,
    unit_id        varchar(64) NOT NULL,
    format         varchar(16) NOT NULL,
    content        bytea       NOT NULL,
    PRIMARY KEY (association_id, year, edition, audience, unit_id, format),
    FOREIGN KEY (association_id, year, edition) REFERENCES social_accounts_edition
);
