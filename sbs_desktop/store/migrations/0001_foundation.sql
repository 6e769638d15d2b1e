-- The vault's own facts, the interaction log, contacts and the resource directory.

CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY,
    value ANY NOT NULL
) STRICT;

-- The pseudonym secret never leaves the vault (docs/bundle-format.md, Pseudonyms).
INSERT INTO vault_meta (key, value) VALUES ('pseudonym_secret', randomblob(32));
INSERT INTO vault_meta (key, value) VALUES ('vault_id', lower(hex(randomblob(16))));

CREATE TABLE contacts (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    year_of_study INTEGER CHECK (year_of_study BETWEEN 1 AND 4),
    reach         TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX contacts_by_name ON contacts (name COLLATE NOCASE);

-- Concerns and referrals are stored as space-separated codes in the row itself:
-- one insert per interaction keeps bulk writes close to plain SQLite speed.
CREATE TABLE interactions (
    id               INTEGER PRIMARY KEY,
    occurred_at      TEXT NOT NULL,          -- local time, 'YYYY-MM-DDTHH:MM'
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 600),
    format           TEXT NOT NULL,
    initiated_by     TEXT NOT NULL,
    outreach_reason  TEXT,
    primary_concern  TEXT NOT NULL,
    concerns         TEXT NOT NULL DEFAULT '',
    risk             TEXT NOT NULL,
    referrals        TEXT NOT NULL DEFAULT '',
    follow_up_due    TEXT,                   -- 'YYYY-MM-DD'
    follow_up_done   INTEGER NOT NULL DEFAULT 0,
    contact_id       INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    year_of_study    INTEGER CHECK (year_of_study BETWEEN 1 AND 4),
    notes            TEXT NOT NULL DEFAULT '',
    action_taken     TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX interactions_by_time ON interactions (occurred_at);
CREATE INDEX interactions_follow_up ON interactions (follow_up_done, follow_up_due);
CREATE INDEX interactions_by_contact ON interactions (contact_id);

CREATE TABLE resources (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('crisis', 'referral')),
    phone       TEXT NOT NULL DEFAULT '',
    website     TEXT NOT NULL DEFAULT '',
    hours       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL DEFAULT 0
) STRICT;
