"""A tiny static file server that gzips responses the way a static host does.

Lighthouse's performance score depends mostly on compression: behind plain
``python -m http.server`` a page looks several times heavier than it is on
GitHub Pages or Netlify, which compress text on the fly. This server compresses
text types (HTML, CSS, JS, SVG, JSON, notebooks) with gzip level 6 when the
client accepts it, so the numbers match a real host.

``python tests/bench/gzip_server.py DIR [PORT]`` serves a built site by hand.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import io
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

COMPRESSIBLE = (
    "text/",
    "application/javascript",
    "application/json",
    "application/x-ipynb+json",
    "image/svg+xml",
    "application/xml",
)


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serve files from ``directory``; gzip text when ``compress`` is on and accepted."""

    compress = True
    cache = False
    extensions_map = {  # noqa: RUF012 - the stdlib declares it as a class attribute
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".ipynb": "application/x-ipynb+json",
        ".svg": "image/svg+xml",
        ".js": "application/javascript",
        ".mjs": "text/javascript",  # Pyodide's module worker needs a JavaScript type
        ".wasm": "application/wasm",  # streaming WebAssembly compilation checks it
        ".whl": "application/zip",
        ".woff2": "font/woff2",
    }

    def log_message(self, format: str, *args: object) -> None:
        """Stay quiet: tests and benchmarks print their own summaries."""

    def end_headers(self) -> None:
        # no-store keeps every measured visit a first visit; ``cache`` lets a warm visit reuse
        # what a first one fetched, as a static host with caching headers does.
        self.send_header("Cache-Control", "max-age=3600" if self.cache else "no-store")
        super().end_headers()

    def send_head(self) -> io.BytesIO | BinaryIO | None:
        if not self.compress or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            index = path / "index.html"
            if not self.path.split("?", 1)[0].endswith("/") or not index.is_file():
                return super().send_head()
            path = index
        ctype = self.guess_type(str(path))
        if not path.is_file() or not ctype.startswith(COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # Browsers drop keep-alive connections at will; those resets are not errors.

    def handle_error(self, request: object, client_address: object) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextlib.contextmanager
def serve(
    root: Path, *, compress: bool = True, port: int = 0, cache: bool = False
) -> Iterator[str]:
    """Serve ``root`` on 127.0.0.1 (a free port by default); yield the base URL ending in ``/``."""
    handler = type("Handler", (_Handler,), {"compress": compress, "cache": cache})
    server = _Server(("127.0.0.1", port), functools.partial(handler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2:
        print("usage: python tests/bench/gzip_server.py DIR [PORT]", file=sys.stderr)
        return 2
    with serve(Path(argv[0]), port=int(argv[1]) if len(argv) > 1 else 8000) as url:
        print(f"serving {argv[0]} gzip-compressed at {url} (Ctrl-C stops)")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
