"""An answer written as a form of the writer's own.

Learners often hand in a story as their workplace's own form: a ticket, a card, a
handover note, with labels of its own ("Customer: QA engineer at ...", "Risk if not: Mum
waits at the door", "ROLE ........ QA ENGINEER"). The judges know the common forms; in a
form they do not know, a field may hold the part they looked for, so not finding that
part is no evidence that it is missing.
"""

from __future__ import annotations

import re

__all__ = ["form_fields"]

# a line of such a form: a short label, then ":" or a run of leader dots, then its value
_FORM_FIELD = re.compile(r"^[ \t]*[A-Za-z][\w /&'-]{0,24}?[ \t]*(?::|\.{4,})[ \t]*\S", re.MULTILINE)


def form_fields(answer: str) -> list[re.Match[str]]:
    """The field lines of an answer written as a form (three or more), else none."""
    fields = list(_FORM_FIELD.finditer(answer))
    return fields if len(fields) >= 3 else []
