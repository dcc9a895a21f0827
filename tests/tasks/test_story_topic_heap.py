"""The topic rule that reads a run of the need's keywords inside a want that is a
sentence as its object, not as a heap (_topic_heap, called from _topic)."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._parse import parse
from pmcourse._tasks.story._salad import stuffed_run
from pmcourse._tasks.story._topic_heap import heap_of
from pmcourse._tasks.story._topic_terms import need_patterns

CHECKS = (
    "\n\nAcceptance criteria:\n"
    "- An invoice 1 day past its due date shows on my list.\n"
    "- A paid invoice is not on the list.\n"
)
SENTENCE = (
    "As a credit controller, I want to spot unpaid invoices past due before my Monday "
    "calls, so that I can chase them in time." + CHECKS
)
# the near forms: the same keywords with no sentence around them in the want
BARE = "As a credit controller, I want unpaid invoices past due spotted, so that I chase." + CHECKS
LISTED = (
    "As a credit controller, I want: spot unpaid invoices past due chase, so that chase." + CHECKS
)


def test_a_run_inside_a_sentence_want_is_no_heap() -> None:
    pats = need_patterns(OVERDUE_INVOICES)
    p = parse(SENTENCE, OVERDUE_INVOICES)
    assert p.want is not None
    # the run is there, but the want is a sentence: a verb and small words join it
    assert stuffed_run(p.want.text, pats)
    assert heap_of(p, p.want.text, pats, True) is None
    # a check line (not the want line) keeps the heap reading
    assert heap_of(p, p.want.text, pats, False)
    assert analyse(SENTENCE, OVERDUE_INVOICES).state("topic") == "met"


def test_a_want_of_bare_keywords_stays_a_heap() -> None:
    for story in (BARE, LISTED):
        found = [f for f in analyse(story, OVERDUE_INVOICES).findings if f.criterion == "topic"]
        assert found[0].state == "unsure"
        assert "string of keywords" in found[0].line
