"""`field-dossier demo`: a realistic sample workspace; loading it twice changes nothing.

Every demo record has an id derived from its key, so a second run finds it and
skips it. Photos are drawn locally with Pillow (deterministic bytes, so the same
content hash each time); one carries an EXIF rotation, as phone photos do.
"""

from __future__ import annotations

import io
import uuid
from collections import Counter
from datetime import UTC, date, datetime, time
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from sqlalchemy.orm import Session

from desktop.models import Attachment
from desktop.services import demo_content as content
from desktop.services.records import RecordMeta, create_record, find_record
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import Scope
from desktop.store import Database

DEMO_NAMESPACE = uuid.UUID("0d7f3f0a-8c55-4e0b-9a55-3b1f2f6c9d10")
EXIF_ORIENTATION = 0x0112


def demo_id(key: str) -> str:
    return str(uuid.uuid5(DEMO_NAMESPACE, key))


def load_demo(db: Database, scope: Scope) -> Counter[str]:
    """Add whatever part of the demo workspace is missing; returns what was created."""
    created: Counter[str] = Counter()
    with db.write(scope.actor) as session:
        taxonomy = Taxonomy(session, scope.workspace_id)
        taxonomy.seed_defaults()
        items: list[tuple[str, str, dict[str, Any], RecordMeta]] = [
            ("activity", a.key, _activity(a), _meta(a.starts_on, _staff(a.host)))
            for a in content.ACTIVITIES
        ]
        items += [
            ("observation", o.key, _observation(o), _meta(o.observed_on, o.author))
            for o in content.OBSERVATIONS
        ]
        items += [
            (
                "adaptation",
                n.key,
                _adaptation(n),
                _meta(_activity_date(n.activity_key), _author_of(n.observation_keys)),
            )
            for n in content.ADAPTATIONS
        ]
        items += [
            ("contact", c.key, _contact(c), _meta(_met_on(c), _staff(c.municipality)))
            for c in content.CONTACTS
        ]
        for kind, key, data, meta in items:
            if _create(session, scope, taxonomy, kind, key, data, meta):
                created[kind] += 1
        for photo in content.PHOTOS:
            if _attach_photo(session, scope, db, photo):
                created["attachment"] += 1
    return created


def _create(
    session: Session,
    scope: Scope,
    taxonomy: Taxonomy,
    kind: str,
    key: str,
    data: dict[str, Any],
    meta: RecordMeta,
) -> bool:
    record_id = demo_id(key)
    if find_record(session, record_id) is not None:
        return False
    create_record(session, scope, kind, {"id": record_id, **data}, taxonomy=taxonomy, meta=meta)
    return True


def _meta(day: date | None, author: str) -> RecordMeta:
    moment = datetime.combine(day or date(2009, 1, 1), time(17, 30), tzinfo=UTC)
    return RecordMeta(created_at=moment, created_by=author, updated_at=moment, updated_by=author)


def _met_on(contact: content.DemoContact) -> date | None:
    return contact.consent_date or _activity_date(next(iter(contact.activity_keys), None))


def _staff(municipality: str) -> str:
    """Who on the staff of `municipality` recorded a demo record (an observer there)."""
    for observation in content.OBSERVATIONS:
        if observation.language == ("de" if municipality == "Münster" else "nl"):
            return observation.author
    return "demo"


def _author_of(observation_keys: tuple[str, ...]) -> str:
    for observation in content.OBSERVATIONS:
        if observation.key in observation_keys:
            return observation.author
    return "demo"


def _activity_date(key: str | None) -> date | None:
    for activity in content.ACTIVITIES:
        if activity.key == key:
            return activity.starts_on
    return None


def _activity(a: content.DemoActivity) -> dict[str, Any]:
    return {
        "title": a.title,
        "activity_type": a.activity_type,
        "starts_on": a.starts_on.isoformat(),
        "ends_on": a.ends_on.isoformat() if a.ends_on else None,
        "host_municipality": a.host,
        "place": a.place,
        "participants": _as_list(a.participants),
        "description": a.description,
        "fields_of_action": list(a.fields_of_action),
    }


def _as_list(text: str) -> str:
    """Several lines of participants as a Markdown list (single newlines would merge)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return "\n".join(f"- {line}" for line in lines) if len(lines) > 1 else text


def _observation(o: content.DemoObservation) -> dict[str, Any]:
    return {
        "activity_id": demo_id(o.activity_key),
        "text": o.text,
        "observed_on": o.observed_on.isoformat(),
        "author": o.author,
        "fields_of_action": list(o.fields_of_action),
        "district": o.district,
        "target_groups": list(o.target_groups),
        "tags": list(o.tags),
        "gender_remark": o.gender_remark,
    }


def _adaptation(n: content.DemoAdaptation) -> dict[str, Any]:
    return {
        "activity_id": demo_id(n.activity_key) if n.activity_key else None,
        "element_kind": n.element_kind,
        "element": n.element,
        "from_municipality": n.from_municipality,
        "to_municipality": n.to_municipality,
        "origin_description": n.origin_description,
        "adaptation": n.adaptation,
        "rationale": n.rationale,
        "framework_factors": list(n.framework_factors),
        "status": n.status,
        "effects": n.effects,
        "observation_ids": [demo_id(k) for k in n.observation_keys],
        "fields_of_action": list(n.fields_of_action),
        "principles": list(n.principles),
        "tags": list(n.tags),
    }


def _contact(c: content.DemoContact) -> dict[str, Any]:
    return {
        "name": c.name,
        "organisation": c.organisation,
        "role": c.role,
        "municipality": c.municipality,
        "country": c.country,
        "email": c.email,
        "phone": c.phone,
        "languages": list(c.languages),
        "fields_of_action": list(c.fields_of_action),
        "activity_ids": [demo_id(k) for k in c.activity_keys],
        "met_at": c.met_at,
        "notes": c.notes,
        "consent_given": c.consent_given,
        "consent_date": c.consent_date.isoformat() if c.consent_date else None,
        "consent_scope": c.consent_scope,
        "consent_note": c.consent_note,
    }


def _attach_photo(session: Session, scope: Scope, db: Database, photo: content.DemoPhoto) -> bool:
    attachment_id = demo_id(photo.key)
    if session.get(Attachment, attachment_id) is not None:
        return False
    data = render_photo(photo)
    sha256 = db.blobs.put_bytes(data)
    session.add(
        Attachment(
            id=attachment_id,
            workspace_id=scope.workspace_id,
            owner_id=demo_id(photo.owner_key),
            sha256=sha256,
            size=len(data),
            mime="image/jpeg",
            file_name=f"{photo.key}.jpg",
            caption=photo.caption,
            position=0,
        )
    )
    session.flush()
    return True


def render_photo(photo: content.DemoPhoto) -> bytes:
    """A 1600x1200 picture with a gradient, shapes and the photo's title.

    Portrait photos are stored sideways with EXIF orientation 6 ("rotate 90° to
    view"), like a phone held upright, so thumbnails must apply the rotation.
    """
    width, height = 1600, 1200
    image = Image.new("RGB", (width, height), photo.colour)
    draw = ImageDraw.Draw(image)
    r, g, b = photo.colour
    for y in range(0, height, 8):
        shade = y / height
        draw.rectangle(
            (0, y, width, y + 8),
            fill=(
                int(r * (1 - shade * 0.5)),
                int(g * (1 - shade * 0.4)),
                int(b * (1 - shade * 0.3)),
            ),
        )
    for i in range(6):
        x = 120 + i * 240
        draw.ellipse((x, 700 - i * 40, x + 200, 900 - i * 40), outline=(255, 255, 255), width=6)
    font = ImageFont.load_default(size=84)
    draw.text((100, 160), photo.title, fill=(255, 255, 255), font=font)
    draw.text(
        (100, 1040),
        "Field Dossier · demo",
        fill=(240, 240, 240),
        font=ImageFont.load_default(size=40),
    )
    buffer = io.BytesIO()
    if photo.landscape:
        image.save(buffer, "JPEG", quality=82)
    else:
        upright = image.crop((200, 0, 1100, 1200))  # 900x1200, a portrait frame
        sideways = upright.transpose(Image.Transpose.ROTATE_90)
        exif = Image.Exif()
        exif[EXIF_ORIENTATION] = 6
        sideways.save(buffer, "JPEG", quality=82, exif=exif)
    return buffer.getvalue()
