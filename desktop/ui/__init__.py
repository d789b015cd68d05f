"""The PySide6 user interface: the only place for QtWidgets and QtGui."""
