"""The FastAPI application: routers under /v1, errors as JSON, OpenAPI at /openapi.json.

The app holds no state of its own besides the database handle and the blob directory,
so several instances can serve one PostgreSQL database behind a load balancer.
"""

from __future__ import annotations

from importlib.metadata import version

from fastapi import APIRouter, FastAPI

from desktop.sync.protocol import API_PREFIX
from server.api.errors import install_error_handlers
from server.api.middleware import RequestContextMiddleware
from server.api.routes import auth, blobs, bundles, conflicts, devices, health, history, sync
from server.database import ServerDatabase
from server.settings import Settings
from server.sync.blobs import BlobStorage


def create_app(settings: Settings, database: ServerDatabase | None = None) -> FastAPI:
    """The app over `settings.database_url` (already migrated: see server.migrate)."""
    app = FastAPI(
        title="Field Dossier sync server",
        version=version("field-dossier"),
        summary="Push, pull, conflicts, history and attachments for Field Dossier laptops.",
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.database = database or ServerDatabase(settings.database_url)
    app.state.storage = BlobStorage(settings.blob_dir)
    api = APIRouter(prefix=API_PREFIX)
    for module in (health, auth, devices, sync, blobs, bundles, conflicts, history):
        api.include_router(module.router)
    app.include_router(api)
    install_error_handlers(app)
    app.add_middleware(
        RequestContextMiddleware,
        database=app.state.database,
        max_body=settings.max_request_bytes,
    )
    return app
