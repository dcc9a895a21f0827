"""The instructor guide's cohort recipes: a valid workflow, an Indexed Job, every command documented."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from pmcourse._cli import build_parser

DOCS = Path(__file__).resolve().parents[2] / "docs"
WORKFLOW = DOCS / "recipes" / "grade-cohort.yml"
JOB = DOCS / "recipes" / "grade-cohort-job.yaml"
GUIDE = DOCS / "instructor-guide.md"


def _check_jsonschema() -> list[str]:
    exe = shutil.which("check-jsonschema") or str(
        Path(sys.executable).with_name("check-jsonschema")
    )
    if not Path(exe).exists():
        pytest.skip("check-jsonschema is not installed (it is in the lint dependency group)")
    return [exe]


def test_github_workflow_is_valid() -> None:
    cmd = [*_check_jsonschema(), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _runs(node: Any) -> str:
    if isinstance(node, dict):
        return " ".join(_runs(v) for v in node.values())
    if isinstance(node, list):
        return " ".join(_runs(v) for v in node)
    return str(node)


def test_github_workflow_shards_then_merges_and_reports() -> None:
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    shards = flow["jobs"]["grade"]["strategy"]["matrix"]["shard"]
    assert shards == list(range(1, len(shards) + 1))
    assert f"--shard ${{{{ matrix.shard }}}}/{len(shards)}" in _runs(flow["jobs"]["grade"])
    assert flow["jobs"]["report"]["needs"] == "grade"
    text = _runs(flow["jobs"]["report"])
    assert "pmcourse merge" in text and "pmcourse report" in text


def test_kubernetes_indexed_job() -> None:
    grade, report = yaml.safe_load_all(JOB.read_text(encoding="utf-8"))
    assert grade["apiVersion"] == report["apiVersion"] == "batch/v1"
    assert grade["kind"] == report["kind"] == "Job"
    spec = grade["spec"]
    assert spec["completionMode"] == "Indexed"
    n = spec["completions"]
    script = _runs(spec["template"])
    assert "JOB_COMPLETION_INDEX" in script and f'--shard "$shard/{n}"' in script
    later = _runs(report["spec"]["template"])
    assert "pmcourse merge" in later and "pmcourse report" in later and f"-eq {n}" in later


def test_guide_documents_every_cohort_command_and_option() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    section = guide[guide.index("## Grading a cohort") :]
    for command in ("grade", "report", "gradebook", "review export", "merge"):
        assert f"pmcourse {command}" in section
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices
    assert sub is not None
    for name in ("report", "gradebook", "merge"):
        for action in sub[name]._actions:
            for opt in action.option_strings:
                if opt.startswith("--") and opt not in {"--help", "--output"}:
                    assert opt in section, f"{name} {opt} is not in the guide"
    for opt in ("--learner-pattern", "--shard", "--feedback-dir", "--layout", "--format csv"):
        assert opt in section
    assert "recipes/grade-cohort.yml" in section and "recipes/grade-cohort-job.yaml" in section
    image = re.search(r"```\{image\} (\S+)", section)
    assert image is not None
    png = DOCS / image.group(1)
    assert png.is_file() and png.stat().st_size < 150_000
