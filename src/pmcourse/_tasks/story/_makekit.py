"""Kit wanted by its maker's name: the device a user asks for, named by make or model.

A user who wants "a Zebra TC52 handheld", "the Salto smart locks" or "Bluetooth
beacons" asks for the kit the team would fit, not for what they need to know or do;
the maker's name (a capitalised word, with an optional model code) right after
"want" and before a kind of device is the form. A device the user merely meets later
in the story ("labels print on the Zebra printer") is not wanted, so only the want's
own object counts; the product's own name is left to the persona and topic judges.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._types import Scenario

_MADE_KIT = re.compile(
    r"\bwant\s+(?:an?\s+|the\s+)?((?-i:[A-Z])[a-z]\w+\s+(?:(?-i:[A-Z]{1,4}\d+\w*)\s+)?"
    r"(?:smart\s+|RFID\s+|barcode\s+|Bluetooth\s+|leak\s+)?"
    r"(?:handhelds?|locks?|sensors?|scanners?|cameras?|printers?|beacons?|terminals?|"
    r"trackers?))\b"
)


def made_kit(lines: Sequence[str], scenario: Scenario) -> list[tuple[str, int, set[str]]]:
    """The device a want asks for by its maker's name, with its line."""
    vendors = [v.lower() for v in scenario.vendor if v]
    found: list[tuple[str, int, set[str]]] = []
    for no, line in enumerate(lines, 1):
        if "want" not in line:
            continue
        for m in _MADE_KIT.finditer(line):
            if not any(v in m.group(1).lower() for v in vendors):
                found.append((m.group(1), no, {"named technologies"}))
    return found
