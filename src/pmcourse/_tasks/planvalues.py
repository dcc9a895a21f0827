"""Whether an eval plan is a bare run of values with no sentence: "test set 300 real
tickets / measure senior agents rubric / bar 80% / ...". Its parts may all carry a
number, but no clause says what the feature does, who judges what, or what runs: the
labellers read such a list as no plan for the feature (off topic, with doubt), while the
six parts it names still count. Task 9.7's judge (``evalplan``) asks this module.

Only lists cut by a slash, a bar, a dot, a semicolon or a line break are read so; the same
values in commas or full stops are labelled either way and are left as they are.
"""

from __future__ import annotations

import re

from .plantopic import other_feature

__all__ = ["off_topic_line", "value_list"]

_FLAGS = re.IGNORECASE

# The cuts of a value list: " / ", " | ", "·", ";" or a line break with no full stop
# before it (lines that end in one are sentences, however short).
_CUT = re.compile(r"\s/\s|\s\|\s|·|;|(?<![.!?\s])\n")
# A markdown table is cut by bars too, but its cells are a plan's sentences.
_TABLE = re.compile(r"\|\s*-{3,}")
# What makes a clause: a subject word, an auxiliary, or a verb a plan acts with. "test set"
# names a part, "3 runs each" counts, "when before launch" labels a timing: none is a clause.
_CLAUSE = re.compile(
    r"\b(?:we|i|our|us|you|they|it|is|are|was|will|must|should|be|can|need|needs|if|then|"
    r"rate|rates|rated|judge|judges|judged|score|scores|scored|mark|marks|marked|grade|grades|"
    r"graded|check|checks|checked|read|reads|review|reviews|reviewed|label|labels|labelled|"
    r"say|says|run|test(?!\s+set)|tests|collect|pull|compare|when(?!\s*:?\s*(?:before|pre|after)))\b"
    r"|'ll|n't",
    _FLAGS,
)


def value_list(text: str) -> str:
    """The list quoted, when the plan is five or more values cut by list marks and has no
    clause anywhere, or ""."""
    if _TABLE.search(text) or len(_CUT.findall(text)) < 4 or _CLAUSE.search(text):
        return ""
    flat = " ".join(text.split())
    return f'"{flat[:50]}…"' if len(flat) > 50 else f'"{flat}"'


def off_topic_line(text: str, product_name: str) -> str:
    """The ✘ line for a plan about another feature or a bare value list, or ""."""
    other = other_feature(text)
    if other:
        return (
            f'✘ About this product: "{other}" shows a feature whose output is '
            f"no reply a person edits; write the plan for {product_name}"
        )
    values = value_list(text)
    if values:
        return (
            f"✘ About this product: {values} lists values with no sentence, so it never says "
            f"what {product_name} are or who does what; write a sentence for each part"
        )
    return ""
