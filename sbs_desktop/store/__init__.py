"""The vault: the SQLCipher connection, its migrations and the repositories (all SQL)."""
