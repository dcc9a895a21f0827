"""``pmcourse start``: fresh blank notebooks in a learner's workspace, never over their work."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ._errors import UsageError

__all__ = ["StartReport", "blank_notebooks", "start_workspace"]


def blank_notebooks() -> list[Path]:
    """The exercise notebooks shipped with the package (or, from a source checkout, the repo's)."""
    shipped = resources.files("pmcourse") / "exercises"
    candidates = [Path(str(shipped)), Path(__file__).resolve().parents[2] / "exercises"]
    for folder in candidates:
        found = sorted(folder.glob("*.ipynb")) if folder.is_dir() else []
        if found:
            return found
    raise UsageError(
        "No exercise notebooks were found in the installed package; reinstall pmcourse."
    )


@dataclass
class StartReport:
    folder: Path
    copied: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def start_workspace(folder: Path) -> StartReport:
    """Copy each blank notebook into ``folder`` unless a file of that name is already there."""
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} exists and is not a folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"Cannot make the folder {folder}: {exc.strerror}.") from None
    report = StartReport(folder)
    for src in blank_notebooks():
        dst = folder / src.name
        if dst.exists():
            report.skipped.append(src.name)
            continue
        try:
            # Exclusive create: a file that appears meanwhile is never overwritten.
            with src.open("rb") as fin, dst.open("xb") as fout:
                shutil.copyfileobj(fin, fout)
        except FileExistsError:
            report.skipped.append(src.name)
        except OSError as exc:
            raise UsageError(f"Cannot write {dst}: {exc.strerror}.") from None
        else:
            report.copied.append(src.name)
    return report
