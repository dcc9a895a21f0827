"""Reader-facing polish of the course pages: meta descriptions and accessible page frames.

* Every page (chapters, notebooks, generated pages) gets ``<meta name="description">``:
  a page's own ``html_meta: {description: ...}`` front matter wins, otherwise the first
  paragraph of running text (not a list item, admonition, table cell, list lead-in or
  learning objective), shortened to about 155 characters at a word boundary.
* The ``pmcourse_a11y`` Jinja filter, applied by ``_templates/page.html`` to furo's page
  frame, fixes what axe-core reports on furo pages: captions with ``role="heading"`` get
  an ``aria-level``; the two ``<aside>`` landmarks get distinct names; the "back to top"
  link and the view/edit/theme buttons sit in a named ``<nav>`` so that no content lives
  outside a landmark.
* With ``pmcourse_lite_app = True`` (the docs session sets it when it built the in-browser
  app into ``lite/``), each chapter's link to its exercise is followed by an "Open in your
  browser" button that opens the notebook there. The app itself loads only on that click.
"""

from __future__ import annotations

import html
import re
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)

DESCRIPTION_LENGTH = 155
# Elements whose paragraphs are not the page's running text.
_NOT_RUNNING_TEXT = (
    nodes.list_item,
    nodes.Admonition,
    nodes.table,
    nodes.definition_list,
    nodes.field_list,
    nodes.footnote,
    nodes.citation,
    nodes.line_block,
    nodes.block_quote,
    nodes.container,
    nodes.raw,
    nodes.topic,
    nodes.sidebar,
    addnodes.glossary,
)
_GENERATED_PAGES = {
    "genindex": "Index of the terms used in {project}.",
    "search": "Search all chapters and exercises of {project}.",
}

# Running text ends a sentence; "Chapter: 5 · Time: 30 minutes" or "... able to:" do not.
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)]*\s*$")
_HEADING_WITHOUT_LEVEL = re.compile(r'role="heading"(?![^>]*\baria-level=)')
_PAGE_TOOLS = re.compile(
    r'(<a href="#" class="back-to-top.*?)(<article role="main")',
    re.DOTALL,
)


def _shorten(text: str, limit: int = DESCRIPTION_LENGTH) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.-")
    return cut + "\u2026"


def _is_running_text(node: nodes.Node) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, _NOT_RUNNING_TEXT):
            return False
        parent = parent.parent
    return True


def _in_objectives(node: nodes.Node) -> bool:
    """Inside a chapter's "Learning objectives" section (label chNN-objectives)?"""
    parent = node.parent
    while parent is not None:
        if isinstance(parent, nodes.section) and any(
            str(i).endswith("objectives") for i in parent.get("ids", [])
        ):
            return True
        parent = parent.parent
    return False


def description_of(doctree: nodes.document) -> str:
    """The first paragraph of running text in a page, shortened; '' if there is none.

    Lead-ins to a list ("... you will be able to:"), label lines that are not sentences
    and the learning objectives are skipped: the opening paragraph says more about the page.
    """
    paragraphs = list(doctree.findall(nodes.paragraph))
    running = [
        p
        for p in paragraphs
        if _is_running_text(p)
        and not _in_objectives(p)
        and _SENTENCE_END.search(p.astext()) is not None
        and len(p.astext().split()) >= 8
    ]
    for para in running + paragraphs:
        text = para.astext().strip()
        if len(text.split()) >= 4:
            return _shorten(text)
    return ""


def _has_description(metatags: str) -> bool:
    return re.search(r'<meta\s[^>]*name="description"', metatags) is not None


def _add_description(
    app: Sphinx,
    pagename: str,
    templatename: str,  # noqa: ARG001 - the event's signature
    context: dict[str, Any],
    doctree: nodes.document | None,
) -> None:
    metatags = str(context.get("metatags") or "")
    if _has_description(metatags):
        return
    text = ""
    if doctree is not None:
        text = description_of(doctree)
    if not text and pagename in _GENERATED_PAGES:
        text = _GENERATED_PAGES[pagename].format(project=app.config.project)
    if not text:
        title = re.sub(r"<[^>]+>", "", str(context.get("title") or "")).strip()
        text = f"{html.unescape(title)} \u2013 {app.config.project}".strip(" \u2013")
    escaped = html.escape(text, quote=True)
    context["metatags"] = f'{metatags}\n<meta name="description" content="{escaped}" />'


def a11y(markup: str) -> str:
    """Make furo's rendered page frame pass axe-core (see the module docstring)."""
    out = _HEADING_WITHOUT_LEVEL.sub('role="heading" aria-level="2"', markup)
    out = out.replace(
        '<aside class="sidebar-drawer">',
        '<aside class="sidebar-drawer" aria-label="Course navigation">',
        1,
    )
    out = re.sub(
        r'<aside class="toc-drawer([^"]*)">',
        r'<aside class="toc-drawer\1" aria-label="On this page">',
        out,
        count=1,
    )
    return _PAGE_TOOLS.sub(
        r'<nav class="pmcourse-page-tools" aria-label="Page tools">\1</nav>\2', out, count=1
    )


def _register_filter(app: Sphinx) -> None:
    templates = getattr(app.builder, "templates", None)
    environment = getattr(templates, "environment", None)
    if environment is not None:
        environment.filters["pmcourse_a11y"] = a11y
    else:  # builders without Jinja templates (e.g. linkcheck) need no filter
        logger.debug("pmcourse_site: no template environment for builder %s", app.builder.name)


_EXERCISE_LINK = re.compile(r"(?:^|/)exercises/(\d\d-[\w-]+)\.html(?:#.*)?$")
LAUNCH_NOTE = "nothing to install: Python starts inside the page, in about 20 seconds"


def launch_button(root: str, notebook: str) -> str:
    """The "Open in your browser" link for ``notebook``, from a page ``root`` below the site."""
    href = html.escape(f"{root}lite/notebooks/index.html?path={notebook}", quote=True)
    return (
        f'<p class="pmcourse-launch"><a class="pmcourse-launch-button" href="{href}">'
        f"Open in your browser</a> <span>{LAUNCH_NOTE}.</span></p>"
    )


def _add_launch_buttons(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if not app.config.pmcourse_lite_app or not docname.startswith("chapters/"):
        return
    root = "../" * docname.count("/")
    for ref in list(doctree.findall(nodes.reference)):
        match = _EXERCISE_LINK.search(str(ref.get("refuri", "")))
        para = ref.parent
        while para is not None and not isinstance(para, nodes.paragraph):
            para = para.parent
        if match is None or para is None or para.parent is None:
            continue
        button = nodes.raw("", launch_button(root, f"{match.group(1)}.ipynb"), format="html")
        para.parent.insert(para.parent.index(para) + 1, button)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("pmcourse_lite_app", default=False, rebuild="env", types=[bool])
    app.connect("builder-inited", _register_filter)
    app.connect("doctree-resolved", _add_launch_buttons)
    # After furo's own handler (priority 500), before anything renders.
    app.connect("html-page-context", _add_description, priority=900)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
