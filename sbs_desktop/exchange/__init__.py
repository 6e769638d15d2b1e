"""Bundles: anonymise, write, read, verify and encrypt what leaves a vault."""
