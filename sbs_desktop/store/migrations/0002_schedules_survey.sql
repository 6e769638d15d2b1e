-- Supporter schedules (weekly slots valid for a term, with dates off) and the
-- barriers survey (instrument definitions loaded into the vault, anonymous responses).

CREATE TABLE schedule_terms (
    id         INTEGER PRIMARY KEY,
    starts_on  TEXT NOT NULL,                -- 'YYYY-MM-DD'
    ends_on    TEXT NOT NULL,                -- 'YYYY-MM-DD', inclusive
    CHECK (ends_on >= starts_on)
) STRICT;

CREATE TABLE schedule_slots (
    id       INTEGER PRIMARY KEY,
    term_id  INTEGER NOT NULL REFERENCES schedule_terms (id) ON DELETE CASCADE,
    weekday  INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),   -- Monday = 0
    starts   TEXT NOT NULL,                  -- 'HH:MM'
    ends     TEXT NOT NULL,                  -- 'HH:MM'
    mode     TEXT NOT NULL CHECK (mode IN ('in_person', 'online')),
    place    TEXT NOT NULL DEFAULT '',
    CHECK (ends > starts)
) STRICT;

CREATE INDEX schedule_slots_by_term ON schedule_slots (term_id);

CREATE TABLE schedule_exceptions (
    term_id  INTEGER NOT NULL REFERENCES schedule_terms (id) ON DELETE CASCADE,
    day      TEXT NOT NULL,                  -- 'YYYY-MM-DD', a date off
    PRIMARY KEY (term_id, day)
) STRICT;

-- Instrument versions loaded into this vault besides the shipped ones.
CREATE TABLE survey_instruments (
    instrument_id TEXT NOT NULL,
    version       TEXT NOT NULL,
    definition    TEXT NOT NULL,             -- the instrument file's JSON
    PRIMARY KEY (instrument_id, version)
) STRICT;

-- Date only, never a time or anything about the respondent (docs/design.md, Domain vocabulary).
CREATE TABLE survey_responses (
    id                 INTEGER PRIMARY KEY,
    uid                TEXT NOT NULL UNIQUE,
    instrument_id      TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    answered_on        TEXT NOT NULL         -- 'YYYY-MM-DD'
) STRICT;

CREATE TABLE survey_answers (
    response_id INTEGER NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
    question    TEXT NOT NULL,
    answer      TEXT NOT NULL,
    PRIMARY KEY (response_id, question, answer)
) STRICT;
