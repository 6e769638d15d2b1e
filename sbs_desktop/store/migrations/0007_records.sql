-- Records over time: where each survey response came from, and the audit trail.

-- How a response reached the vault: typed in from paper, given in kiosk mode, or
-- imported from CSV. NULL for responses stored before this was recorded.
ALTER TABLE survey_responses ADD COLUMN source TEXT
    CHECK (source IN ('typed', 'kiosk', 'imported'));

-- Every change of state, in the order it happened. It names the record and the
-- fields changed, never their values, and it is never exported (docs/design.md,
-- Records over time). Append-only: the triggers below refuse to change or remove
-- an event, so the trail cannot be edited from inside the program.
CREATE TABLE audit_events (
    id          INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,              -- UTC, 'YYYY-MM-DDTHH:MM:SSZ'
    kind        TEXT NOT NULL,              -- core.audit.EventKind
    record_id   INTEGER,                    -- the interaction, contact, response ... changed
    fields      TEXT NOT NULL DEFAULT '',   -- names of the fields changed, space separated
    detail      TEXT NOT NULL DEFAULT '{}'  -- JSON: counts, a file or folder name, outcomes
) STRICT;

CREATE INDEX audit_events_by_time ON audit_events (occurred_at);
CREATE INDEX audit_events_by_kind ON audit_events (kind, occurred_at);

CREATE TRIGGER audit_events_append_only_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_events_append_only_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
