"""The HTML shell shared by the cohort report and the feedback pages.

One self-contained file: inline CSS, no script, no font or image from elsewhere.
Colours meet WCAG AA on white; status colours are only backgrounds behind white
symbols, and every status also has a word. Tables scroll sideways inside a
focusable region on narrow screens; printing shows everything.
"""

from __future__ import annotations

from .._results import STATUSES, _escape

__all__ = ["badge", "esc", "num", "page", "scroll_table"]

esc = _escape

CSS = """
:root{color-scheme:light}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
color:#1f2328;background:#fff;margin:0}
main{max-width:62rem;margin:0 auto;padding:1rem}
h1{font-size:1.7rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.3rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
p,li{max-width:48rem}
a{color:#0550ae}
table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:.2rem 0}
th,td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f6f8fa}
.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.scroll{overflow-x:auto;max-width:100%}
.scroll:focus{outline:2px solid #0550ae;outline-offset:2px}
figure{margin:1rem 0}
figure svg{display:block;width:100%;height:auto;max-width:46rem}
figcaption{font-size:.95rem;color:#424a53;max-width:46rem}
.facts{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:0;list-style:none}
.facts li{min-width:9rem}
.facts strong{display:block;font-size:1.4rem}
.badge{display:inline-block;min-width:1.3em;text-align:center;color:#fff;border-radius:3px;
padding:0 .3em;font-weight:700}
.muted{color:#57606a}
.task{border-left:4px solid #d0d7de;padding:.1rem .8rem;margin:1rem 0}
.task p{margin:.3rem 0}
@media (max-width:480px){main{padding:.6rem}h1{font-size:1.4rem}th,td{padding:.2rem .3rem}}
@media print{
body{font-size:11pt}main{max-width:none;padding:0}
.scroll{overflow:visible}
figure,table,.task{break-inside:avoid}
h2,h3{break-after:avoid}
a{color:#1f2328}
.task a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em}
}
"""


def num(x: float) -> str:
    return f"{round(x, 2):g}"


def badge(status: str) -> str:
    symbol, label, colour = STATUSES[status]
    word = {"pass": "pass", "fail": "fail", "review": "needs a human look", "error": "error"}.get(
        status, "not attempted"
    )
    return (
        f'<span class="badge" style="background:{colour}" aria-hidden="true">{symbol}</span> '
        f"{esc(word if label != '-' else 'not attempted')}"
    )


def scroll_table(label: str, table: str) -> str:
    """A table that scrolls sideways on its own on a narrow screen (and is reachable by keyboard)."""
    return f'<div class="scroll" role="region" tabindex="0" aria-label="{esc(label)}">{table}</div>'


def page(title: str, body: str, *, description: str = "") -> str:
    meta = f'<meta name="description" content="{esc(description)}">' if description else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"{meta}<title>{esc(title)}</title>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )
