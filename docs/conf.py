"""Sphinx configuration of the pmcourse site."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# nbsphinx needs a pandoc executable even though it never runs a kernel; the
# pypandoc-binary wheel ships one, so nobody installs pandoc by hand.
try:
    import pypandoc

    _pandoc_dir = str(Path(pypandoc.get_pandoc_path()).parent)
    os.environ["PATH"] = _pandoc_dir + os.pathsep + os.environ["PATH"]
except (ImportError, OSError):  # pragma: no cover - a system pandoc may still be there
    pass


def _sync_exercises() -> None:
    """Mirror ../exercises/*.ipynb into docs/exercises so nbsphinx can render them.

    Only changed files are copied (with their times), so a rebuild after editing
    one chapter does not re-read every notebook.
    """
    target = HERE / "exercises"
    target.mkdir(exist_ok=True)
    wanted = {p.name: p for p in (ROOT / "exercises").glob("*.ipynb")}
    for stale in target.glob("*.ipynb"):
        if stale.name not in wanted:
            stale.unlink()
    for name, src in wanted.items():
        dst = target / name
        if (
            not dst.exists()
            or dst.stat().st_mtime_ns != src.stat().st_mtime_ns
            or dst.read_bytes() != src.read_bytes()
        ):
            shutil.copy2(src, dst)


_sync_exercises()

project = "Technical Product Management, Explained"
author = "The pmcourse authors"
copyright = "2026, the pmcourse authors. Course text CC BY 4.0, code MIT"
language = "en"
html_title = "Technical Product Management, Explained"
html_short_title = "TPM course"
html_baseurl = os.environ.get("PMCOURSE_SITE_URL", "https://pmcourse.github.io/pmcourse/")

extensions = [
    "myst_parser",
    "sphinx_design",
    "nbsphinx",
    "pmcourse_site",  # docs/_ext: meta descriptions, accessible page frame
    "pmcourse_figures",  # docs/_ext: the pmfigure directive (inline, themed SVG figures)
]
sys.path.insert(0, str(HERE / "_ext"))
templates_path = ["_templates"]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "**.ipynb_checkpoints", "Thumbs.db", ".DS_Store", "README.md"]
nitpicky = True

myst_enable_extensions = ["colon_fence", "deflist", "attrs_inline", "attrs_block"]
myst_heading_anchors = 3

# Notebooks are shown as authored: the site never needs a kernel.
nbsphinx_execute = "never"
nbsphinx_allow_errors = False
# No CDN: require.js is only for widgets, which the exercises do not use.
nbsphinx_requirejs_path = ""
nbsphinx_assume_equations = False
# The in-browser app (JupyterLite) is built by the docs session into lite/; it sets
# PMCOURSE_LITE_APP=1 only when the app was built, so a site without it has no buttons.
pmcourse_lite_app = os.environ.get("PMCOURSE_LITE_APP") == "1"
nbsphinx_prolog = r"""
{% set name = env.docname.split('/')|last %}
.. raw:: html

    <div class="pmcourse-download admonition note">
    {% if env.config.pmcourse_lite_app %}
      <p class="admonition-title">Do this exercise</p>
      <p class="pmcourse-launch"><a class="pmcourse-launch-button"
      href="../lite/notebooks/index.html?path={{ name }}.ipynb">Open in your browser</a>
      <span>nothing to install: Python starts inside the page, in about 20 seconds.
      Your work is saved in this browser; <a href="../checking-your-work.html#cyw-browser">
      download it</a> to keep it or to grade it.</span></p>
      <p>Or on your own machine: <a class="reference download internal" href="{{ name }}.ipynb"
      download>download the notebook ({{ name }}.ipynb)</a>, or run <code>pmcourse start</code>
      to copy every exercise into a workspace. Check your answers with
      <code>pmcourse grade</code>.</p>
    {% else %}
      <p class="admonition-title">Do this exercise on your own machine</p>
      <p><a class="reference download internal" href="{{ name }}.ipynb" download>
      Download the notebook ({{ name }}.ipynb)</a>, or run <code>pmcourse start</code>
      to copy every exercise into a workspace. Check your answers with
      <code>pmcourse grade</code>.</p>
    {% endif %}
    </div>
"""

html_theme = "furo"
html_static_path = ["_static"]
html_css_files = ["pmcourse.css"]
html_favicon = "_static/favicon.svg"
# favicon.ico at the site root: browsers ask for it on files that are not HTML pages.
html_extra_path = ["_extra"]
html_show_sourcelink = False
html_copy_source = False
html_theme_options = {
    "source_repository": "https://github.com/pmcourse/pmcourse",
    "source_branch": "main",
    "source_directory": "docs/",
}
