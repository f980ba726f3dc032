-- 0011: the yearly carers' survey (SPEC §7, issue 12): the six quality-of-life items of the national
-- Survey of Adult Carers in England (each 0 to 2) and overall satisfaction on the seven-point scale.
-- Pseudonymous by design: survey_participation says who answered in which year; survey_response holds
-- the answers with no carer, no time and nothing else that leads back. Decision 0017.

-- A survey year is a financial year (2026 is 1 April 2026 to 31 March 2027), as the indicators count them.
CREATE TABLE survey_year (
    financial_year integer     PRIMARY KEY CHECK (financial_year BETWEEN 2000 AND 2100),
    status         text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    -- The last day answers are taken; within the financial year.
    closes_on      date        NOT NULL,
    opened_by      text        NOT NULL,
    opened_at      timestamptz NOT NULL DEFAULT now(),
    closed_by      text,
    closed_at      timestamptz,
    version        integer     NOT NULL DEFAULT 1,
    CONSTRAINT survey_year_closes_within_year CHECK (closes_on BETWEEN make_date(financial_year, 4, 1) AND make_date(financial_year + 1, 3, 31)),
    CONSTRAINT survey_year_state CHECK (
        (status = 'open' AND closed_by IS NULL AND closed_at IS NULL)
        OR (status = 'closed' AND closed_by IS NOT NULL AND closed_at IS NOT NULL))
);
-- At most one survey year open at a time.
CREATE UNIQUE INDEX survey_year_one_open ON survey_year ((true)) WHERE status = 'open';

-- That a carer answered in a year, and nothing else: the primary key is the guard of one answer per carer per year.
CREATE TABLE survey_participation (
    financial_year integer NOT NULL REFERENCES survey_year (financial_year),
    carer_id       uuid    NOT NULL REFERENCES carer (id),
    PRIMARY KEY (financial_year, carer_id)
);

-- The answers: a random id, the year and a coarse age band copied when answering; no carer id, no timestamp.
CREATE TABLE survey_response (
    id                   uuid     PRIMARY KEY DEFAULT gen_random_uuid(),
    financial_year       integer  NOT NULL REFERENCES survey_year (financial_year),
    occupation           smallint NOT NULL CHECK (occupation BETWEEN 0 AND 2),
    control              smallint NOT NULL CHECK (control BETWEEN 0 AND 2),
    self_care            smallint NOT NULL CHECK (self_care BETWEEN 0 AND 2),
    safety               smallint NOT NULL CHECK (safety BETWEEN 0 AND 2),
    social_participation smallint NOT NULL CHECK (social_participation BETWEEN 0 AND 2),
    encouragement        smallint NOT NULL CHECK (encouragement BETWEEN 0 AND 2),
    satisfaction         text     NOT NULL CHECK (satisfaction IN ('extremelySatisfied', 'verySatisfied', 'quiteSatisfied',
                             'neitherSatisfiedNorDissatisfied', 'quiteDissatisfied', 'veryDissatisfied', 'extremelyDissatisfied',
                             'notReceivedSupport')),
    age_band             text     NOT NULL CHECK (age_band IN ('under18', 'from18To25', 'from26To64', 'from65'))
);
CREATE INDEX survey_response_year ON survey_response (financial_year);
