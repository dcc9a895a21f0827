"""Blanks the outcome's time frame words that alone would carry a part of the need.

"so that my adviser has them before we speak" names when, not the need's problem: a
want whose words and checks leave a part of the need out ("upload my payslips") is not
shown to serve the need because the outcome's "before", "instead" or "the same day"
happens to be among the need's words. Such a frame word is blanked only for a group the
want and criteria do not carry, so an outcome still counts where it repeats the need.
"""

from __future__ import annotations

import re

from ._parse import Parsed
from ._topic_terms import carries

__all__ = ["unframed"]

# words that place an outcome in time or against another way, not name a problem;
# "when" only as a conjunction, not as what is to be known ("know when it comes")
_FRAME = re.compile(
    r"\b(?:before|instead|first|(?:same\s+)?day|time|"
    r"(?<!know )(?<!see )(?<!tell )(?<!learn )(?<!knows )(?<!sees )when)\b",
    re.IGNORECASE,
)


def unframed(gain: str, pats: tuple[re.Pattern[str], ...], p: Parsed) -> str:
    """The outcome with its frame words blanked when they alone carry a group of the
    need that neither the want nor any criterion carries."""
    if not _FRAME.search(gain):
        return gain
    told = [p.want.text] if p.want else []
    told += [i.text for i in p.items]
    bare = _FRAME.sub(" ", gain)
    for pat in pats:
        if carries(pat, gain) and not carries(pat, bare) and not any(carries(pat, t) for t in told):
            return bare
    return gain
