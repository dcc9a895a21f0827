"""Learner discovery: folders, platform file names, duplicates, shards, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pmcourse import UsageError
from pmcourse._cli import main
from pmcourse._grading.learners import (
    NO_NOTEBOOKS,
    NO_SUCH_PATH,
    discover,
    in_shard,
    learner_regex,
    parse_shard,
)


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{}", encoding="utf-8")
    return path


def test_each_top_level_folder_is_a_learner(tmp_path: Path) -> None:
    touch(tmp_path / "bob" / "01-title-vs-role.ipynb")
    touch(tmp_path / "alice" / "week1" / "02-what-technical-skill-buys.ipynb")
    touch(tmp_path / "loose.ipynb")
    touch(tmp_path / "alice" / ".ipynb_checkpoints" / "x-checkpoint.ipynb")
    found = discover([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found.paths] == [
        "loose.ipynb",
        "alice/week1/02-what-technical-skill-buys.ipynb",
        "bob/01-title-vs-role.ipynb",
    ]
    assert sorted(found.learners.values()) == ["alice", "bob"]


@pytest.mark.parametrize(
    ("preset", "name", "learner"),
    [
        ("canvas", "smithjane_12345_67890_01-title-vs-role.ipynb", "smithjane_12345"),
        ("canvas", "smithjane_LATE_12345_67890_01-title-vs-role.ipynb", "smithjane_12345"),
        (
            "moodle",
            "Jane Smith_12345_assignsubmission_file_01-title-vs-role.ipynb",
            "Jane Smith_12345",
        ),
        (
            "moodle",
            "Jane Smith_12345_assignsubmission_file_/01-title-vs-role.ipynb",
            "Jane Smith_12345",
        ),
        (r"^(?P<learner>[a-z]+)-", "jane-01-title-vs-role.ipynb", "jane"),
    ],
)
def test_platform_bulk_download_names(tmp_path: Path, preset: str, name: str, learner: str) -> None:
    touch(tmp_path / name)
    found = discover([tmp_path], pattern=preset)
    assert list(found.learners.values()) == [learner]


def test_two_copies_of_one_exercise_grade_the_better_named(tmp_path: Path) -> None:
    keep = touch(tmp_path / "ann" / "06-pm-and-product-owner.ipynb")
    touch(tmp_path / "ann" / "06-pm-and-product-owner (1).ipynb")
    touch(tmp_path / "ann" / "06-pm-and-product-owner-Copy1.ipynb")
    other = touch(tmp_path / "ann" / "01-title-vs-role.ipynb")
    found = discover([tmp_path])
    assert found.paths == [other, keep]
    assert len(found.duplicates) == 2
    assert "graded ann/06-pm-and-product-owner.ipynb" in found.duplicates[0]
    assert found.notes[keep] == found.duplicates


def test_copies_under_a_platform_prefix(tmp_path: Path) -> None:
    touch(tmp_path / "smithjane_1_2_06-pm-and-product-owner (1).ipynb")
    keep = touch(tmp_path / "smithjane_1_3_06-pm-and-product-owner.ipynb")
    found = discover([tmp_path], pattern="canvas")
    assert found.paths == [keep]
    assert len(found.duplicates) == 1


def test_shards_partition_the_learners_stably(tmp_path: Path) -> None:
    for i in range(40):
        touch(tmp_path / f"l{i:02d}" / "01-title-vs-role.ipynb")
    everyone = discover([tmp_path]).learner_names
    shares = [discover([tmp_path], shard=(k, 4)).learner_names for k in range(1, 5)]
    assert sorted(n for share in shares for n in share) == everyone
    assert all(share for share in shares)
    # Stable: a learner's share depends on the name alone, not on who else is there.
    assert all(in_shard(n, (k + 1, 4)) for k, share in enumerate(shares) for n in share)


@pytest.mark.parametrize(
    ("text", "ok"), [("1/4", (1, 4)), ("4/4", (4, 4)), ("0/4", None), ("5/4", None), ("x", None)]
)
def test_parse_shard(text: str, ok: tuple[int, int] | None) -> None:
    if ok is None:
        with pytest.raises(UsageError, match="K/N"):
            parse_shard(text)
    else:
        assert parse_shard(text) == ok


def test_bad_patterns_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="not a regular expression"):
        learner_regex("(")
    with pytest.raises(UsageError, match="no group"):
        learner_regex("abc")


def _one_line_error(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


def test_empty_submissions_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.json"
    err = _one_line_error(capsys, ["grade", str(tmp_path), "-o", str(out)])
    assert "Nothing to grade" in err
    assert not out.exists()


def test_learner_folder_without_notebooks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    touch(tmp_path / "ann" / "01-title-vs-role.ipynb")
    (tmp_path / "bob").mkdir()
    out = tmp_path / "r.json"
    err = _one_line_error(capsys, ["grade", str(tmp_path), "-o", str(out)])
    assert "bob holds no notebooks" in err
    assert not out.exists()


def test_unmatched_names_and_loose_notebooks_in_shards(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    touch(tmp_path / "not-a-download.ipynb")
    err = _one_line_error(capsys, ["grade", str(tmp_path), "--learner-pattern", "canvas"])
    assert "does not match" in err
    err = _one_line_error(capsys, ["grade", str(tmp_path), "--shard", "1/2"])
    assert "has none" in err


# One discovery: the same rules whether a path is named alone or beside others.
def test_hidden_folders_hold_nothing_to_grade_alone_or_beside_a_notebook(tmp_path: Path) -> None:
    hidden = tmp_path / "hiddenonly"
    touch(hidden / ".trash" / "06-pm-and-product-owner.ipynb")
    touch(hidden / ".ipynb_checkpoints" / "06-pm-and-product-owner-checkpoint.ipynb")
    with pytest.raises(UsageError, match="Nothing to grade"):
        discover([hidden])
    missing = tmp_path / "gone.ipynb"
    found = discover([missing, hidden])
    assert found.paths == [missing, hidden]
    assert found.problems == {missing: NO_SUCH_PATH, hidden: NO_NOTEBOOKS}
    # Through the command: two notebooks that could not be graded, nothing from .trash.
    out = tmp_path / "r.json"
    assert main(["grade", str(missing), str(hidden), "--format", "json", "-o", str(out)]) == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [(nb["status"], nb["error"]) for nb in data["notebooks"]] == [
        ("error", NO_SUCH_PATH),
        ("error", NO_NOTEBOOKS),
    ]
    assert ".trash" not in out.read_text(encoding="utf-8")


def test_a_hidden_notebook_named_on_the_command_line_is_graded(tmp_path: Path) -> None:
    named = touch(tmp_path / ".drafts" / "06-pm-and-product-owner.ipynb")
    assert discover([named]).paths == [named]


def test_a_file_reached_twice_is_graded_once(tmp_path: Path) -> None:
    nb = touch(tmp_path / "ann" / "06-pm-and-product-owner.ipynb")
    found = discover([tmp_path, nb, tmp_path / "ann" / ".." / "ann" / nb.name])
    assert found.paths == [nb]
    assert found.learners == {nb: "ann"}
