"""GET /v1/health: for load balancers and the client's "is the server there" check."""

from __future__ import annotations

from fastapi import APIRouter

from desktop.sync.protocol import Health
from server.api.deps import DatabaseDep
from server.api.responses import ANY, errors
from server.models import utcnow

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health, responses=errors(*ANY))
def health(database: DatabaseDep) -> Health:
    return Health(server_instance_id=database.instance_id(), server_time=utcnow())
