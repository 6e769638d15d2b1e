"""Use cases that the GUI and the command line both call; no Qt here."""
