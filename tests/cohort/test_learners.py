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
    group_people,
    in_shard,
    learner_regex,
    missing_notebooks,
    parse_exercises,
    parse_shard,
    platform_ids,
)
from pmcourse._grading.roster import load_roster


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


# Names exactly as the platforms write them. Canvas (lib/content_zipper.rb): the sortable
# name lower-cased without punctuation, _LATE if late, the user id (anonymous grading:
# anon_ and the anonymous id, no name), the file's id, the file's name. Moodle
# (mod/assign download): the full name with '_' made ' ', the participant id, then
# _assignsubmission_file as a folder (4.1+), a folder with a trailing '_' (3.1-4.0) or a
# prefix of the file's own name (older, or "download as folders" off).
@pytest.mark.parametrize(
    ("preset", "name", "learner"),
    [
        ("canvas", "smithjane_12345_67890_01-title-vs-role.ipynb", "smithjane_12345"),
        ("canvas", "smithjane_LATE_12345_67890_01-title-vs-role.ipynb", "smithjane_12345"),
        ("canvas", "anon_xK3p9_67890_01-title-vs-role.ipynb", "anon_xK3p9"),
        ("canvas", "LATE_anon_xK3p9_67890_01-title-vs-role.ipynb", "anon_xK3p9"),
        ("canvas", "Week 1/smithjane_12345_67890_01-title-vs-role.ipynb", "smithjane_12345"),
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
        (
            "moodle",
            "Jane Smith_12345_assignsubmission_file/01-title-vs-role.ipynb",
            "Jane Smith_12345",
        ),
        (
            "moodle",
            "Participant_12345_assignsubmission_file/01-title-vs-role.ipynb",
            "Participant_12345",
        ),
        (r"^(?P<learner>[a-z]+)-", "jane-01-title-vs-role.ipynb", "jane"),
    ],
)
def test_platform_bulk_download_names(tmp_path: Path, preset: str, name: str, learner: str) -> None:
    touch(tmp_path / name)
    found = discover([tmp_path], pattern=preset)
    assert list(found.learners.values()) == [learner]


def test_platform_ids_from_paths() -> None:
    assert platform_ids("x/smithjane_LATE_12345_67890_01-a.ipynb") == {"canvas": "12345"}
    assert platform_ids("anon_xK3p9_67890_01-a.ipynb") == {"anonymous": "xK3p9"}
    assert platform_ids("ch1/Jane Smith_77_assignsubmission_file/01-a.ipynb") == {
        "participant": "77",
        "name": "Jane Smith",
    }
    assert platform_ids("ann/01-a.ipynb") == {}


def _moodle_per_chapter(root: Path) -> None:
    """Two Moodle assignments (one per chapter): each gives everyone another participant id."""
    for chapter, ids in (
        ("01-title-vs-role", (11, 12, 13)),
        ("02-what-technical-skill-buys", (21, 22, 23)),
    ):
        folder = root / f"Exercise {chapter[:2]}"
        for name, pid in zip(("Jane Smith", "Omar Haddad", "Li Wei"), ids, strict=True):
            touch(folder / f"{name}_{pid}_assignsubmission_file" / f"{chapter}.ipynb")


def test_moodle_one_assignment_per_chapter_groups_people_by_name(tmp_path: Path) -> None:
    _moodle_per_chapter(tmp_path)
    found = discover([tmp_path], pattern="moodle")
    assert found.learner_names == ["Jane Smith", "Li Wei", "Omar Haddad"]
    assert len(found.paths) == 6
    assert len(found.warnings) == 1 and "by full name" in found.warnings[0]


def test_moodle_names_that_collide_in_one_assignment_are_kept_apart(tmp_path: Path) -> None:
    _moodle_per_chapter(tmp_path)
    touch(
        tmp_path / "Exercise 01" / "Jane Smith_14_assignsubmission_file" / "01-title-vs-role.ipynb"
    )
    found = discover([tmp_path], pattern="moodle")
    janes = sorted(n for n in found.learner_names if n.startswith("Jane"))
    assert janes == ["Jane Smith_11", "Jane Smith_14", "Jane Smith_21"]
    assert "Li Wei" in found.learner_names
    assert any("named Jane Smith" in w and "--roster" in w for w in found.warnings)


def test_moodle_roster_groups_by_participant_id_or_name(tmp_path: Path) -> None:
    _moodle_per_chapter(tmp_path / "subs")
    touch(
        tmp_path
        / "subs"
        / "Exercise 01"
        / "Jane Smith_14_assignsubmission_file"
        / "01-title-vs-role.ipynb"
    )
    # Exercise 1's grading worksheet ties its participant ids to emails; a second file,
    # the participants table, names everyone by first and last name.
    sheet = tmp_path / "worksheet.csv"
    sheet.write_text(
        "Identifier,Full name,Email address,Status,Grade,Maximum Grade,Grade can be changed,"
        "Last modified (submission),Last modified (grade),Feedback comments\n"
        "Participant 11,Jane Smith,jane.a@uni.example,Submitted,,10,Yes,-,-,\n"
        "Participant 14,Jane Smith,jane.b@uni.example,Submitted,,10,Yes,-,-,\n",
        encoding="utf-8",
    )
    people = tmp_path / "participants.csv"
    people.write_text(
        "First name,Last name,Email address\nOmar,Haddad,omar@uni.example\n"
        "Li,Wei,li@uni.example\nJane,Smith,jane.a@uni.example\n",
        encoding="utf-8",
    )
    roster = load_roster([sheet, people])
    found = discover([tmp_path / "subs"], pattern="moodle", roster=roster)
    by_learner: dict[str, list[str]] = {}
    for path, learner in found.learners.items():
        by_learner.setdefault(learner, []).append(path.parent.name)
    assert by_learner["Jane Smith (jane.a@uni.example)"] == ["Jane Smith_11_assignsubmission_file"]
    assert by_learner["Jane Smith (jane.b@uni.example)"] == ["Jane Smith_14_assignsubmission_file"]
    assert sorted(by_learner["Li Wei"]) == [
        "Li Wei_13_assignsubmission_file",
        "Li Wei_23_assignsubmission_file",
    ]
    # Jane Smith_21 (exercise 2) is one of two Jane Smiths in the roster: never guessed.
    assert "Jane Smith_21" in by_learner
    assert any("Jane Smith_21" in w for w in found.warnings)


def test_group_people_leaves_other_names_alone(tmp_path: Path) -> None:
    learners = {tmp_path / "ann" / "01-a.ipynb": "ann"}
    assert group_people(learners) == (learners, [])


def test_one_folder_too_high_stops_with_the_right_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for learner in ("ann", "bob", "cy"):
        touch(tmp_path / "submissions" / learner / "01-title-vs-role.ipynb")
    err = _one_line_error(capsys, ["grade", str(tmp_path)])
    assert "one folder too high" in err and f"grade {tmp_path / 'submissions'} instead" in err
    assert sorted(discover([tmp_path / "submissions"]).learner_names) == ["ann", "bob", "cy"]


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


def test_a_link_to_another_learners_notebook_is_refused_with_a_reason(tmp_path: Path) -> None:
    alice = touch(tmp_path / "alice" / "06-x.ipynb")
    (tmp_path / "mallory").mkdir()
    (tmp_path / "mallory" / "06-x.ipynb").symlink_to(alice)
    touch(tmp_path / "bob" / "real" / "06-x.ipynb")
    (tmp_path / "bob" / "06-x-link.ipynb").symlink_to(tmp_path / "bob" / "real" / "06-x.ipynb")
    found = discover([tmp_path])
    assert found.problems == {
        tmp_path / "mallory" / "06-x.ipynb": (
            "This notebook is a link to a file outside mallory/; it is not graded."
        )
    }


def test_grading_a_folder_refuses_links_out_of_it(tmp_path: Path) -> None:
    outside = touch(tmp_path / "elsewhere" / "06-x.ipynb")
    subs = tmp_path / "subs"
    subs.mkdir()
    (subs / "06-x.ipynb").symlink_to(outside)
    found = discover([subs])
    assert found.paths == [subs / "06-x.ipynb"]
    assert found.problems == {
        subs / "06-x.ipynb": "This notebook is a link to a file outside subs/; it is not graded."
    }


@pytest.mark.parametrize(
    ("text", "wanted"), [("1-8", list(range(1, 9))), ("6", [6]), ("1,3, 5-6", [1, 3, 5, 6])]
)
def test_parse_exercises(text: str, wanted: list[int]) -> None:
    assert parse_exercises(text) == wanted


@pytest.mark.parametrize("text", ["0-3", "1-99", "x", "1-", ""])
def test_parse_exercises_refuses_what_the_course_lacks(text: str) -> None:
    with pytest.raises(UsageError, match="--exercises"):
        parse_exercises(text)


def test_missing_notebooks_are_the_expected_exercises_not_handed_in() -> None:
    got = missing_notebooks({"ann": {1, 2}, "bob": {2, 9}}, [1, 2])
    assert got == [("bob", 1, "01-title-vs-role.ipynb")]
