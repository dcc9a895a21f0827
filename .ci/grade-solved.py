"""Smoke test of an installed pmcourse: copy the exercises, solve one, grade it; exit 0 if all pass.

Run by the release workflow with the wheel installed in a fresh virtual environment, from
outside the source tree, so that only what the wheel ships is used.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from pmcourse._authoring.solutions import solution_cells

CHAPTER = 6


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="pmcourse-smoke-"))
    subprocess.run(["pmcourse", "start", str(work)], check=True)
    notebook = next(work.glob(f"{CHAPTER:02d}-*.ipynb"))
    solved = json.loads(notebook.read_text(encoding="utf-8"))
    answers = solution_cells(CHAPTER)
    for cell in solved["cells"]:
        source = "".join(cell["source"])
        for task_id, answer in answers.items():
            if cell["cell_type"] == "code" and f'check("{task_id}"' in source:
                cell["source"] = answer
    notebook.write_text(json.dumps(solved), encoding="utf-8")
    done = subprocess.run(["pmcourse", "grade", str(notebook)], check=False)
    print(f"grade-solved: pmcourse grade exited {done.returncode}", file=sys.stderr)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
