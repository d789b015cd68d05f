"""Device registration and the caller's workspaces."""

from __future__ import annotations

from fastapi import APIRouter

from desktop.sync.protocol import DeviceOut, DeviceRegistration, Membership
from server import accounts
from server.api.deps import DatabaseDep, SettingsDep, SignedDep
from server.api.errors import ApiError
from server.api.responses import WITH_BODY, errors
from server.models import utcnow
from server.security.tokens import device_secret

router = APIRouter(tags=["devices"])


@router.post("/devices", response_model=DeviceOut, responses=errors(401, 403, 409, *WITH_BODY))
def register_device(
    body: DeviceRegistration, signed: SignedDep, database: DatabaseDep, settings: SettingsDep
) -> DeviceOut:
    if body.device_id != signed.device_id:
        raise ApiError(403, "wrong_device", "register the device you signed in from")
    with database.write() as session:
        try:
            device = accounts.register_device(
                session, signed.account_id, body.device_id, body.name, body.platform, utcnow()
            )
        except accounts.DeviceTakenError:
            raise ApiError(
                409,
                "device_taken",
                "this device id belongs to another account; make a new device id",
            ) from None
        registered_at = device.registered_at
    return DeviceOut(
        device_id=body.device_id,
        name=body.name,
        platform=body.platform,
        registered_at=registered_at,
        device_secret=device_secret(settings.secret_key, signed.account_id, body.device_id),
    )


@router.get("/workspaces", response_model=list[Membership], responses=errors(401, 503))
def my_workspaces(signed: SignedDep, database: DatabaseDep) -> list[Membership]:
    with database.read() as session:
        return accounts.memberships(session, signed.account_id)
