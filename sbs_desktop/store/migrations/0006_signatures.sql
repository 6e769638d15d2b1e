-- Signed bundles (format version 2): the keys the coordinator pinned, and provenance.

-- The coordinator pins each supporter pseudonym to the first signing key a bundle of
-- it carried (trust on first use, docs/bundle-format.md section 7): a later bundle
-- under that pseudonym signed by another key, or not signed at all, is refused.
CREATE TABLE supporter_keys (
    supporter        TEXT PRIMARY KEY,          -- pseudonym 'S-' + 12 hex
    signing_key      TEXT NOT NULL CHECK (length(signing_key) = 64),  -- Ed25519, hex
    first_export_id  TEXT NOT NULL,             -- the bundle that brought the key
    pinned_at        TEXT NOT NULL              -- UTC, ISO 8601
) STRICT;

-- Provenance: the key that signed each bundle; '' for an unsigned (version 1) bundle.
ALTER TABLE merged_bundles ADD COLUMN signing_key TEXT NOT NULL DEFAULT '';
