"""SQLAlchemy 2.x typed ORM: the tables of the local database, nothing else."""

from desktop.models.activity import Activity
from desktop.models.adaptation import (
    ADAPTATION_STATUSES,
    ELEMENT_KINDS,
    FRAMEWORK_FACTORS,
    AdaptationNote,
)
from desktop.models.attachment import Attachment
from desktop.models.base import Base, new_id, utcnow
from desktop.models.contact import Contact
from desktop.models.local import (
    ExportLogEntry,
    LocalState,
    OutboxMutation,
    RecordLink,
    SearchDoc,
    SetAsideRow,
    SyncConflict,
)
from desktop.models.observation import Observation
from desktop.models.synced import SYNC_META_COLUMNS, SyncedColumns, WorkspaceScoped
from desktop.models.taxonomy import TERM_KINDS, Municipality, Term
from desktop.models.workspace import Workspace

SYNCED_MODELS: tuple[type[SyncedColumns], ...] = (
    Workspace,
    Municipality,
    Term,
    Activity,
    Observation,
    AdaptationNote,
    Contact,
    Attachment,
)
MODEL_BY_KIND: dict[str, type[SyncedColumns]] = {m.__kind__: m for m in SYNCED_MODELS}
MODEL_BY_TABLE: dict[str, type[SyncedColumns]] = {m.__tablename__: m for m in SYNCED_MODELS}

__all__ = [
    "ExportLogEntry",
    "ADAPTATION_STATUSES",
    "ELEMENT_KINDS",
    "FRAMEWORK_FACTORS",
    "MODEL_BY_KIND",
    "MODEL_BY_TABLE",
    "SYNCED_MODELS",
    "SYNC_META_COLUMNS",
    "TERM_KINDS",
    "Activity",
    "AdaptationNote",
    "Attachment",
    "Base",
    "Contact",
    "LocalState",
    "Municipality",
    "Observation",
    "OutboxMutation",
    "RecordLink",
    "SearchDoc",
    "SetAsideRow",
    "SyncConflict",
    "SyncedColumns",
    "Term",
    "Workspace",
    "WorkspaceScoped",
    "new_id",
    "utcnow",
]
