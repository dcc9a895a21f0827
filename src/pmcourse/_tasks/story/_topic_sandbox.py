"""A want that asks for a sandbox to test in ("sandbox test bookings that I can move or
cancel", "trigger test events from the sandbox"), for a need that asks for no testing. The
topic judge's fallback took such a want as keeping the need because the test data carries
the need's words (the booking, the event, the change), but a place to try an integration
before going live is a testing aid next to the need: careful readers labelled these either
way (on topic when the test case is the need's own event, off topic when it is the
product's test set-up), so the judge says unsure and names what it saw.
"""

from __future__ import annotations

import re

from ._roles import CHECK
from ._text import at, quote
from ._types import Finding

# "sandbox" as a place or kind of test data; "sandboxed" (an app's isolation) is no sandbox
_SANDBOX = re.compile(r"\bsandbox(?:es)?\b(?!ed)", re.IGNORECASE)
# a want that leads with a notice of a change ("be told 90 days ahead, with a sandbox to
# try it"): the sandbox rides along with the notice, which the judge reads on its own
_NOTICE = re.compile(
    r"^(?:to\s+)?(?:be\s+able\s+to\s+)?(?:be\s+(?:told|warned|notified|alerted)|"
    r"(?:advance\s+)?notice|warning)\b",
    re.IGNORECASE,
)
# a need that asks for testing itself
_TESTING = re.compile(
    r"\b(?:sandbox\w*|test(?:s|ing|ed)?|try\s+out|go(?:ing)?\s+live)\b", re.IGNORECASE
)


def sandbox_ask(want: str, need_text: str, need: str, line: int) -> Finding | None:
    """Unsure when the want asks for a sandbox to test in and the need asks for no testing;
    None otherwise."""
    if "sandbox" not in want.lower():
        return None
    m = _SANDBOX.search(want)
    if not m or _NOTICE.match(want.strip()) or _TESTING.search(need_text):
        return None
    return Finding(
        "topic",
        "unsure",
        f"the want {quote(want)}{at(line)} asks for {quote(m.group(0))} test data: a testing "
        f"aid next to the need, so whether it is the need's own case could not be told; "
        f"{need}; {CHECK}",
        quoted=(want,),
    )
