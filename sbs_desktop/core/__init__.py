"""Domain types, vocabularies and validation, in plain Python."""
