"""The built distributions carry the course: sdist and wheel both hold the exercise notebooks.

These tests build the package the way a release does (``python -m build``: an sdist, then a
wheel from that sdist), install the wheel into a fresh virtual environment, and run
``pmcourse start`` from it, far from the source tree, so only what the wheel shipped is used.
Building needs hatchling and installing needs the runtime dependencies: both come from the
package index.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

from pmcourse._authoring.solutions import solution_cells

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
EXERCISES = sorted(p.name for p in (ROOT / "exercises").glob("*.ipynb"))
QUIET_PIP = {"PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"}


def _run(*cmd: str | Path, cwd: Path, timeout: float) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(c) for c in cmd],
        cwd=cwd,
        env={**os.environ, **QUIET_PIP},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, (
        f"{' '.join(map(str, cmd))} exited {result.returncode}\n"
        f"--- stdout ---\n{result.stdout[-4000:]}\n--- stderr ---\n{result.stderr[-4000:]}"
    )
    return result


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An sdist and a wheel built from it, as ``python -m build`` makes them for a release."""
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "build", "--outdir", out, ROOT, cwd=out, timeout=600)
    sdists = sorted(out.glob("pmcourse-*.tar.gz"))
    wheels = sorted(out.glob("pmcourse-*-py3-none-any.whl"))
    assert len(sdists) == 1, sdists
    assert len(wheels) == 1, wheels
    return {"sdist": sdists[0], "wheel": wheels[0]}


def test_there_are_exercises_to_ship() -> None:
    assert EXERCISES, "exercises/ holds no notebook"


def _version(dist: dict[str, Path]) -> str:
    m = re.fullmatch(r"pmcourse-(.+)\.tar\.gz", dist["sdist"].name)
    assert m, dist["sdist"].name
    return m.group(1)


def test_version_comes_from_the_git_tag(dist: dict[str, Path]) -> None:
    """One version for sdist and wheel: the tag's on a tagged commit, a dev version after it."""
    version = _version(dist)
    assert dist["wheel"].name.startswith(f"pmcourse-{version}-py3")
    tag = subprocess.run(
        ["git", "describe", "--tags", "--exact-match", "--match", "v*"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if (
        tag.returncode == 0
        and not subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    ):
        assert version == tag.stdout.strip().removeprefix("v")
    else:
        assert re.fullmatch(r"\d+\.\d+\.\d+(\.dev\d+)?(\+[\w.]+)?", version), version


def test_distributions_pass_twine_check(dist: dict[str, Path], tmp_path: Path) -> None:
    """What the release workflow checks before publishing: metadata PyPI will accept."""
    _run(
        sys.executable,
        "-m",
        "twine",
        "check",
        "--strict",
        *dist.values(),
        cwd=tmp_path,
        timeout=300,
    )


def test_sdist_contains_the_exercise_notebooks(dist: dict[str, Path]) -> None:
    with tarfile.open(dist["sdist"]) as sdist:
        names = set(sdist.getnames())
    top = dist["sdist"].name.removesuffix(".tar.gz")
    missing = [n for n in EXERCISES if f"{top}/exercises/{n}" not in names]
    assert not missing, f"the sdist lacks {missing}"
    for needed in ("pyproject.toml", "LICENSE", "LICENSE-COURSE", "src/pmcourse/__init__.py"):
        assert f"{top}/{needed}" in names, needed
    assert not [n for n in names if "/docs/_build/" in n or "/node_modules/" in n]


def test_wheel_contains_the_exercise_notebooks(dist: dict[str, Path]) -> None:
    with zipfile.ZipFile(dist["wheel"]) as wheel:
        names = set(wheel.namelist())
    shipped = sorted(
        n.removeprefix("pmcourse/exercises/")
        for n in names
        if n.startswith("pmcourse/exercises/") and n.endswith(".ipynb")
    )
    assert shipped == EXERCISES
    assert "pmcourse/py.typed" in names
    licences = {n.rsplit("/", 1)[-1] for n in names if ".dist-info/licenses/" in n}
    assert licences == {"LICENSE", "LICENSE-COURSE"}


def test_installed_wheel_starts_a_workspace(dist: dict[str, Path], tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True, clear=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    _run(python, "-m", "pip", "install", "--quiet", dist["wheel"], cwd=tmp_path, timeout=900)

    # Run from an empty folder: nothing of the source tree is importable from there.
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    shown = _run(
        python,
        "-c",
        "import pmcourse; print(pmcourse.__file__, pmcourse.__version__)",
        cwd=outside,
        timeout=120,
    ).stdout.split()
    assert Path(shown[0]).is_relative_to(env_dir), shown
    assert shown[1] == _version(dist)

    # The release workflow's check: from the installed wheel alone, a solved notebook passes.
    smoke = subprocess.run(
        [python, ROOT / ".ci" / "grade-solved.py"],
        cwd=outside,
        env={**os.environ, **QUIET_PIP, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert smoke.returncode == 0, smoke.stdout[-3000:] + smoke.stderr[-3000:]

    work = tmp_path / "work"
    _run(bin_dir / "pmcourse", "start", work, cwd=outside, timeout=120)
    assert sorted(p.name for p in work.glob("*.ipynb")) == EXERCISES
    with zipfile.ZipFile(dist["wheel"]) as wheel:
        for name in EXERCISES:
            shipped = wheel.read(f"pmcourse/exercises/{name}")
            assert (work / name).read_bytes() == shipped, f"{name} is not the shipped notebook"


def _learner_steps() -> list[str]:
    """The commands of the README's 'For learners' block, as a learner would paste them."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## For learners", 1)[1].split("\n## ", 1)[0]
    block = section.split("```bash", 1)[1].split("```", 1)[0]
    return [line.split("#", 1)[0].strip() for line in block.splitlines() if line.strip()]


def test_the_readmes_learner_steps_open_jupyter_and_grade(tmp_path: Path) -> None:
    """A fresh venv, the README's steps to the letter, then a solved notebook run and graded."""
    steps = _learner_steps()
    assert steps[0].startswith("pip install") and "[lab]" in steps[0], steps
    assert steps[-1] == "jupyter lab pmcourse-work", steps
    clone = tmp_path / "clone"
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    if listed.returncode != 0:
        pytest.skip("needs a git checkout to copy, as a learner's clone would be")
    for name in listed.stdout.decode().split("\0"):
        if name and (ROOT / name).is_file():
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            (clone / name).write_bytes((ROOT / name).read_bytes())
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True, clear=True)
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env.update(QUIET_PIP, PATH=f"{env_dir / 'bin'}{os.pathsep}{env['PATH']}")

    def shell(command: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            ["bash", "-c", command],
            cwd=clone,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        assert done.returncode == 0, f"{command}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        return done

    for step in steps[:-1]:
        shell(step)
    # The last step opens JupyterLab; here it only has to be there and run.
    assert shell("jupyter lab --version").stdout.strip()[0].isdigit()
    work = clone / "pmcourse-work"
    notebook = work / "06-pm-and-product-owner.ipynb"
    solved = json.loads(notebook.read_text(encoding="utf-8"))
    for cell in solved["cells"]:
        source = "".join(cell["source"])
        for task_id, cell_source in solution_cells(6).items():
            if cell["cell_type"] == "code" and f'check("{task_id}"' in source:
                cell["source"] = cell_source
    notebook.write_text(json.dumps(solved), encoding="utf-8")
    shell(
        f"jupyter nbconvert --to notebook --execute --inplace pmcourse-work/{notebook.name}",
        timeout=300,
    )
    graded = subprocess.run(
        ["bash", "-c", "pmcourse grade pmcourse-work --format json -o results.json"],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert graded.returncode == 1, graded.stderr  # the other notebooks are still blank
    results = json.loads((clone / "results.json").read_text(encoding="utf-8"))
    ours = next(nb for nb in results["notebooks"] if nb["path"].endswith(notebook.name))
    assert ours["status"] == "graded" and ours["score"] == ours["max_score"] > 0
