"""The lone storage word, on a scenario written for these tests: a store told failing in
the user's systems, a word joined into a secret's name and "may be cached" are the user's
world ("met"); a builders' word ("microservice", "the db", "the cfg") is the team's build
("not met"); the bare word told otherwise stays for review."""

from __future__ import annotations

import pytest

from pmcourse._tasks.story import Scenario, analyse

PAGES = Scenario(
    name="NOISY_PAGES",
    need="on-call engineers get one page per incident instead of one per alert",
    users="on-call engineers at companies that use Pagewise to route their alerts",
    user_roles=("on-call engineer",),
    builders=("Pagewise engineer",),
    vendor=("Pagewise",),
)

_HEAD = (
    "As an on-call engineer, I want related alerts to reach me as one page, so that I can "
    "sleep through the noise and fix the cause.\nAcceptance criteria:\n"
    "- I see how many alerts the page groups.\n"
)


def _problem(check: str) -> str:
    text = _HEAD + check
    return next(f.state for f in analyse(text, PAGES).findings if f.criterion == "problem")


@pytest.mark.parametrize(
    "check",
    [
        "- When one database is down and 40 services alert, I get one page naming it.",
        "- Alerts from services behind the same failing database form one incident.",
        "- During an outage of one database, I get a single page for all its services.",
        "- After I rotate the db-main secret, old and new values both work for an hour.",
        "- The page says which old values may still be cached until the cut-over.",
    ],
)
def test_a_store_in_the_users_world_is_no_solution_detail(check: str) -> None:
    assert _problem(check) == "met"


@pytest.mark.parametrize(
    "check",
    [
        "- Grouped alerts are kept in the database for a week.",
        "- Old alert values are cached for an hour.",
    ],
)
def test_the_bare_word_told_otherwise_stays_for_review(check: str) -> None:
    assert _problem(check) == "unsure"


@pytest.mark.parametrize(
    "check",
    [
        "- A grouping microservice merges the alerts.",
        "- Failed alerts are saved in the db and sent again.",
        "- The grouping window is read from the cfg.",
    ],
)
def test_a_builders_word_is_the_teams_build(check: str) -> None:
    assert _problem(check) == "not met"
