"""Each template's Word file opens in another word processor: LibreOffice converts it to PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.export.helpers import Demo, pdf_text

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (make system-deps)")
def test_libreoffice_converts_every_template_to_pdf(demo: Demo, tmp_path: Path) -> None:
    sources = [demo.export(template, "docx", "de").path for template in ("visit", "core", "manual")]
    assert SOFFICE is not None
    # A private profile: no clash with a running LibreOffice, no state left in $HOME.
    profile = (tmp_path / "profile").as_uri()
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "out"),
            *map(str, sources),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    for source, heading in zip(
        sources, ("Die Aktivität", "Zusammenfassung", "Überblick"), strict=True
    ):
        converted = tmp_path / "out" / f"{source.stem}.pdf"
        assert converted.is_file(), (
            f"{source.name} was not converted: {result.stdout} {result.stderr}"
        )
        assert len(PdfReader(converted).pages) > 2
        assert heading in pdf_text(converted)
