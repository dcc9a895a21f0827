"""Criteria wrongly "not met": a vague word that is part of a stated case, a
verb or a noun; "I'm told and given ..."; a Given case whose result is the user's; and a
table of situations and what is seen. Each story is written for the test, each with a
near form the rule must leave alone."""

from __future__ import annotations

from pmcourse._tasks.ch04 import OVERDUE_INVOICES
from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._criteria import criterion_problem
from pmcourse._tasks.story._items import Item
from pmcourse._tasks.story._table import table_checks
from pmcourse._tasks.story._vague import vague_term

CLERK = "As a finance clerk, I want to see which invoices are overdue, so I can chase them."
PLAIN = "- When an invoice is 30 days past due, it appears in the late list with its customer."


def _criteria(*checks: str) -> str:
    lines = "\n".join(f"- {c}" for c in checks)
    return analyse(f"{CLERK}\n\nAcceptance criteria:\n{lines}", OVERDUE_INVOICES).state("criteria")


def test_a_vague_word_in_the_case_is_the_situation() -> None:
    # the case the user sets up may be told in any words; what is checked follows "then"
    case = "Given a customer says the payment was quick, when I mark it paid, then the invoice leaves the late list"
    assert vague_term(case) is None
    assert _criteria(PLAIN[2:], case) == "met"
    # the same word as the whole result names nothing to observe
    assert vague_term("Given I open the late list, then it is quick") is not None


def test_a_judging_word_beside_a_named_thing_in_a_result_is_checkable() -> None:
    # after a stated event, "correct" means as that event implies, which a tester checks
    check = "After a payment arrives, the overdue total on my dashboard is correct."
    assert vague_term(check) is None
    assert _criteria(PLAIN[2:], check) == "met"
    # with no case, or with nothing named in the result, it is still a judgement
    assert vague_term("The overdue total on my dashboard is correct.") is not None
    assert vague_term("After a payment arrives, it is correct.") is not None
    # how plainly something is said is a manner of a result, not the whole of it
    assert vague_term("Given a bill is paid, then the late list says so clearly") is None
    assert vague_term("Given a bill is paid, then the late list is clear") is not None
    # a feeling is no judgement of a thing, case or none
    assert vague_term("After a payment arrives, the dashboard is engaging.") is not None


def test_a_vague_word_taking_an_object_is_the_users_verb() -> None:
    assert vague_term("I can open an invoice and correct the due date") is None
    assert vague_term("I can reopen a paid invoice and clear it again") is None
    # after a linking verb the same word judges
    assert vague_term("The due date shown is correct the next morning") is not None
    # "trust" with an object is a feeling, not an action
    assert vague_term("Customers trust the reminder email") is not None


def test_a_vague_word_that_owns_a_thing_is_a_noun() -> None:
    assert vague_term("The reminder email carries the trust's name and address.") is None
    assert vague_term("The reminder email is one customers trust.") is not None


def test_a_vague_word_spelled_out_by_a_list_in_brackets_is_observable() -> None:
    assert (
        vague_term("Each reading says how accurate it is (metered, estimated or keyed in).") is None
    )
    assert vague_term("Each reading says how accurate it is.") is not None
    # a bracket that lists nothing spells nothing out
    assert vague_term("Each reading is accurate (always).") is not None


def test_told_and_given_is_a_participle_not_a_step() -> None:
    check = "If an invoice is 30 days late, I'm told and given the customer's phone number."
    assert criterion_problem(Item(check, 4, False)) is None
    assert _criteria(PLAIN[2:], check) == "met"
    # two step words with nothing between them still string keywords together
    heap = criterion_problem(Item("Given overdue invoice when then and given when red", 4, True))
    assert heap is not None


def test_a_given_case_whose_result_is_the_users_has_an_outcome() -> None:
    assert criterion_problem(Item("Given a customer pays, I'm told", 4, True)) is None
    assert criterion_problem(Item("Given I pay late, my credit limit drops.", 4, True)) is None
    # a result that names no one who sees it has no outcome to observe
    assert criterion_problem(Item("Given it fails, it is retried", 4, True)) is not None


def test_a_table_of_situations_and_what_is_seen_holds_checks() -> None:
    table = [
        "| Check | Situation | What I see |",
        "|---|---|---|",
        "| 1 | invoice 30 days past due | it is in the late list with its customer |",
        "| 2 | customer pays in full | it leaves the late list the next morning |",
    ]
    rows = table_checks(table)
    assert [r for _, r in rows] == [
        "invoice 30 days past due -> it is in the late list with its customer",
        "customer pays in full -> it leaves the late list the next morning",
    ]
    story = f"{CLERK}\n\n" + "\n".join(table)
    assert analyse(story, OVERDUE_INVOICES).state("criteria") == "met"
    # a table of targets names no situation and nothing seen in it
    targets = ["| Measure | Target |", "|---|---|", "| days to pay | 30 |", "| late share | 5% |"]
    assert table_checks(targets) == []
    assert analyse(f"{CLERK}\n\n" + "\n".join(targets), OVERDUE_INVOICES).state("criteria") != "met"
