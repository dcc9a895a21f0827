"""The persona judge (issue 22), round 55: a job story that names its person by a general
noun and a clause inside the situation ("When I, the person in our house who pays the
water bill, ...") names someone in the need's situation; the general noun alone stays too
general. The stories and the scenario are written for these tests."""

from __future__ import annotations

from pmcourse._tasks.story import Scenario, analyse

RATES = Scenario(
    need="warn households before their water bill is far above usual",
    topic=(r"bill|charges?", r"warn\w*|alert\w*"),
    users="households who pay a water company",
    user_roles=("customer", "household", "tenant", "bill payer"),
    builders=("billing team",),
    vendor=("Aquant",),
)
CRITERIA = (
    "\n\nAcceptance criteria:\n- the app shows the expected bill by the 10th\n"
    "- above twice the usual I get a message\n"
)


def _persona(text: str) -> tuple[str, str]:
    found = next(f for f in analyse(text, RATES).findings if f.criterion == "persona")
    return found.state, found.message


def test_general_noun_with_a_clause_in_the_situation_is_met() -> None:
    state, message = _persona(
        "When I, the person in our house who pays the water bill, open the app at the start "
        "of the month, I want to be warned if the bill is far above usual, so that I can "
        "find the leak before it costs us." + CRITERIA
    )
    assert state == "met", message
    assert "who pays the water bill" in message


def test_general_noun_alone_stays_too_general() -> None:
    state, message = _persona(
        "When I, the person, open the app at the start of the month, I want to be warned if "
        "the bill is far above usual, so that I can find the leak before it costs us." + CRITERIA
    )
    assert state != "met", message
