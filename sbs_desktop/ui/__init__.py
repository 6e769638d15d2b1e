"""The PySide6 face of the program: windows, dialogs, Qt models and workers."""
