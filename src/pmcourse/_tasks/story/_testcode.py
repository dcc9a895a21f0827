"""Test code named in a story: the team's own tests, which prescribe how it is built.

A function named and called as a test ("test_retry_after_outage() passes",
"testShelfLookup()") is the team's test of its own code, so a story that names one
tells the team the code's structure. The general scan lets plain snake_case names
through in a developer product, where they may be documented fields the user reads;
a test function is never such a field. Nor is a function a unit test calls ("Unit
test: retry_delivery() is called 5 times"): what a unit test exercises is the team's
own code, not the contract a user codes against.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# a test function called by name: "test_" or "test" + capital first, or a "_test" tail
_TEST_CALL = re.compile(
    r"\b(?:test_[a-z0-9_]+|test(?-i:[A-Z])\w*|[a-z][a-z0-9]*(?:_[a-z0-9]+)*_test)\s*\(",
    re.IGNORECASE,
)
# a line that is a unit test, and a function it calls by name ("save_order()", "getRate()")
_UNIT_TEST = re.compile(r"\bunit[\s-]?tests?\b", re.IGNORECASE)
_CALLED = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\(\)|\b[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+)+\(\)")


def named_tests(lines: Sequence[str]) -> list[tuple[str, int, set[str]]]:
    """Every test function a story names, with its line, as code structure."""
    found: list[tuple[str, int, set[str]]] = []
    for no, line in enumerate(lines, 1):
        if "test" in line.lower():
            found.extend(
                (m.group(0).rstrip("( "), no, {"code structure"}) for m in _TEST_CALL.finditer(line)
            )
            if not found and "()" in line and _UNIT_TEST.search(line):
                found.extend((m.group(0), no, {"code structure"}) for m in _CALLED.finditer(line))
    return found
