"""A course roster: who the learners are, by the keys a learning platform matches grades on.

``--roster FILE`` (repeatable) reads CSV files an instructor downloads anyway:

* Moodle's participants table (Participants, "Download table data as" CSV), or a
  gradebook export: ``First name``, ``Last name`` (or ``Surname``), ``Email address``,
  ``Username``, ``ID number``;
* Moodle's offline grading worksheet of an assignment: ``Identifier``
  (``Participant 12345``), ``Full name``, ``Email address``: it also ties that
  assignment's participant ids to people;
* any CSV with a name column (``Full name``, ``Name`` or ``Student``) and at least
  one key column (``Email address``/``Email``, ``Username``, ``ID number``).

Column names are matched without regard to case or spaces. A person's *key* is
their email address, else their username, else their ID number: the value a
Moodle gradebook import maps users by.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .._errors import UsageError

__all__ = ["KEY_COLUMNS", "Person", "Roster", "load_roster"]

# The columns a roster's key can come from, in the order they are preferred.
KEY_COLUMNS = ("Email address", "Username", "ID number")

_ALIASES = {
    "email address": "Email address",
    "email": "Email address",
    "e-mail": "Email address",
    "username": "Username",
    "id number": "ID number",
    "idnumber": "ID number",
    "full name": "Full name",
    "name": "Full name",
    "student": "Full name",
    "first name": "First name",
    "last name": "Last name",
    "surname": "Last name",
    "identifier": "Identifier",
}
_PARTICIPANT = re.compile(r"(\d+)\s*$")


def _norm(header: str) -> str:
    return _ALIASES.get(" ".join(header.replace("\ufeff", "").split()).lower(), "")


@dataclass
class Person:
    name: str
    keys: dict[str, str]  # column (one of KEY_COLUMNS) -> value
    participants: set[str] = field(default_factory=set)  # Moodle participant ids

    @property
    def key_column(self) -> str:
        return next(c for c in KEY_COLUMNS if self.keys.get(c))

    @property
    def key(self) -> str:
        return self.keys[self.key_column]


@dataclass
class Roster:
    people: list[Person] = field(default_factory=list)

    def label(self, person: Person) -> str:
        """How a person is named as a learner: their name, with their key if it is not unique."""
        same = sum(1 for p in self.people if p.name.casefold() == person.name.casefold())
        return person.name if same == 1 else f"{person.name} ({person.key})"

    def by_participant(self, participant: str) -> Person | None:
        return next((p for p in self.people if participant in p.participants), None)

    def by_name(self, name: str) -> list[Person]:
        folded = " ".join(name.split()).casefold()
        return [p for p in self.people if " ".join(p.name.split()).casefold() == folded]

    def by_label(self, label: str) -> Person | None:
        return next((p for p in self.people if self.label(p) == label), None)


def _rows(path: Path) -> Iterable[tuple[int, dict[str, str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UsageError(f"Cannot read the roster {path}: {exc.strerror}.") from None
    except UnicodeDecodeError:
        raise UsageError(f"The roster {path} is not UTF-8 text: save it as CSV UTF-8.") from None
    reader = csv.reader(text.splitlines())
    header = next(reader, None)
    if header is None:
        raise UsageError(f"The roster {path} is empty.")
    names = [_norm(h) for h in header]
    if not any(n in KEY_COLUMNS for n in names):
        raise UsageError(
            f"The roster {path} has no column to match people by: it needs one of "
            f"{', '.join(KEY_COLUMNS)} (its columns: {', '.join(header)})."
        )
    for number, values in enumerate(reader, start=2):  # the header is line 1
        row = {n: v.strip() for n, v in zip(names, values, strict=False) if n}
        if any(row.values()):
            yield number, row


def load_roster(paths: Sequence[Path]) -> Roster:
    """Read one or more roster CSVs into one roster; the same key in two files is one person."""
    roster = Roster()
    by_key: dict[tuple[str, str], Person] = {}
    for path in paths:
        for number, row in _rows(path):
            keys = {c: row[c] for c in KEY_COLUMNS if row.get(c)}
            if not keys:
                raise UsageError(
                    f"{path} line {number}: no {', '.join(KEY_COLUMNS)} for this person."
                )
            name = row.get("Full name") or " ".join(
                part for part in (row.get("First name"), row.get("Last name")) if part
            )
            if not name:
                raise UsageError(f"{path} line {number}: no name for {next(iter(keys.values()))}.")
            person = next((by_key[(c, v)] for c, v in keys.items() if (c, v) in by_key), None)
            if person is None:
                person = Person(name, dict(keys))
                roster.people.append(person)
            else:
                person.keys.update({c: v for c, v in keys.items() if c not in person.keys})
            for c, v in keys.items():
                by_key[(c, v)] = person
            m = _PARTICIPANT.search(row.get("Identifier", ""))
            if m:
                person.participants.add(m.group(1))
    return roster
