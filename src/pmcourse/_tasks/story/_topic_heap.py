"""Whether a run of the need's keywords in the want line is a heap, for the topic judge.

The topic judge reads the want and the outcome joined, without the "so that" between
them, so a run of keywords can straddle the two or sit inside a plain sentence ("I want
to see missing receipts before month end"). Readers fault a heap only when the want
itself is no sentence: missing, a pronoun ("I want it") or a bare list of keywords. A
want of a few words with a verb and a small word joining them is a sentence, and a run
in it is its object, not a heap.
"""

from __future__ import annotations

import re

from ._parse import Parsed
from ._salad import stuffed_run
from ._terse import FUNCTION_WORDS
from ._text import has_verb, word_list

__all__ = ["heap_of"]


def heap_of(p: Parsed, text: str, pats: tuple[re.Pattern[str], ...], first: bool) -> str | None:
    """stuffed_run() of the judged text, unless it is the want line (``first``) and the
    want reads as a sentence: three words or more, a verb, and a small word."""
    run = stuffed_run(text, pats)
    if not run or not first or p.want is None:
        return run
    words = word_list(p.want.text)
    if len(words) >= 3 and has_verb(words) and FUNCTION_WORDS.intersection(words):
        return None
    return run
