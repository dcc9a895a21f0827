"""Vague terms no one can observe in a criterion or an outcome ("intuitive", "faster")."""

from __future__ import annotations

import re

from ._text import I

__all__ = ["VAGUE_TERMS"]

# Vague terms in a criterion (as AQUSA's check): nobody can observe "intuitive".
VAGUE_TERMS = re.compile(
    r"\b(?:intuitive(?:ly)?|user-?friendly|fast(?:er)?|quick(?:ly|er)?|modern|accurate(?:ly)?|"
    r"easy|easily|easier|simple|seamless(?:ly)?|smooth(?:ly)?|nice(?:ly)?|efficient(?:ly)?|"
    r"properly|reliabl[ey]|robust|responsive|appropriate(?:ly)?|reasonabl[ey]|timely|"
    r"in\s+control|user\s+experience|better|improved|optimal|sufficient(?:ly)?|adequate(?:ly)?|"
    r"as\s+soon\s+as\s+possible|asap|promptly|works\s+(?:well|fine|correctly|as\s+expected)|"
    r"clear(?:er|ly)?|pain(?:ful|less)(?:ly)?|transparent(?:ly)?|fair(?:ly)?|confident(?:ly)?|feels?\s+\w+|"
    r"obvious(?:ly)?|prominent(?:ly)?|convenient(?:ly)?|helpful|meaningful|precise(?:ly)?|"
    r"(?:always\s+)?up[- ]to[- ]date|satisf(?:ied|ying|actory)|trust(?:s|ed|worthy)?|"
    r"correct(?:ly)?|accurate|smart(?:er)?|happ(?:y|ier)|powerful|beautiful(?:ly)?|pleasant|"
    r"awesome|delightful|engaging|enjoy(?:s|ed|able)?|optimi[sz]ed|sustainabl[ey]|usually|"
    r"sensibl[ey]|"
    # "enough" with nothing to say how much: "enough quality info", "stable enough"; not
    # "enough units for my pick", "calm enough to spray"
    r"enough(?![^.;\n]{0,40}\b(?:for|to|that)\b)|"
    # hedges that leave the check to judgement: "(within reason)", "the way users would expect"
    r"within\s+reason|in\s+general|where\s+possible|if\s+possible|more\s+or\s+less|"
    r"(?:the\s+way|as)\s+(?:\w+\s+){0,2}(?:would\s+)?expect(?:s|ed)?)\b",
    I,
)
