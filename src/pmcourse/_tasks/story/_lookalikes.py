"""Words that look like solution detail but name another kind of thing.

The problem judge scans for the words of a build (a sync, a named technology, a batch
run on a schedule). Three structures use those words for something the team is not
told to build, so the judge leaves them alone:

- a meeting where the story was talked over ("as we discussed in the TPM sync"): the
  story's own history, not a tool;
- a place's code ("shelf D3", and "D3" again later): a label in the user's world that
  happens to spell a technology's name;
- in a developer product, the customer's own batch run told with its schedule ("when
  our import runs at 02:00"): the user's system, which the product serves.
"""

from __future__ import annotations

import re

__all__ = ["lookalike", "place_codes"]

_I = re.IGNORECASE

# the words just before a meeting's name: something was discussed or agreed there
_MET_IN = re.compile(
    r"\b(?:discuss(?:ed)?|agreed|decided|talked\s+(?:about|through)|mentioned|raised|"
    r"went\s+through)\s+(?:in|at|during|after)\s+(?:[\w'-]+\s+){0,2}$",
    _I,
)
# a place followed by its code ("shelf D3", "bay A12", "gate B4")
_PLACE_CODE = re.compile(
    r"\b(?:shel(?:f|ves)|aisles?|bays?|bins?|gates?|stands?|docks?|racks?|slots?|rows?|"
    r"rooms?|wards?|beds?|lockers?|platforms?|zones?|berths?|lanes?|pitch(?:es)?|"
    r"desks?|doors?|locations?)\s+((?-i:[A-Z])\d{1,3})\b",
    _I,
)
_CODE = re.compile(r"(?-i:[A-Z])\d{1,3}")
# the customer's own batch process and its schedule ("our nightly import runs at 02:00")
_OWN_RUN = re.compile(r"\b(?:our|my|their)\s+(?:[\w-]+\s+)?$", _I)


def place_codes(lines: list[str]) -> frozenset[str]:
    """The codes the story gives to places ("shelf D3" gives "D3")."""
    # every code is a capital and a digit: most lines have none, and are not scanned
    return frozenset(
        m.group(1) for line in lines if _CODE.search(line) for m in _PLACE_CODE.finditer(line)
    )


def lookalike(
    line: str, start: int, hit: str, kind: str, places: frozenset[str], developers: bool
) -> bool:
    """Whether a hit at ``start`` of ``line`` names a meeting, a place's code or (in a
    developer product) the customer's own scheduled run, not something to build."""
    before = line[max(0, start - 60) : start]
    if _MET_IN.search(before):
        return True
    if kind == "named technologies" and _CODE.fullmatch(hit) and hit in places:
        return True
    return (
        developers
        and kind == "storage and infrastructure"
        and " runs " in f" {hit.lower()} "
        and _OWN_RUN.search(before) is not None
    )
