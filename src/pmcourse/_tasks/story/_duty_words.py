"""The words of a duty met as a story's outcome: something kept compliant, a rule or
obligation met by the organisation or the persona, and the persona only doing their job.
Kept apart from `_words` for size; `_served` reads them."""

from __future__ import annotations

import re

from ._text import I

__all__ = ["COMPLIANT", "ORG_OBLIGATION", "OWN_JOB", "RULE_KIND", "SELF_COMPLIANT"]


# A duty the organisation is held to, as the outcome: something that is or stays compliant
# with a law, policy or standard, or a compliance figure held at a level ("the clinic stays
# compliant with the data act", "form compliance stays at 100%"); told of the organisation,
# not of a gain of the persona's ("I" is left to the checks after)
COMPLIANT = re.compile(
    r"^\W*(?!I\b)(?:[\w'-]+\s+){0,4}?(?:is|are|stays?|remains?|keeps?\s+being|will\s+be|"
    r"becomes?)\s+(?:fully\s+|always\s+|still\s+)?"
    # a named rule before it: "is GDP compliant", "stays ICH GCP compliant", "PCI-compliant"
    r"(?:(?-i:[A-Z][\w/&]*)[\s-]+){0,3}compliant\b|"
    r"^\W*(?:[\w'-]+\s+){0,3}?compliance\s+(?:rate\s+)?(?:stays|is|remains|reaches|hits|goes\s+up)\s+"
    r"(?:at\s+|to\s+)?\d+(?:\.\d+)?\s*%",
    I,
)
# A rule of any kind, as what is met or complied with: a standard, a requirement, the rules
# of a scheme, a law, a code of practice or a named Code ("meets the inspection standard",
# "complies with the assurance scheme rules"), official guidance or an agreement the
# organisation signed ("complies with the data-sharing agreement")
RULE_KIND = (
    r"standards?|requirements?|rules|schemes?|laws?|legislation|guidelines?|guidance|agreements?|"
    r"codes?\s+of\s+practice|"
    # a code named as one, capitalised mid-sentence ("meets the Consumer Code for Builders")
    r"(?-i:C)odes?"
)
# An obligation the organisation is held to and meets: "so that the bank meets the
# consumer duty", "so that we pass the external audit" or "the hygiene inspection", "so
# that the contact centre meets its service level", "so that the trust complies with its
# records policy" (a policy is the organisation's own rule), or anything done "as required
# by" a body: a duty, not a gain
ORG_OBLIGATION = re.compile(
    r"\b(?:meets?|meeting|pass(?:es)?|passing|satisf(?:y|ies)|compl(?:y|ies)\s+with)\s+"
    r"(?:the\s+|its\s+|our\s+|their\s+|all\s+|an?\s+)?(?:[\w/'-]+\s+){0,5}?"
    r"(?:audits?|inspections?|regulations?|regulatory\s+[\w-]+|duty|duties|service[\s-]+levels?|"
    r"SLAs?|obligations?|polic(?:y|ies))\b|\bas\s+required\s+by\b|"
    # a rule of any kind, met by the outcome's own subject ("we meet Ofsted safeguarding
    # requirements"), not one a later clause gives as a further reason
    r"^\W*(?:[\w'-]+\s+){1,4}?(?:meets?|satisf(?:y|ies)|compl(?:y|ies)\s+with)\s+"
    r"(?:[\w/'-]+\s+){0,5}?(?:" + RULE_KIND + r")\b",
    I,
)
# The persona being or staying compliant with a rule of any kind, as the whole outcome ("so
# that I am compliant with the VMD regulations", "so I comply with the scheme's rules"):
# whoever is held to it, meeting it is a duty, not something the persona can then do (the
# persona's own rules, "my requirements", are left alone; a rule's full name may run long,
# "the Street Works Act code of practice")
SELF_COMPLIANT = re.compile(
    r"^\W*(?:I|we)\s+(?:(?:am|are|stay|remain|will\s+be|can\s+be|keep)\s+(?:fully\s+|always\s+"
    r"|still\s+)?compliant\s+with|(?:can\s+|will\s+)?(?:comply\s+with|meet|satisfy))\s+"
    # (a numbered part of the rule counts as a word: "clause 3.11 of the standard")
    r"(?!(?:my|our)\b)(?:[\w/'-]+(?:\.\d+)*\s+){0,8}?(?:regulations?|" + RULE_KIND + r")\b"
    # (what the rule is about may follow: "... the standard on missed visits")
    r"(?:\s+(?:on|for|about|of|in)\s+[\w'-]+(?:\s+[\w'-]+){0,3})?\W*$",
    I,
)
# The persona only gets to do their work: "so that I can do my job", which any tool for
# their work gives
OWN_JOB = re.compile(
    r"^\W*(?:I|we)\s+(?:can|could|will\s+be\s+able\s+to|am\s+able\s+to|are\s+able\s+to)\s+"
    r"(?:do|get\s+on\s+with|carry\s+on\s+with)\s+(?:my|our)\s+(?:jobs?|work)"
    r"(?:\s+(?:properly|well|better))?\W*$",
    I,
)
