"""kept(): in a criteria-only task the on-topic tick quotes the want when the want carries
the need, not the check the criteria judge may fault; a want that carries too little of
the need leaves the tick on the check."""

from __future__ import annotations

import dataclasses

from test_story_topic import HOLDS

from pmcourse._tasks.story import analyse
from pmcourse._tasks.story._parse import parse
from pmcourse._tasks.story._topic_kept import kept
from pmcourse._tasks.story._topic_terms import need_patterns

CHECKS_ONLY = dataclasses.replace(HOLDS, judge=("criteria", "problem", "topic"))
CHECK = "A member is told the day a reserved book is ready to collect."


def _topic_line(text: str) -> tuple[str, str]:
    for f in analyse(text, CHECKS_ONLY).findings:
        if f.criterion == "topic":
            return f.state, f.message
    raise AssertionError("topic not judged")


def test_a_want_that_keeps_the_need_is_quoted_instead_of_its_one_check() -> None:
    text = (
        "As a member, I want to hear when my reserved books are ready, so that I can "
        f"collect them in time.\n\nAcceptance criteria:\n- {CHECK}"
    )
    state, message = _topic_line(text)
    assert state == "met", message
    assert "my reserved books are ready" in message, message
    assert CHECK.lower()[:30] not in message.lower(), message


def test_a_want_that_carries_little_of_the_need_leaves_the_tick_on_the_check() -> None:
    text = (
        f"As a member, I want a nicer app, so that I enjoy it.\n\nAcceptance criteria:\n- {CHECK}"
    )
    state, message = _topic_line(text)
    assert state == "met", message
    assert CHECK.lower()[:30] in message.lower(), message


def test_a_story_judged_on_its_want_quotes_what_was_shown() -> None:
    p = parse("As a member, I want my holds to say when they are ready to collect.", HOLDS)
    found = kept(p, need_patterns(HOLDS), "the shown text", 3, False)
    assert found.message == '"the shown text" (line 3) keeps the need'
