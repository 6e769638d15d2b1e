-- The supporter's export history: when, what and where each bundle was written.

-- `sequence` orders one vault's exports (the manifest's export_sequence), so the
-- coordinator can tell a newer export from an older one without trusting clocks.
CREATE TABLE exports (
    sequence          INTEGER PRIMARY KEY,
    export_id         TEXT NOT NULL UNIQUE,      -- uuid, as in manifest.json
    exported_at       TEXT NOT NULL,             -- UTC, 'YYYY-MM-DDTHH:MM:SSZ'
    granularity       TEXT NOT NULL CHECK (granularity IN ('week', 'month')),
    form              TEXT NOT NULL CHECK (form IN ('folder', 'zip', 'zip.age')),
    destination       TEXT NOT NULL,             -- the path written, on this computer
    recipient         TEXT,                      -- coordinator's age public key, if encrypted
    period_first      TEXT,                      -- NULL when nothing dated was exported
    period_last       TEXT,
    interaction_rows  INTEGER NOT NULL,
    schedule_rows     INTEGER NOT NULL,
    survey_rows       INTEGER NOT NULL
) STRICT;
