"""Field Dossier sync server: FastAPI app, its own ORM and migrations, accounts."""
