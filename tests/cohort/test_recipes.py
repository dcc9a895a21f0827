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


# --- The recipes, run as written --------------------------------------------------------

ROOT = DOCS.parent


def _checkout(dest: Path) -> None:
    """A copy of the repository's tracked files, as a clone of it would hold them."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    if listed.returncode != 0:
        pytest.skip("needs a git checkout of the course to copy")
    for name in listed.stdout.decode().split("\0"):
        if name and (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            (dest / name).write_bytes((ROOT / name).read_bytes())


def _fresh_env(tmp_path: Path) -> dict[str, str]:
    """A fresh virtual environment first on PATH: the recipes install pmcourse into it."""
    import os
    import venv

    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True, clear=True)
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", PATH=f"{env_dir / 'bin'}:{env['PATH']}")
    return env


def _cohort(folder: Path) -> None:
    """Four learners' exercise 6: two solved, two blank."""
    import nbfactory as nbf

    for i in range(4):
        (folder / f"learner{i}").mkdir(parents=True)
        nb = nbf.solved(6) if i % 2 == 0 else nbf.blank(6)
        nbf.write(folder / f"learner{i}" / "06-pm-and-product-owner.ipynb", nb)


def _shell(argv: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=900
    )


def _check_outputs(results: Path, report: Path, gradebook: Path) -> None:
    import json

    data = json.loads(results.read_text(encoding="utf-8"))
    assert sorted({nb["learner"] for nb in data["notebooks"]}) == [f"learner{i}" for i in range(4)]
    assert report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    rows = gradebook.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("learner,") and len(rows) == 5


@pytest.mark.slow
def test_the_github_recipe_runs_as_written(tmp_path: Path) -> None:
    """Every `run` step of both jobs, in order, in one folder standing in for the runners.

    The `uses` steps are emulated: the repository checkout is the cohort, the course
    checkout is a copy of this repository, artifacts stay in the folder. The step that
    installs bubblewrap (sudo, apt) is what this machine already has.
    """
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    work = tmp_path / "repo"
    _cohort(work / "submissions")
    _checkout(work / "pmcourse-src")
    env = _fresh_env(tmp_path)
    shards = flow["jobs"]["grade"]["strategy"]["matrix"]["shard"]
    ran = []
    for job, values in (("grade", shards), ("report", [None])):
        for value in values:
            for step in flow["jobs"][job]["steps"]:
                if "run" not in step or "apt-get" in step["run"]:
                    continue
                script = step["run"].replace("${{ matrix.shard }}", str(value))
                done = _shell(
                    ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], work, env
                )
                assert done.returncode == 0, (
                    f"{script}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
                )
                ran.append(step.get("name", script))
    assert len(ran) == 2 * len(shards) + 2
    _check_outputs(work / "results.json", work / "cohort.html", work / "gradebook.csv")
    assert (work / "feedback").is_dir()


def _k8s_scripts() -> tuple[str, str, int]:
    grade, report = yaml.safe_load_all(JOB.read_text(encoding="utf-8"))
    spec = grade["spec"]
    return (
        spec["template"]["spec"]["containers"][0]["args"][0],
        report["spec"]["template"]["spec"]["containers"][0]["args"][0],
        spec["completions"],
    )


@pytest.mark.slow
def test_the_kubernetes_recipe_runs_as_written(tmp_path: Path) -> None:
    """Each pod's script, with the volumes as folders; a failed shard stops the report at once."""
    grade, report, n = _k8s_scripts()
    volumes = {"/submissions": tmp_path / "submissions", "/results": tmp_path / "results"}
    volumes["/src"] = tmp_path / "src"
    _cohort(volumes["/submissions"])
    volumes["/results"].mkdir()
    _checkout(volumes["/src"] / "pmcourse")  # what the init container clones

    def local(script: str) -> str:
        for mount, folder in volumes.items():  # a mount point, not the same word inside a path
            script = re.sub(rf"(?<![\w.-]){mount}\b", str(folder), script)
        return script

    env = _fresh_env(tmp_path)
    for index in range(n):
        done = _shell(
            ["sh", "-c", local(grade)], tmp_path, {**env, "JOB_COMPLETION_INDEX": str(index)}
        )
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    done = _shell(["sh", "-c", local(report)], tmp_path, env)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    out = volumes["/results"]
    _check_outputs(out / "results.json", out / "cohort.html", out / "gradebook.csv")
    # A shard whose pod failed: the report Job says so and stops, instead of waiting.
    (out / "shard-2.json").unlink()
    (out / "shard-2.failed").write_text("pmcourse grade exited 2\n", encoding="utf-8")
    done = _shell(["sh", "-c", local(report)], tmp_path, env)
    assert done.returncode == 1 and "pmcourse grade exited 2" in done.stdout
