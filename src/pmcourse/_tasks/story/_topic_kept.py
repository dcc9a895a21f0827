"""Which line the on-topic tick quotes when the story keeps the need.

In a criteria-only task the judge finds the need in the checks. The criteria judge may
fault those very checks (one check only, a check that restates the want), and a tick
that quotes them would praise the words of that defect. So when the want itself carries
the need, all but one of its term groups at least (the check supplies the last), the
tick quotes the want and only names the check's line.
"""

from __future__ import annotations

import re

from ._parse import Parsed
from ._text import at, has_verb, quote, word_list
from ._topic_terms import carries
from ._types import Finding

__all__ = ["kept"]


def kept(
    p: Parsed, pats: tuple[re.Pattern[str], ...], shown: str, line: int, checks_only: bool
) -> Finding:
    """The met finding for a story whose ``shown`` text (line ``line``) keeps the need;
    ``checks_only`` when that text is a check of a criteria-only task."""
    want = p.want
    if (
        checks_only
        and want is not None
        and shown not in want.text
        and has_verb(word_list(want.text))
    ):
        groups = sum(carries(pat, want.text) for pat in pats)
        if pats and groups >= max(len(pats) - 1, 1):
            return Finding(
                "topic",
                "met",
                f"the want {quote(want.text)}{at(want.line)} keeps the need, and so does "
                f"the check on line {line}",
                quoted=(want.text,),
            )
    return Finding("topic", "met", f"{quote(shown)}{at(line)} keeps the need", quoted=(shown,))
