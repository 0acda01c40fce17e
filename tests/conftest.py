"""Test isolation: offscreen Qt, an English locale, and every folder the app writes to (cache, settings,
trash) under tmp."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt.
os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point HOME and the XDG folders at a fresh temporary home, so the trash, cache,
    settings and logs of a test never touch the real user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for variable, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(folder))
    yield home


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line in English whatever this machine's language: it follows LANGUAGE, LC_ALL,
    LC_MESSAGES and LANG, here and in the processes a test starts, and the tests read its words.
    A test about another language sets one of them (or --language) itself."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def trash(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary home's XDG trash. send2trash reads XDG_DATA_HOME once at import: re-point it.

    Windows' Recycle Bin and macOS' Trash cannot be pointed at a temporary folder, and a test must
    never touch the real one: there, tests that trash are skipped (the release workflow's smoke
    test does a real round trip through each system's trash instead).
    """
    if sys.platform in ("win32", "darwin"):
        pytest.skip("the system trash cannot be redirected to a temporary folder here")
    from send2trash import plat_other  # the Linux back end

    data_home = Path(os.environ["XDG_DATA_HOME"])
    monkeypatch.setattr(plat_other, "XDG_DATA_HOME", os.fsencode(data_home))
    monkeypatch.setattr(plat_other, "HOMETRASH_B", os.fsencode(data_home / "Trash"))
    monkeypatch.setattr(plat_other, "HOMETRASH", str(data_home / "Trash"))
    return data_home / "Trash"
