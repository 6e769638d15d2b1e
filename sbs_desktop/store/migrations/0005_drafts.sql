-- Half-filled forms written into the vault when the program locks (or closes while
-- locked), so that nothing typed is lost and nothing typed ever sits outside the vault.
-- Each is put back on the next unlock or start, then deleted.
CREATE TABLE drafts (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,           -- which form: 'interaction', 'contact', 'survey'
    fields    TEXT NOT NULL,           -- the form's fields as JSON (codes, ISO dates, text)
    saved_at  TEXT NOT NULL            -- UTC, ISO 8601
) STRICT;
