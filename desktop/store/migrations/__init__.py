"""Alembic migrations of the local database.

`HEAD_REVISION` lets start-up skip importing Alembic (a fifth of the start time) when
the database is already current; a test checks it names Alembic's actual head.
"""

HEAD_REVISION = "0011"
