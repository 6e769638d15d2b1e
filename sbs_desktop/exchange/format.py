"""Bundle format version 2: the files, their columns and what each column holds.

This is the contract between a supporter's export and the coordinator's merge
(specified in docs/bundle-format.md). `resources/bundle-manifest.schema.json` describes
manifest.json; the columns below are the CSV headers, in order.
"""

from __future__ import annotations

FORMAT_NAME = "sbs-bundle"
# Version 2 adds the signature (manifest.sig and the manifest's signing_key); version 1
# bundles, unsigned, stay readable.
FORMAT_VERSION = 2
UNSIGNED_FORMAT_VERSION = 1

MANIFEST_FILE = "manifest.json"
# The Ed25519 signature of manifest.json's exact bytes: 64 raw bytes (version 2).
SIGNATURE_FILE = "manifest.sig"
MANIFEST_SCHEMA_FILE = "bundle-manifest.schema.json"  # in resources/

INTERACTIONS_FILE = "interactions.csv"
SCHEDULE_FILE = "schedule.csv"
SURVEY_FILE = "survey.csv"

# Multi-valued code cells (concerns, referrals) join their codes with this.
CODE_SEPARATOR = ";"

INTERACTION_COLUMNS = (
    "interaction",       # pseudonym of the interaction, "I-" + 16 hex: stable across exports
    "supporter",         # pseudonym of the exporting vault, "S-" + 12 hex
    "period",            # ISO week "2025-W07" or month "2025-02", by the manifest's granularity
    "academic_year",     # "2025-2026"; a year runs from 1 September to 31 August
    "duration_minutes",  # integer 1..600
    "format",            # Format code
    "initiated_by",      # Initiator code
    "outreach_reason",   # OutreachReason code, empty when the student started it
    "primary_concern",   # Concern code
    "concerns",          # Concern codes joined by CODE_SEPARATOR, primary included
    "risk",              # Risk code
    "referrals",         # Referral codes joined by CODE_SEPARATOR, may be empty
    "follow_up",         # "none", "open" or "done"
    "classmate",         # pseudonym of the classmate, "C-" + 16 hex, empty if not linked
    "year_of_study",     # 1..4, empty if unknown
)

SCHEDULE_COLUMNS = (
    "supporter",         # as above
    "period",            # as above
    "mode",              # "in_person" or "online"
    "hours_offered",     # decimal hours offered in that period and mode, exceptions applied
)

SURVEY_COLUMNS = (
    "response",            # pseudonym of the response, "R-" + 16 hex: stable across exports
    "instrument",          # instrument id, e.g. "sbs-barriers"
    "instrument_version",  # e.g. "1"
    "period",              # when answered, coarsened as above
    "question",            # question code, e.g. "year_of_study", "barrier.career_impact.faculty"
    "answer",              # answer code; one row per chosen option of a multiple choice
)

TABLES = {
    "interactions": (INTERACTIONS_FILE, INTERACTION_COLUMNS),
    "schedule": (SCHEDULE_FILE, SCHEDULE_COLUMNS),
    "survey": (SURVEY_FILE, SURVEY_COLUMNS),
}

# Granularity of every period cell in a bundle.
GRANULARITIES = ("week", "month")

# What each column holds, for a reader that types the CSVs: "integer" columns are whole
# numbers (year_of_study may be empty), "decimal" columns are numbers with a decimal
# point, and every other column is text to be read as text (a survey answer "NA" is not
# missing: read with pandas' keep_default_na=False).
COLUMN_TYPES = {
    **{column: "text" for _, columns in TABLES.values() for column in columns},
    "duration_minutes": "integer",
    "year_of_study": "integer",
    "hours_offered": "decimal",
}
