"""An answer written as a form of the writer's own (``_houseform``): not finding a part
in it is no evidence that the part is missing. The stories are written for these tests."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._houseform import form_fields

FORM = (
    "Item: overdue invoices\n"
    "Raised by: credit controller at a small print shop\n"
    "Need: see each morning which invoices went past their due date\n"
    "If we don't: late payers slip for weeks and we run short of cash\n"
    "Checks:\n"
    "- an invoice one day past due shows as overdue with its days late\n"
    "- a paid invoice is no longer shown as overdue\n"
)


def _outcome(text: str) -> tuple[str, str]:
    f = next(f for f in analyse(text, OVERDUE_INVOICES).findings if f.criterion == "outcome")
    return f.state, f.message


def test_a_form_of_its_own_with_no_outcome_phrase_is_unsure_not_missing() -> None:
    # the reason sits in a field this reader does not know ("If we don't:")
    state, message = _outcome(FORM)
    assert state == "unsure", message
    assert '"Item: overdue invoices" (line 1)' in message


def test_a_story_line_with_no_outcome_and_no_form_still_has_none() -> None:
    text = (
        "As a credit controller, I want to see which invoices are overdue.\n"
        "Checks:\n- an invoice past due shows as overdue\n- a paid invoice does not"
    )
    assert _outcome(text)[0] == "not met"


def test_two_labelled_lines_are_no_form() -> None:
    assert form_fields("Persona: clerk\nWant: see overdue invoices") == []
    assert len(form_fields(FORM)) == 4  # "Checks:" has no value on its line
