"""Field Dossier desktop application: offline capture, search, sync and dossiers."""

__version__ = "0.1.0"
APP_NAME = "Field Dossier"
APP_ID = "field-dossier"
