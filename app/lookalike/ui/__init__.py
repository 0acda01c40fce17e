"""The desktop window (PySide6): models, delegates, background tasks and the main window."""
