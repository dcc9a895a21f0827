"""Why there is no sandbox: the note names the cause, not always 'install bubblewrap'."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pmcourse._grading import kernel
from pmcourse._grading.batch import not_isolated


@pytest.fixture(autouse=True)
def _fresh_probe() -> Iterator[None]:
    kernel._probe_bwrap.cache_clear()
    yield
    kernel._probe_bwrap.cache_clear()


def test_no_bubblewrap_says_install_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on it
    assert kernel.sandbox_tool() is None
    assert "bubblewrap is not installed" in kernel.sandbox_missing()
    assert "apt-get install bubblewrap" in not_isolated()


def test_bubblewrap_without_namespaces_says_exactly_that(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = tmp_path / "bwrap"  # what Ubuntu 24.04's AppArmor makes of a real one
    fake.write_text("#!/bin/sh\necho 'bwrap: setting up uid map: Permission denied' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert kernel.sandbox_tool() is None
    why = kernel.sandbox_missing()
    assert why.startswith("bubblewrap is installed but cannot create namespaces here")
    assert "(bwrap: setting up uid map: Permission denied)" in why
    assert "install bubblewrap" not in why and "install bubblewrap" not in not_isolated()
    restricted = Path("/proc/sys/kernel/apparmor_restrict_unprivileged_userns")
    if restricted.exists() and restricted.read_text().strip() == "1":
        assert kernel.USERNS_SETTING in why
