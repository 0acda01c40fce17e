"""core/ must never import Qt: the CLI, the tests and a server use it without a GUI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import lookalike.core

CORE = Path(lookalike.core.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")


def test_no_core_module_imports_qt() -> None:
    offenders = []
    for source in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{source.name}: {name}" for name in names if name.split(".")[0] in QT_MODULES]
    assert offenders == []


def test_a_headless_scan_loads_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from lookalike.cli import main; main(['scan', sys.argv[1], '--no-cache', '--quiet']); "
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]; "
        "print(bad, file=sys.stderr); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
