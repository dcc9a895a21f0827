"""Page weight and Lighthouse scores of the course site, as a first-time reader gets it.

* **Page weight**: Chromium (through Playwright) opens a page with an empty cache and
  records every request; each response body is gzip-compressed (level 6, text types
  only) the way a static host serves it, and the bytes are summed. Target: at most
  150 KiB for the home page, a chapter and an exercise page.
* **Lighthouse** 12.2.3 (``tests/browser_deps``, ``npm ci`` on first use) runs with its
  mobile preset against the site behind ``gzip_server.py``; each category is the median
  of 3 runs. Targets: accessibility, best practices and SEO 100, performance at least 95.

``python tests/bench/site.py [--site DIR] [--runs N] [--no-lighthouse] [--strict]`` prints
a table; ``rows()`` gives the same figures to ``tests/bench/run.py`` (``nox -s bench``).
This file shares its name with the stdlib's ``site`` module: load it by path
(``importlib.util.spec_from_file_location``), never with ``import site``.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from playwright.sync_api import Page, Request, sync_playwright

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DOCS = ROOT / "docs"
BROWSER_DEPS = ROOT / "tests" / "browser_deps"
LIGHTHOUSE = BROWSER_DEPS / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("PMCOURSE_CHROMIUM", "/usr/bin/chromium")
CHROME_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]
PAGES = {
    "home": "index.html",
    "chapter": "chapters/01-title-vs-role.html",
    "exercise": "exercises/01-title-vs-role.html",
}
WEIGHT_TARGET_KIB = 150
CATEGORIES = {
    "accessibility": 100,
    "best-practices": 100,
    "seo": 100,
    "performance": 95,
}


def _load(name: str) -> ModuleType:
    """Import a sibling module by path (this file may itself be loaded by path)."""
    spec = importlib.util.spec_from_file_location(f"pmcourse_bench_{name}", HERE / f"{name}.py")
    if spec is None or spec.loader is None:
        raise ImportError(name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gzip_server = _load("gzip_server")


# ------------------------------------------------------------------------- the site


def build_site(out: Path) -> Path:
    """Build the course site into ``out`` (as the published build does); return ``out``."""
    cmd = [sys.executable, "-m", "sphinx", "-n", "--keep-going", "-q", "-b", "html"]
    proc = subprocess.run(
        [*cmd, "-d", str(out.parent / f"{out.name}-doctrees"), str(DOCS), str(out)],
        cwd=ROOT,
        # as published: with the Open-in-your-browser buttons (the app itself is not needed)
        env={**os.environ, "PMCOURSE_LITE_APP": "1"},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if not (out / "index.html").is_file():
        raise RuntimeError(f"the site did not build:\n{proc.stdout}\n{proc.stderr}")
    return out


@contextlib.contextmanager
def _site(site: Path | None) -> Iterator[Path]:
    if site is not None:
        yield site
        return
    with tempfile.TemporaryDirectory(prefix="pmcourse-site-") as tmp:
        yield build_site(Path(tmp) / "html")


def ensure_node_tools() -> None:
    """Install axe-core and Lighthouse into tests/browser_deps (``npm ci``) if missing."""
    if LIGHTHOUSE.exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("Lighthouse needs Node 20 and npm (apt-get install nodejs npm)")
    subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=BROWSER_DEPS,
        check=True,
        timeout=900,
    )


# ---------------------------------------------------------------------- page weight


def _gzip_size(body: bytes, content_type: str) -> int:
    if content_type.startswith(gzip_server.COMPRESSIBLE):
        return len(gzip.compress(body, compresslevel=6, mtime=0))
    return len(body)


def weigh(page: Page, base_url: str, rel: str) -> dict[str, Any]:
    """Open ``rel`` in a fresh ``page`` and weigh every response, gzip-compressed by type.

    The page's context must be new (empty cache) for this to be a first visit.
    """
    finished: list[Request] = []
    # A lambda, not finished.append: Playwright tags handlers with an attribute.
    page.on("requestfinished", lambda request: finished.append(request))  # noqa: PLW0108
    page.goto(base_url + rel, wait_until="load")
    page.wait_for_load_state("networkidle")
    by_type: dict[str, int] = {}
    raw = 0
    for request in finished:
        response = request.response()
        if response is None or not request.url.startswith(base_url):
            continue
        body = response.body()
        ctype = response.headers.get("content-type", "").split(";")[0].strip()
        by_type[request.resource_type] = by_type.get(request.resource_type, 0) + _gzip_size(
            body, ctype
        )
        raw += len(body)
    return {
        "requests": len(finished),
        "bytes": sum(by_type.values()),
        "raw_bytes": raw,
        "by_type": dict(sorted(by_type.items(), key=lambda kv: -kv[1])),
    }


def page_weight(base_url: str, rel: str) -> dict[str, Any]:
    """Bytes a first visit to ``rel`` transfers, in a browser of its own."""
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROME_FLAGS[1:])
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            result = weigh(context.new_page(), base_url, rel)
            context.close()
        finally:
            browser.close()
    return result


# ----------------------------------------------------------------------- Lighthouse


def lighthouse_once(url: str) -> dict[str, Any]:
    """One Lighthouse run (mobile preset); category scores on a 0-100 scale."""
    ensure_node_tools()
    cmd = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(CHROME_FLAGS)}",
    ]
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False, timeout=300)
    if proc.returncode != 0:
        raise RuntimeError(f"lighthouse failed on {url}:\n{proc.stderr[-2000:]}")
    report = json.loads(proc.stdout)
    scores: dict[str, Any] = {
        k: round(100 * (v["score"] or 0), 1) for k, v in report["categories"].items()
    }
    weighted = {
        ref["id"]
        for cat in report["categories"].values()
        for ref in cat["auditRefs"]
        if ref.get("weight", 0) > 0 and cat["id"] != "performance"
    }
    scores["_failing"] = sorted(
        audit_id
        for audit_id in weighted
        if (report["audits"][audit_id].get("score") is not None)
        and report["audits"][audit_id]["score"] < 1
    )
    return scores


def lighthouse(url: str, runs: int = 3) -> dict[str, Any]:
    """Median of ``runs`` Lighthouse runs per category, plus the audits that ever failed."""
    results = [lighthouse_once(url) for _ in range(runs)]
    medians: dict[str, Any] = {
        cat: statistics.median(float(r[cat]) for r in results) for cat in CATEGORIES
    }
    medians["failing audits"] = sorted({a for r in results for a in r["_failing"]})
    return medians


# --------------------------------------------------------------------------- tables


def measure(
    site: Path | None = None, *, runs: int = 3, with_lighthouse: bool = True
) -> list[dict[str, Any]]:
    """One row per page type: KiB transferred, requests and (median) Lighthouse scores."""
    out: list[dict[str, Any]] = []
    with _site(site) as root:
        with gzip_server.serve(root, compress=False) as plain:
            weights = {name: page_weight(plain, rel) for name, rel in PAGES.items()}
        scores: dict[str, dict[str, Any]] = {}
        if with_lighthouse:
            with gzip_server.serve(root, compress=True) as gzipped:
                scores = {name: lighthouse(gzipped + rel, runs) for name, rel in PAGES.items()}
    for name, rel in PAGES.items():
        row: dict[str, Any] = {
            "page": name,
            "path": rel,
            "KiB": round(weights[name]["bytes"] / 1024, 1),
            "requests": weights[name]["requests"],
            "by type KiB": {k: round(v / 1024, 1) for k, v in weights[name]["by_type"].items()},
        }
        row.update(scores.get(name, {}))
        out.append(row)
    return out


def rows(
    site: Path | None = None, *, runs: int = 3, with_lighthouse: bool = True
) -> list[dict[str, Any]]:
    """Rows for ``tests/bench/run.py``: each has ``measure``, ``value``, ``target``, ``ok``."""
    table: list[dict[str, Any]] = []
    for page in measure(site, runs=runs, with_lighthouse=with_lighthouse):
        name = page["page"]
        table.append(
            {
                "measure": f"site: first visit, {name} page (gzip)",
                "value": f"{page['KiB']} KiB / {page['requests']} requests",
                "target": f"<= {WEIGHT_TARGET_KIB} KiB",
                "ok": page["KiB"] <= WEIGHT_TARGET_KIB,
            }
        )
        for cat, target in CATEGORIES.items():
            if cat in page:
                table.append(
                    {
                        "measure": f"site: Lighthouse {cat}, {name} (median of {runs})",
                        "value": f"{page[cat]:g}",
                        "target": f">= {target}" if target < 100 else "100",
                        "ok": page[cat] >= target,
                    }
                )
        if page.get("failing audits"):
            table.append(
                {
                    "measure": f"site: Lighthouse audits not passed, {name}",
                    "value": ", ".join(page["failing audits"]),
                    "target": "none",
                    "ok": False,
                }
            )
    return table


def format_table(pages: list[dict[str, Any]]) -> str:
    """A fixed-width table: one line per page type."""
    cols = ["page", "KiB", "requests", *[c for c in CATEGORIES if c in pages[0]]]
    head = {"KiB": f"KiB (<= {WEIGHT_TARGET_KIB})", "performance": "performance (>= 95)"}
    titles = [head.get(c, c) for c in cols]
    cells = [[f"{p[c]:g}" if isinstance(p[c], float) else str(p[c]) for c in cols] for p in pages]
    widths = [max(len(t), *(len(r[i]) for r in cells)) for i, t in enumerate(titles)]
    lines = ["  ".join(t.ljust(w) for t, w in zip(titles, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    for p in pages:
        lines.append(f"{p['page']}: {p['path']}; KiB by type {p['by type KiB']}")
        if p.get("failing audits"):
            lines.append(f"  Lighthouse audits not passed: {', '.join(p['failing audits'])}")
    return "\n".join(lines)


def _meets_targets(pages: list[dict[str, Any]]) -> bool:
    return all(
        p["KiB"] <= WEIGHT_TARGET_KIB and all(p[c] >= t for c, t in CATEGORIES.items() if c in p)
        for p in pages
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--site", type=Path, help="an already built site (default: build one)")
    ap.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page (median)")
    ap.add_argument("--no-lighthouse", action="store_true", help="page weight only")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)
    pages = measure(args.site, runs=args.runs, with_lighthouse=not args.no_lighthouse)
    print(format_table(pages))
    return 1 if args.strict and not _meets_targets(pages) else 0


if __name__ == "__main__":
    sys.exit(main())
