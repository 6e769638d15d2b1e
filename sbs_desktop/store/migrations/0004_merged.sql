-- The coordinator's merged data: the bundles imported (provenance) and their rows.

-- One row per bundle ever imported, kept after a newer bundle replaces its rows so
-- the coordinator can always say what a figure was built from.
CREATE TABLE merged_bundles (
    id                 INTEGER PRIMARY KEY,
    export_id          TEXT NOT NULL UNIQUE,
    supporter          TEXT NOT NULL,
    export_sequence    INTEGER NOT NULL,
    exported_at        TEXT NOT NULL,           -- UTC, ISO 8601, as in the manifest
    imported_at        TEXT NOT NULL,           -- UTC, ISO 8601
    app_version        TEXT NOT NULL,
    period_start       TEXT NOT NULL DEFAULT '',
    period_end         TEXT NOT NULL DEFAULT '',
    granularity        TEXT NOT NULL CHECK (granularity IN ('week', 'month')),
    instrument_id      TEXT NOT NULL DEFAULT '',
    instrument_version TEXT NOT NULL DEFAULT '',
    interaction_rows   INTEGER NOT NULL,
    schedule_rows      INTEGER NOT NULL,
    survey_rows        INTEGER NOT NULL,
    source_name        TEXT NOT NULL,           -- file or folder name, not the full path
    replaced_by        INTEGER REFERENCES merged_bundles (id)
) STRICT;

CREATE INDEX merged_bundles_by_supporter ON merged_bundles (supporter, export_sequence);

-- Rows keep the bundle they came from; replacing a supporter's bundle deletes by it.
CREATE TABLE merged_interactions (
    bundle_id        INTEGER NOT NULL REFERENCES merged_bundles (id),
    interaction      TEXT NOT NULL,
    supporter        TEXT NOT NULL,
    period           TEXT NOT NULL,
    academic_year    TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    format           TEXT NOT NULL,
    initiated_by     TEXT NOT NULL,
    outreach_reason  TEXT NOT NULL DEFAULT '',
    primary_concern  TEXT NOT NULL,
    concerns         TEXT NOT NULL DEFAULT '',
    risk             TEXT NOT NULL,
    referrals        TEXT NOT NULL DEFAULT '',
    follow_up        TEXT NOT NULL,
    classmate        TEXT NOT NULL DEFAULT '',
    year_of_study    INTEGER
) STRICT;

CREATE INDEX merged_interactions_by_bundle ON merged_interactions (bundle_id);

CREATE TABLE merged_schedule (
    bundle_id     INTEGER NOT NULL REFERENCES merged_bundles (id),
    supporter     TEXT NOT NULL,
    period        TEXT NOT NULL,
    mode          TEXT NOT NULL,
    hours_offered REAL NOT NULL
) STRICT;

CREATE INDEX merged_schedule_by_bundle ON merged_schedule (bundle_id);

CREATE TABLE merged_survey (
    bundle_id          INTEGER NOT NULL REFERENCES merged_bundles (id),
    response           TEXT NOT NULL,
    instrument         TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    period             TEXT NOT NULL,
    question           TEXT NOT NULL,
    answer             TEXT NOT NULL
) STRICT;

CREATE INDEX merged_survey_by_bundle ON merged_survey (bundle_id);
