"""The shipped files, installed as the package sbs_desktop._resources (pyproject.toml).

Only core/shipped.py reads them, through importlib.resources; this file makes the folder a
regular package, which editable installs and PyInstaller's importer need to find it.
"""
