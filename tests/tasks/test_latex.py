"""The LaTeX reader both free-text judges share (``pmcourse._tasks._latex``)."""

from __future__ import annotations

from pmcourse._tasks._latex import untex


def test_text_without_markup_comes_back_as_is() -> None:
    # a backslash alone ("C:\\exports") or a dollar amount is no LaTeX
    text = "Export to C:\\exports costs $5 a month\n\n- one check"
    assert untex(text) is text


def test_every_line_stays_where_it_was() -> None:
    # verdicts quote line numbers: an environment line becomes blank, never disappears
    text = "\\begin{itemize}\n  \\item first\n  \\item second\n\\end{itemize}"
    assert untex(text).split("\n") == ["", "  - first", "  - second", ""]


def test_a_bold_run_in_heading_labels_what_follows() -> None:
    assert untex("\\textbf{Acceptance criteria.}\n\\item x") == "Acceptance criteria:\n- x"


def test_commands_keep_their_words_nested_ones_too() -> None:
    assert untex("\\item \\emph{\\texttt{due\\_date}} is shown") == "- due_date is shown"


def test_maths_reads_as_its_signs_and_a_printed_dollar_stays() -> None:
    assert untex("\\item Bar: $\\geq 80\\%$ at \\$2 each") == "- Bar: ≥ 80% at $2 each"


def test_items_typed_on_one_line_are_bullets() -> None:
    assert untex("\\item one \\item two") == "- one - two"


def test_quotes_and_spaces_read_as_typed() -> None:
    assert untex("\\item shows ``settled''~today") == '- shows "settled" today'
