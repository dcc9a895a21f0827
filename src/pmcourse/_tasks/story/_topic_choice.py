"""A want to keep a standing choice ("set my preferred pharmacy", "save my favourite
items", "order from the preferred-supplier catalogue") asks for a preference: which one
of the things on offer the user wants each time from now on, another job than the need,
which is about what happens to the ones there are. Where the need itself is about that
preference or that thing (a need to see times "in their own time zone", for "my
preferred time zone"), the want may be the need in other words, and this stands aside."""

from __future__ import annotations

import re

from ._parse import Parsed
from ._text import at, content_words, quote, word_list
from ._topic_ask import need_roots, root
from ._types import Finding, Scenario

__all__ = ["preference_ask"]

# a standing choice told by its owner: "my preferred ...", "a default ...", "our favourite ..."
_CHOICE = re.compile(
    r"\b(?:my|our|their|his|her|a|an|the)\s+(preferred|favou?rites?|default)"
    r"(?:-|\s+)([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)",
    re.IGNORECASE,
)


def preference_ask(p: Parsed, scenario: Scenario) -> Finding | None:
    """Not met when the want asks to keep a preferred, favourite or default one."""
    if p.want is None or "outcome" not in scenario.judge:
        return None
    want = p.want.text
    found = _CHOICE.search(want)
    if found is None:
        return None
    roots = need_roots(scenario)
    chosen = content_words(word_list(found[2]))[:1]
    if root(found[1]) in roots or any(root(w) in roots for w in chosen):
        return None
    return Finding(
        "topic",
        "not met",
        f"the want {quote(want)}{at(p.want.line)} asks to keep {quote(found[0])}: a "
        f"standing choice of which one the user wants, another job than the need, which "
        f"is about what happens to the ones there are; ask for what the user needs to know "
        f"or do about them; the need is to {scenario.need}",
        quoted=(want,),
    )
