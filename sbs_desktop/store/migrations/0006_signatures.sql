-- Signed bundles (format version 2) and the vocabulary guard on interactions.

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

-- The codes an interaction may hold (sbs_desktop/core/vocabulary.py). The store checks
-- them before writing and names the field (store/interactions.py); this is the last
-- guard, so that no path can store a code an export would carry and the coordinator
-- refuse. Every insert or update of an interaction writes its codes through this table
-- (left empty again), whose CHECK constraints hold the vocabulary once for both
-- triggers. A new code is a new bundle format version and a new migration.
CREATE TABLE interaction_code_check (
    format           TEXT CONSTRAINT format_code CHECK (format IN (
        'in_person', 'phone', 'video', 'text_message', 'online_message', 'other')),
    initiated_by     TEXT CONSTRAINT initiated_by_code CHECK (initiated_by IN (
        'student', 'supporter')),
    outreach_reason  TEXT CONSTRAINT outreach_reason_code CHECK (
        outreach_reason IS NULL OR outreach_reason IN (
        'noticed_change', 'routine_check_in', 'follow_up', 'other')),
    primary_concern  TEXT CONSTRAINT primary_concern_code CHECK (primary_concern IN (
        'academic', 'exams', 'clerkship', 'career_match', 'burnout_stress',
        'mood_anxiety', 'relationships_family', 'finances', 'mistreatment',
        'physical_health', 'substance_use', 'grief', 'other')),
    risk             TEXT CONSTRAINT risk_code CHECK (risk IN (
        'none', 'concerned', 'very_concerned', 'immediate')),
    -- Code lists are codes joined by single spaces: removing every known code (with
    -- the space before it) must leave nothing.
    concerns         TEXT CONSTRAINT concerns_codes CHECK (concerns != '' AND trim(
        replace(replace(replace(replace(replace(replace(replace(
        replace(replace(replace(replace(replace(replace(' ' || concerns || ' '
            , ' academic ', ' ')
            , ' exams ', ' ')
            , ' clerkship ', ' ')
            , ' career_match ', ' ')
            , ' burnout_stress ', ' ')
            , ' mood_anxiety ', ' ')
            , ' relationships_family ', ' ')
            , ' finances ', ' ')
            , ' mistreatment ', ' ')
            , ' physical_health ', ' ')
            , ' substance_use ', ' ')
            , ' grief ', ' ')
            , ' other ', ' ')) = ''),
    referrals        TEXT CONSTRAINT referrals_codes CHECK (trim(
        replace(replace(replace(replace(replace(replace(replace(replace(' ' || referrals || ' '
            , ' faculty_wellness ', ' ')
            , ' university_counselling ', ' ')
            , ' physician_health_program ', ' ')
            , ' family_physician ', ' ')
            , ' crisis_line ', ' ')
            , ' emergency ', ' ')
            , ' academic_support ', ' ')
            , ' other ', ' ')) = '')
) STRICT;

CREATE TRIGGER interactions_codes_on_insert AFTER INSERT ON interactions
BEGIN
    INSERT INTO interaction_code_check (format, initiated_by, outreach_reason,
        primary_concern, risk, concerns, referrals)
    VALUES (NEW.format, NEW.initiated_by, NEW.outreach_reason, NEW.primary_concern,
        NEW.risk, NEW.concerns, NEW.referrals);
    -- An outer INSERT OR IGNORE would skip the failed row silently; RAISE cannot be.
    SELECT RAISE(ABORT, 'interaction codes outside the vocabulary')
        WHERE NOT EXISTS (SELECT 1 FROM interaction_code_check);
    DELETE FROM interaction_code_check;
END;

CREATE TRIGGER interactions_codes_on_update AFTER UPDATE ON interactions
BEGIN
    INSERT INTO interaction_code_check (format, initiated_by, outreach_reason,
        primary_concern, risk, concerns, referrals)
    VALUES (NEW.format, NEW.initiated_by, NEW.outreach_reason, NEW.primary_concern,
        NEW.risk, NEW.concerns, NEW.referrals);
    -- An outer INSERT OR IGNORE would skip the failed row silently; RAISE cannot be.
    SELECT RAISE(ABORT, 'interaction codes outside the vocabulary')
        WHERE NOT EXISTS (SELECT 1 FROM interaction_code_check);
    DELETE FROM interaction_code_check;
END;
