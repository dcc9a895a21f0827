"""Authors' commands: ``python -m pmcourse._authoring notebooks|new-chapter ...``.

The nox sessions ``notebooks`` and ``new_chapter`` run these from a checkout.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from .._errors import PmcourseError

ROOT = Path(__file__).resolve().parents[3]


def _notebooks(args: argparse.Namespace) -> int:
    from .generate import stale_notebooks, write_notebooks

    if args.check:
        stale = stale_notebooks(args.root)
        for line in stale:
            print(line)
        return 1 if stale else 0
    for path in write_notebooks(args.root):
        print(f"wrote {path}")
    return 0


def _new_chapter(args: argparse.Namespace) -> int:
    from .scaffold import new_chapter

    for action, path in new_chapter(args.root, args.number, args.slug, args.title):
        print(f"{action} {path}")
    print("Next: write the chapter, its tasks, then run: python noxfile.py -s notebooks")
    return 0


def _lite(args: argparse.Namespace) -> int:
    from .lite import LiteUnavailable, build

    try:
        build(args.root, args.out, args.work)
    except LiteUnavailable as exc:
        if args.out.is_dir():  # an older app would not match this site
            shutil.rmtree(args.out)
        print(f"The browser app was skipped (the site builds without it): {exc}")
        return 3
    print(f"The browser app is at {args.out / 'notebooks' / 'index.html'}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pmcourse._authoring")
    parser.add_argument("--root", type=Path, default=ROOT, help="the course checkout")
    sub = parser.add_subparsers(dest="command", required=True)
    nb = sub.add_parser("notebooks", help="generate exercises/*.ipynb from the task modules")
    nb.add_argument("--check", action="store_true", help="only report notebooks that differ")
    new = sub.add_parser("new-chapter", help="create every file of a new chapter")
    new.add_argument("number", type=int)
    new.add_argument("slug", help="like working-with-designers")
    new.add_argument("title", help='like "Working with designers"')
    lite = sub.add_parser(
        "lite", help="build the in-browser app (exit 3: a registry was out of reach, skipped)"
    )
    lite.add_argument("out", type=Path, help="where the app goes, like docs/_build/html/lite")
    lite.add_argument("--work", type=Path, default=ROOT / ".nox" / "lite", help="staging folder")
    args = parser.parse_args(argv)
    commands = {"notebooks": _notebooks, "new-chapter": _new_chapter, "lite": _lite}
    try:
        return commands[args.command](args)
    except PmcourseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
