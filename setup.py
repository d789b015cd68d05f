"""Build step: compile the Qt catalogues (translations/*.ts) into the package.

Everything else about the package is declared in pyproject.toml. This adds one thing
setuptools cannot declare: `build_py` first runs Qt's `lrelease` (from the PySide6
wheel, a build requirement) over translations/*.ts and puts the .qm files into
desktop/resources/translations/ of the build, so that a wheel, a wheel built from the
sdist and an editable install (compiled in place) all carry them. A missing or failing
lrelease fails the build: a package without its catalogues would silently speak English.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "translations"
PACKAGE_DIR = Path("desktop", "resources", "translations")


def lrelease() -> Path:
    import PySide6  # a build requirement (pyproject.toml)

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).is_file():
            return folder / name
    raise SystemExit(f"build: Qt's lrelease is not in {folder}")


def compile_catalogues(target: Path) -> list[Path]:
    sources = sorted(SOURCES.glob("*.ts"))
    if not sources:
        raise SystemExit(f"build: no Qt catalogues (*.ts) in {SOURCES}")
    target.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    outputs = []
    for source in sources:
        output = target / f"{source.stem}.qm"
        subprocess.run([str(tool), "-silent", str(source), "-qm", str(output)], check=True)
        if not output.is_file():
            raise SystemExit(f"build: lrelease wrote no {output}")
        outputs.append(output)
    return outputs


class BuildPyWithCatalogues(build_py):
    def run(self) -> None:
        super().run()
        # Editable installs import from the source tree: compile there.
        base = ROOT if self.editable_mode else Path(self.build_lib)
        compiled = compile_catalogues(base / PACKAGE_DIR)
        print(f"build: compiled {len(compiled)} catalogues into {base / PACKAGE_DIR}")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        names = [f"{s.stem}.qm" for s in sorted(SOURCES.glob("*.ts"))]
        extra = [str(Path(self.build_lib) / PACKAGE_DIR / n) for n in names]
        return [*super().get_outputs(include_bytecode), *extra]


setup(cmdclass={"build_py": BuildPyWithCatalogues})
