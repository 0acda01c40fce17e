"""Conditions of other platforms, simulated here: consoles without UTF-8, cloud placeholders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lookalike.core import discovery
from lookalike.core.discovery import Findings
from lookalike.core.models import ScanOptions
from tests.core.gathered import discovered
from tests.safety.conftest import make_copies, scan_folder


def test_output_to_a_pipe_is_utf8_whatever_the_console_code_page(tmp_path: Path) -> None:
    """Windows writes redirected output in the console's code page (cp1252 in the West), which has no
    Korean, Chinese or Japanese letters: the JSON must still come out, in UTF-8."""
    folder = tmp_path / "사진"
    make_copies(folder, names=("바다.jpg", "海の写真.jpg"))
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0"}
    done = subprocess.run(
        [sys.executable, "-m", "lookalike", "scan", str(folder), "--cache-dir", str(tmp_path / "c")],
        capture_output=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    data = json.loads(done.stdout.decode("utf-8"))
    assert {Path(row["path"]).name for row in data["groups"][0]["files"]} == {"바다.jpg", "海の写真.jpg"}


def test_cloud_only_files_are_skipped_and_counted_unless_asked_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """OneDrive's online-only files carry FILE_ATTRIBUTE_RECALL_ON_DATA_ACCESS; reading one downloads it."""
    make_copies(tmp_path / "photos", names=("a.jpg", "b.jpg", "online-only.jpg"))
    real_lstat_of = discovery.lstat_of

    class Placeholder:
        def __init__(self, st: os.stat_result, name: str) -> None:
            self._st, self._name = st, name

        def __getattr__(self, attribute: str) -> object:
            if attribute == "st_file_attributes":
                return 0x400000 if self._name == "online-only.jpg" else 0x20
            return getattr(self._st, attribute)

    def with_attributes(entry: os.DirEntry[str], path: str) -> os.stat_result:
        return Placeholder(real_lstat_of(entry, path), entry.name)  # type: ignore[return-value]

    monkeypatch.setattr(discovery, "lstat_of", with_attributes)
    findings = Findings()
    found = list(discovered((tmp_path / "photos",), ScanOptions(), findings))
    assert sorted(e.path.name for e in found) == ["a.jpg", "b.jpg"]
    assert [(s.path.name, str(s.error)) for s in findings.skipped] == [
        ("online-only.jpg", "only in the cloud: not downloaded to scan it")
    ]
    included = list(discovered((tmp_path / "photos",), ScanOptions(include_cloud_only=True), Findings()))
    assert len(included) == 3
    result = scan_folder(tmp_path / "photos")
    assert [s.path.name for s in result.skipped] == ["online-only.jpg"]
