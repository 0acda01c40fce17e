"""core/ must never import Qt: the CLI, the tests and a server use it without a GUI. Nor may the
command line, whose words come from the catalogs read without Qt (catalog, reasons_wording)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import lookalike.core

CORE = Path(lookalike.core.__file__).parent
# The modules the command line loads beside core/.
HEADLESS = [CORE.parent / name for name in ("cli.py", "catalog.py", "reasons_wording.py")]
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")


def test_no_core_or_command_line_module_imports_qt() -> None:
    offenders = []
    for source in [*sorted(CORE.rglob("*.py")), *HEADLESS]:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{source.name}: {name}" for name in names if name.split(".")[0] in QT_MODULES]
    assert offenders == []


def test_a_headless_scan_loads_no_qt(tmp_path: Path) -> None:
    """Speaking Korean too: the catalog is read without Qt."""
    (tmp_path / "broken.jpg").write_bytes(b"not a jpeg")
    result_file = tmp_path.parent / f"{tmp_path.name}-result.json"
    code = (
        "import sys; from lookalike.cli import main; "
        "main(['scan', sys.argv[1], '--no-cache', '--json', sys.argv[2]]); "
        "main(['apply', sys.argv[2], '--dry-run']); main(['undo-last', '--dry-run']); "
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]; "
        "print(bad, file=sys.stderr); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path), str(result_file)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "LANG": "ko_KR.UTF-8"},
    )
    assert result.returncode == 0, result.stderr
    assert "읽을 수 없음" in result.stderr
