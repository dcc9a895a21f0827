"""Free text typed in LaTeX, read as the text it prints. Learners paste answers from a
report: a story's criteria as an ``itemize`` list, an eval plan's bar as ``$\\geq 80\\%$``.
The story analyser and task 9.7's plan judge both read answers through ``untex``; it
keeps every line where it was, so a verdict's line numbers still point at the answer."""

from __future__ import annotations

import re

__all__ = ["untex"]

# what marks an answer as LaTeX: a list item, an environment, a font or sectioning
# command with braces, or a comparison command
_MARKUP = re.compile(
    r"\\(?:item\b|begin\{|end\{|text[a-z]{2}\{|emph\{|paragraph\{|section\*?\{|"
    r"(?:geq?|leq?)\b)"
)
# "\begin{itemize}" alone on its line only opens or closes a list: a blank line
_ENVIRONMENT = re.compile(r"^\s*\\(?:begin|end)\{[a-zA-Z]+\*?\}(?:\[[^\]\n]*\])?\s*$")
_ITEM = re.compile(r"^(\s*)\\item\b(?:\[[^\]\n]*\])?\s*")
_INLINE_ITEM = re.compile(r"\\item\b(?:\[[^\]\n]*\])?\s*")
# a bold run-in heading at a line's start, ended by its stop, labels what follows it:
# "\textbf{Acceptance criteria.}" reads as "Acceptance criteria:"
_RUN_IN = re.compile(r"^(\s*)\\(?:textbf|paragraph)\{([^{}]*?)[.:]\}\s*")
# a command's braces keep their words ("\emph{ok}", "\section*{Plan}")
_WRAPPED = re.compile(r"\\[a-zA-Z]+\*?(?:\[[^\]\n]*\])?\{([^{}]*)\}")
_SIGNS = {"geq": "\u2265", "ge": "\u2265", "leq": "\u2264", "le": "\u2264", "times": "x"}
# a comparison is its sign, an escaped character itself; a bare dollar only opens or
# closes maths (a printed dollar is "\$"), so it goes
_SYMBOL = re.compile(r"\\(geq?|leq?|times)\b\s?|\\([%&$#_{}])|\$")


def _symbol(m: re.Match[str]) -> str:
    if m.group(1):
        return _SIGNS[m.group(1)] + (" " if m.group().endswith(" ") else "")
    return m.group(2) or ""


def _line(raw: str) -> str:
    if _ENVIRONMENT.match(raw):
        return ""
    ln = _RUN_IN.sub(lambda m: f"{m[1]}{m[2]}: ", _ITEM.sub(r"\1- ", raw))
    ln = _INLINE_ITEM.sub("- ", ln)  # "\item a \item b" typed on one line
    before = ""
    while before != ln:  # nested commands ("\emph{\texttt{x}}"), innermost first
        before, ln = ln, _WRAPPED.sub(r"\1", ln)
    ln = _SYMBOL.sub(_symbol, ln)
    return ln.replace("``", '"').replace("''", '"').replace("~", " ").replace("\\\\", "").rstrip()


def untex(text: str) -> str:
    """The text as it prints, line for line; text with no LaTeX markup comes back as is."""
    if "\\" not in text or not _MARKUP.search(text):
        return text
    return "\n".join(_line(raw) for raw in text.split("\n"))
