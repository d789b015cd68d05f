"""Fixtures for dossier tests: one demo workspace per session, exports cached per variant.

Every template x format x language is written once from the demo data (load_demo)
and read back by several tests, which keeps the suite fast without mocks.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.export.helpers import Demo


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    workspace = Demo(tmp_path_factory.mktemp("demo"))
    yield workspace
    workspace.db.dispose()
