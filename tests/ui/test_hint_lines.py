"""The key hints under the grid and the compare view wrap only between hints: Japanese and Chinese
text may break between any two letters, and "元に戻す" (undo) read as two hints, "元に" and "戻す"."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from pytestqt.qtbot import QtBot

from lookalike.ui.wording import hint_line

from .conftest import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE

HINTS = {
    "ja": [
        "Space またはバッジをクリック: 残す/削除",
        "Del: 削除",
        "Enter: 比較",
        "R: 確認済み",
        "Ctrl+Z: 元に戻す",
    ],
    "zh_CN": ["空格或点击标记: 保留/删除", "Del: 删除", "Enter: 比较", "R: 已审阅", "Ctrl+Z: 撤销"],
    "en": [
        "Space or a click on the badge: KEEP/DELETE",
        "Del: DELETE",
        "U: next not reviewed",
        "F1: all keys",
    ],
}


def lines_of(text: str, width: int) -> list[str]:
    """The lines Qt breaks `text` into at `width` pixels, as a label would."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as a QLabel that wraps words
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


@pytest.mark.parametrize("language", HINTS)
@pytest.mark.parametrize("width", [90, 160, 260, 420])
def test_a_hint_line_breaks_only_between_its_hints(qtbot: QtBot, language: str, width: int) -> None:
    hints = HINTS[language]
    lines = lines_of(hint_line("  ·  ".join(hints)), width)
    assert len(lines) > 1  # narrow enough to wrap
    for line in lines:
        read = line.replace("\u2060", "").replace("\u00a0", " ").strip()
        assert not read.startswith("·"), lines
        assert all(part.strip() in hints for part in read.split("·") if part.strip()), (line, lines)
