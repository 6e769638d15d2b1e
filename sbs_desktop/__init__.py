"""Side-by-Side Desktop: confidential records for a peer support program."""

__version__ = "0.1.0"
