-- Reference data: one validated JSON document per association (platforms and standing unit groups).
CREATE TABLE association (
    id         varchar(64) PRIMARY KEY,
    document   text        NOT NULL,
    version    integer     NOT NULL,
    updated_at timestamptz NOT NULL
);

-- Goal models: every uploaded version is kept; the highest version of an association and year is in force.
CREATE TABLE goal_model_version (
    association_id varchar(64) NOT NULL,
    year           integer     NOT NULL,
    version        integer     NOT NULL,
    document       text        NOT NULL,
    created_at     timestamptz NOT NULL,
    PRIMARY KEY (association_id, year, version)
);
