"""The ``pmfigure`` directive: hand-written SVG figures, inlined so that they follow the theme.

Usage (MyST)::

    ```{pmfigure} figures/ch01-title-spectrum.svg
    :alt: One sentence that states what the figure shows.

    The caption, with *inline* markup.
    ```

* The path is relative to the source directory (``docs/``), so every page names a
  figure the same way; a leading ``/`` is accepted too.
* The SVG must be well-formed XML whose root is an ``<svg>`` with a ``viewBox``; it may not
  hold a DOCTYPE, scripts, event handlers or links to other files. A source that breaks
  these rules is reported as an ERROR naming the file, line and column and the page that
  uses it, and the build fails (exit status 1) with or without ``-W``: a broken figure is
  never published. With ``--keep-going`` every broken figure is reported in one run.
* In HTML the SVG is inlined inside ``<figure>``: the root gets ``role="img"`` and
  ``aria-labelledby`` pointing to its ``<title>``, which carries the ``:alt:`` text; the
  caption becomes the ``<figcaption>``. Inlined, the figure inherits the page's font and
  colours, so ``currentColor`` and ``var(--pm-fig-…)`` (defined for light and dark in
  ``_static/pmcourse.css``) follow furo's theme. Ids inside the SVG, and the selectors of
  its ``<style>`` element, are prefixed with the figure's id so that figures never clash.
  The SVG's text is indexed by the search (Sphinx indexes raw HTML with its tags stripped).
* Other builders get a standard figure with the SVG as an image when they can show SVG,
  and otherwise a paragraph with the alt text, followed by the caption.
"""

from __future__ import annotations

import gzip
import itertools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.errors import SphinxError
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.transforms.post_transforms.images import ImageConverter
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.writers.html5 import HTML5Translator

logger = logging.getLogger(__name__)

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
MAX_GZIP_BYTES = 30 * 1024
# How much larger than its viewBox a figure may be drawn on a wide screen.
MAX_SCALE = 1.35

_VIEWBOX = re.compile(r"^\s*-?[\d.]+(?:[\s,]+-?[\d.]+){3}\s*$")
_URL_REF = re.compile(r"url\(\s*#([^)\s]+)\s*\)")
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


class FigureError(SphinxError):
    """A figure source that cannot be published; the build fails."""

    category = "Figure error"


class pmfigure(nodes.General, nodes.Element):
    """A figure: raw HTML (the inline SVG), an image (for other builders), a caption."""


class pmfigure_caption(nodes.Part, nodes.TextElement):
    """The caption of a pmfigure; <figcaption> in HTML."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def load_svg(path: Path) -> ET.Element:
    """Parse and check a figure source; raise FigureError with the reason and position."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FigureError(f"{path}: no such figure source") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FigureError(f"{path}: cannot be read as UTF-8 text: {exc}") from None
    if re.search(r"<!(DOCTYPE|ENTITY)", text, re.IGNORECASE):
        raise FigureError(f"{path}: a figure may not declare a DOCTYPE or entities")
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        line, column = exc.position
        reason = re.sub(r":\s*line \d+, column \d+$", "", str(exc))
        raise FigureError(
            f"{path}:{line}:{column + 1}: the SVG is not well-formed XML ({reason})"
        ) from None
    if root.tag != f"{{{SVG_NS}}}svg":
        raise FigureError(f'{path}: the root element must be <svg xmlns="{SVG_NS}">')
    if not _VIEWBOX.match(root.get("viewBox", "")):
        raise FigureError(f"{path}: the <svg> element needs a viewBox of four numbers")
    if len(gzip.compress(text.encode("utf-8"), 9)) > MAX_GZIP_BYTES:
        raise FigureError(f"{path}: larger than {MAX_GZIP_BYTES // 1024} KiB compressed")
    for el in root.iter():
        name = _local(el.tag)
        if name in {"script", "foreignObject", "iframe"}:
            raise FigureError(f"{path}: <{name}> is not allowed in a figure")
        for attr, value in el.attrib.items():
            local = _local(attr)
            if local.lower().startswith("on"):
                raise FigureError(f"{path}: event handler {local}= on <{name}> is not allowed")
            if local == "href" and not value.startswith("#"):
                raise FigureError(
                    f"{path}: <{name}> links to {value!r}; figures are self-contained"
                )
        if name == "style" and "@" in (el.text or ""):
            raise FigureError(f"{path}: a figure's <style> may hold plain rules only, no @-rules")
    return root


def _scope_css(css: str, scope: str) -> str:
    def rule(match: re.Match[str]) -> str:
        selectors = ", ".join(f"{scope} {s.strip()}" for s in match.group(1).split(","))
        return f"{selectors}{{{match.group(2).strip()}}}"

    return _CSS_RULE.sub(rule, " ".join(css.split()))


def inline_svg(root: ET.Element, fig_id: str, alt: str) -> str:
    """The SVG as HTML markup: titled with the alt text, ids and styles scoped to fig_id."""
    title_id = f"{fig_id}-title"
    ids = {el.get("id") for el in root.iter() if el.get("id")}

    def rename(value: str) -> str:
        return _URL_REF.sub(
            lambda m: f"url(#{fig_id}-{m.group(1)})" if m.group(1) in ids else m.group(0), value
        )

    for el in root.iter():
        for attr, value in list(el.attrib.items()):
            if attr == "id":
                el.set(attr, f"{fig_id}-{value}")
            elif _local(attr) == "href" and value[1:] in ids:
                del el.attrib[attr]
                el.set("href", f"#{fig_id}-{value[1:]}")
            elif "url(" in value:
                el.set(attr, rename(value))
        if _local(el.tag) == "style" and el.text:
            el.text = _scope_css(rename(el.text), f"#{fig_id}")
        # The search index strips tags: keep the words of separate elements apart. Only a
        # tspan's tail is drawn (a space inside its <text>); see the loop below.
        if _local(el.tag) != "tspan" and not el.tail:
            el.tail = "\n"
        if _local(el.tag) == "text":
            parts = list(el)
            for before, after in itertools.pairwise(parts):
                starts_line = any(a in after.attrib for a in ("x", "y", "dy"))
                if starts_line and not before.tail:
                    before.tail = " "

    title = root.find(f"{{{SVG_NS}}}title")
    if title is None:
        title = ET.Element(f"{{{SVG_NS}}}title")
        root.insert(0, title)
    title.text = alt
    title.set("id", title_id)
    for attr in ("width", "height"):
        root.attrib.pop(attr, None)
    width = float(re.split(r"[\s,]+", root.get("viewBox", "").strip())[2])
    root.set("role", "img")
    root.set("aria-labelledby", title_id)
    root.set("focusable", "false")
    root.set("class", " ".join(filter(None, ["pmfigure-svg", root.get("class")])))
    size = f"max-width:min(100%,{width * MAX_SCALE:.0f}px)"
    root.set("style", ";".join(filter(None, [root.get("style"), size])))
    ET.register_namespace("", SVG_NS)
    ET.register_namespace("xlink", XLINK_NS)
    return ET.tostring(root, encoding="unicode", short_empty_elements=True)


class PmFigure(SphinxDirective):
    """``pmfigure``: see the module docstring."""

    required_arguments = 1
    final_argument_whitespace = False
    has_content = True
    option_spec: ClassVar[dict[str, Any]] = {
        "alt": directives.unchanged_required,
        "class": directives.class_option,
    }

    def run(self) -> list[nodes.Node]:
        rel = self.arguments[0].lstrip("/")
        alt = " ".join(self.options.get("alt", "").split())
        if not alt:
            raise self.error(
                f"pmfigure {rel}: the :alt: option (what the figure shows) is required"
            )
        if not self.content:
            raise self.error(f"pmfigure {rel}: a caption (the directive's content) is required")
        path = Path(self.env.srcdir) / rel
        self.env.note_dependency(str(path))
        try:
            root = load_svg(path)
        except FigureError as exc:
            # Reported here, with the page's location; build-finished makes the build fail.
            logger.error("%s", exc, location=(self.env.docname, self.lineno), type="pmfigure")
            _failures(self.env)[self.env.docname] = str(exc)
            return []

        serial = self.env.new_serialno("pmfigure")
        fig_id = "pmfig-" + re.sub(r"[^A-Za-z0-9_-]+", "-", Path(rel).stem)
        if serial:
            fig_id += f"-{serial + 1}"
        node = pmfigure(ids=[fig_id], classes=["pmfigure", *self.options.get("class", [])])
        node["alt"] = alt
        node["source_path"] = rel
        self.set_source_info(node)
        node += nodes.raw("", inline_svg(root, fig_id, alt), format="html")
        node += nodes.image(uri="/" + rel, alt=alt)

        holder = nodes.Element()
        self.state.nested_parse(self.content, self.content_offset, holder)
        paragraphs = [c for c in holder.children if isinstance(c, nodes.paragraph)]
        if len(paragraphs) != 1 or len(holder.children) != 1:
            raise self.error(f"pmfigure {rel}: the caption must be a single paragraph")
        caption = pmfigure_caption(paragraphs[0].rawsource, "", *paragraphs[0].children)
        caption.source, caption.line = paragraphs[0].source, paragraphs[0].line
        node += caption
        return [node]


def _svg_reaches(app: Sphinx) -> bool:
    """Can this builder show an SVG image, natively or through a registered converter?"""
    supported = getattr(app.builder, "supported_image_types", [])
    if "image/svg+xml" in supported:
        return True
    for transform in app.registry.get_post_transforms():
        if issubclass(transform, ImageConverter):
            rules = transform.conversion_rules
            if any(src == "image/svg+xml" and dst in supported for src, dst in rules):
                return True
    return False


class PmFigureOutput(SphinxPostTransform):
    """Before images are resolved: keep the inline SVG for HTML, a plain figure elsewhere."""

    default_priority = 150  # before ImageConverter (200)

    def run(self, **kwargs: Any) -> None:  # noqa: ARG002 - the base class's signature
        html = self.app.builder.format == "html"
        svg_ok = html or _svg_reaches(self.app)
        for node in list(self.document.findall(pmfigure)):
            if html:
                for image in list(node.findall(nodes.image)):
                    image.parent.remove(image)
                continue
            caption = nodes.caption("", "", *next(node.findall(pmfigure_caption)).children)
            if svg_ok:
                image = next(node.findall(nodes.image))
                image.parent.remove(image)
                replacement: nodes.Element = nodes.figure("", image, caption, ids=node["ids"])
            else:
                replacement = nodes.container(
                    "",
                    nodes.paragraph("", "", nodes.emphasis("", f"Figure: {node['alt']}")),
                    nodes.paragraph("", "", *caption.children),
                    ids=node["ids"],
                    classes=["pmfigure"],
                )
            node.replace_self(replacement)


def visit_pmfigure_html(self: HTML5Translator, node: pmfigure) -> None:
    self.body.append(self.starttag(node, "figure"))


def depart_pmfigure_html(self: HTML5Translator, node: pmfigure) -> None:  # noqa: ARG001
    self.body.append("</figure>\n")


def visit_caption_html(self: HTML5Translator, node: pmfigure_caption) -> None:  # noqa: ARG001
    self.body.append('<figcaption class="pmfigure-caption"><p>')


def depart_caption_html(self: HTML5Translator, node: pmfigure_caption) -> None:  # noqa: ARG001
    self.body.append("</p></figcaption>\n")


def _unreachable(self: Any, node: nodes.Node) -> None:  # noqa: ARG001 - replaced by PmFigureOutput
    raise nodes.SkipNode


def _failures(env: BuildEnvironment) -> dict[str, str]:
    """Pages whose figure source failed, kept in the environment until they are fixed."""
    if not hasattr(env, "pmfigure_failures"):
        env.pmfigure_failures = {}  # type: ignore[attr-defined]
    failures: dict[str, str] = env.pmfigure_failures  # type: ignore[attr-defined]
    return failures


def _purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:  # noqa: ARG001
    _failures(env).pop(docname, None)


def _merge(
    app: Sphinx,  # noqa: ARG001
    env: BuildEnvironment,
    docnames: Iterable[str],
    other: BuildEnvironment,
) -> None:
    theirs = _failures(other)
    _failures(env).update({d: theirs[d] for d in docnames if d in theirs})


def _fail_the_build(app: Sphinx, exception: Exception | None) -> None:
    """A figure that could not be published fails the build, whatever -W says."""
    failures = _failures(app.env)
    if exception is None and failures:
        for docname, message in sorted(failures.items()):
            logger.error("figure not published on %s: %s", docname, message, type="pmfigure")
        app.statuscode = 1


def setup(app: Sphinx) -> dict[str, Any]:
    skip = (_unreachable, None)
    for node in (pmfigure, pmfigure_caption):
        html = (
            (visit_pmfigure_html, depart_pmfigure_html)
            if node is pmfigure
            else (visit_caption_html, depart_caption_html)
        )
        app.add_node(node, html=html, latex=skip, text=skip, man=skip, texinfo=skip)
    app.add_directive("pmfigure", PmFigure)
    app.add_post_transform(PmFigureOutput)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("build-finished", _fail_the_build)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
