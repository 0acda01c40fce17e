"""How the window shows names: a character that hides or reorders text, and a byte that is not UTF-8,
are shown as what they are, so no name can pass for another ("holiday\\u202egpj.exe\\u202c.jpg" read
"holidayexe.jpg.jpg"; "keep.jpg\\n(original).jpg" read "keep.jpg")."""

from __future__ import annotations

import os
import shutil
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from lookalike.display_names import display_name
from lookalike.samples import photo
from lookalike.ui.compare import member_caption
from lookalike.ui.dialogs import QtDialogs
from lookalike.ui.models import Role
from lookalike.ui.window import MainWindow
from tests.safety.conftest import needs_byte_names, needs_posix

from .conftest import OFFSCREEN_NOISE, FakeDialogs, add_folders, scan_and_wait

pytestmark = OFFSCREEN_NOISE

HIDING = {"Cc", "Cf", "Zl", "Zp", "Cs"}  # the categories no name is shown with


@pytest.mark.parametrize(
    "name",
    [
        "IMG_0001.jpg",
        "사진 (1).jpg",
        "写真 のコピー.jpg",
        "café.jpg",
        "📷 ph.jpg",
        "a\\b.jpg",
        "100%.jpg",
        " lead and trail .jpg",
        "Tom & Jerry.jpg",
        "x<b>y.jpg",
        "a⟧b.jpg",
        "Archiv(0xE9)",
        "x\u27e8U+202E\u27e9.jpg",
        "/home/me/Pictures/2019",
        "C:\\Users\\me\\Pictures",
    ],
)
def test_an_ordinary_name_shows_as_it_is(name: str) -> None:
    assert display_name(name) == name
    assert display_name(Path(name)) == str(Path(name))


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("\udcff.jpg", "⟦0xFF⟧.jpg"),  # a byte that is not UTF-8, as Python keeps it (surrogateescape)
        ("Archiv\udce9", "Archiv⟦0xE9⟧"),
        ("holiday\u202egpj.exe\u202c.jpg", "holiday⟦U+202E⟧gpj.exe⟦U+202C⟧.jpg"),
        ("keep.jpg\n(original).jpg", "keep.jpg⟦U+000A⟧(original).jpg"),
        ("keep\u200e.jpg", "keep⟦U+200E⟧.jpg"),
        ("a\x1b[31mred.jpg", "a⟦U+001B⟧[31mred.jpg"),
        ("a\rb\tc.jpg", "a⟦U+000D⟧b⟦U+0009⟧c.jpg"),
        ("a\u2028b\u2029c\u0085d.jpg", "a⟦U+2028⟧b⟦U+2029⟧c⟦U+0085⟧d.jpg"),
        ("tag\U000e0041.jpg", "tag⟦U+E0041⟧.jpg"),
        ("\ufeffbom.jpg", "⟦U+FEFF⟧bom.jpg"),
        ("⟦0xFF⟧.jpg", "⟦U+27E6⟧0xFF⟧.jpg"),  # a name spelling an escape is not taken for one
        ("b\ud800.jpg", "b⟦U+D800⟧.jpg"),  # a lone surrogate that is no byte's (a crafted review's)
    ],
)
def test_what_hides_or_is_not_utf8_shows_as_what_it_is(name: str, shown: str) -> None:
    assert display_name(name) == shown
    assert display_name(f"/pictures/{name}/x.jpg") == f"/pictures/{shown}/x.jpg"


def test_no_two_names_look_alike() -> None:
    names = [
        "keep.jpg",
        "keep\u200e.jpg",
        "keep\u200b.jpg",
        "keep\u200d.jpg",
        "keep\u200c.jpg",
        "\u0627\u200cب.jpg",
        "\u0627ب.jpg",
        "keep.jpg\n(original).jpg",
        ".jpg",
        "\udcff.jpg",
        "\udcfe.jpg",
        "\udcff\udcfe.jpg",
        "⟦0xFF⟧.jpg",
        "⟦U+27E6⟧.jpg",
        "\u27e6.jpg",
        "Archiv(0xE9)",
        "Archiv\udce9",
        "holidayexe.jpg.jpg",
        "holiday\u202egpj.exe\u202c.jpg",
        "holiday\u202egpj.exe.jpg",
    ]
    shown = [display_name(name) for name in names]
    assert len(set(shown)) == len(names)
    for text in shown:
        assert not {unicodedata.category(letter) for letter in text} & HIDING, text


# Names the joiners are part of: Persian (ZWNJ keeps "می" apart from "خو\u0627\u0647م"), Hindi (a half form,
# a visible virama).
JOINED = [
    "می\u200cخو\u0627\u0647م.jpg",
    "क्\u200dष.jpg",
    "क्\u200cष.jpg",
    "بِ\u200cب.jpg",
]


@pytest.mark.parametrize("name", JOINED)
def test_a_joiner_that_shapes_a_name_shows_as_it_is(name: str) -> None:
    assert display_name(name) == name


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("keep\u200d.jpg", "keep⟦U+200D⟧.jpg"),  # between Latin letters it changes nothing drawn
        ("a\u200cb.jpg", "a⟦U+200C⟧b.jpg"),
        ("\u200d.jpg", "⟦U+200D⟧.jpg"),
        ("photo\u200c", "photo⟦U+200C⟧"),
        ("ب\u200d\u200dب.jpg", "ب⟦U+200D⟧⟦U+200D⟧ب.jpg"),
        ("\u0627\u200cب.jpg", "\u0627⟦U+200C⟧ب.jpg"),  # alef joins nothing after it: read as alef, beh
        ("a\u200cب.jpg", "a⟦U+200C⟧ب.jpg"),
        ("📷\u200dx.jpg", "📷⟦U+200D⟧x.jpg"),
        # Drawn exactly as the name without it (a reviewer compared the pixels): a ZWJ between two
        # Arabic letters that join anyway, before alef; a ZWNJ before hamza, which joins nothing,
        # between presentation forms; a ZWJ between two emoji (one picture only where a font knows them).
        ("ب\u200dب.jpg", "ب⟦U+200D⟧ب.jpg"),
        ("ب\u200d\u0627.jpg", "ب⟦U+200D⟧\u0627.jpg"),
        ("ب\u200cء.jpg", "ب⟦U+200C⟧ء.jpg"),
        ("\ufe8f\u200c\ufe8f.jpg", "\ufe8f⟦U+200C⟧\ufe8f.jpg"),
        ("★\u200d★.jpg", "★⟦U+200D⟧★.jpg"),
        ("👩\u200d💻.jpg", "👩⟦U+200D⟧💻.jpg"),
    ],
)
def test_a_joiner_that_changes_nothing_drawn_is_escaped(name: str, shown: str) -> None:
    assert display_name(name) == shown


def test_the_window_shows_joined_names_as_they_are(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    root = tmp_path / "pics"
    pairs(root, {f"joined{at}": name for at, name in enumerate([*JOINED, "keep\u200d.jpg"])})
    scan_and_wait(qtbot, window, root)
    review = window.review
    assert review is not None
    shown = set()
    for row in range(len(review.groups)):
        window.select_group(row)
        tiles = [window.tile_model.index(tile, 0) for tile in range(window.tile_model.rowCount())]
        shown.update(tile.data() for tile in tiles)
    assert shown == {"keep.jpg", *JOINED, "keep⟦U+200D⟧.jpg"}


def pairs(root: Path, names: dict[str, str]) -> None:
    """In a folder of each key: keep.jpg, and a newer copy of it named by the value."""
    for seed, (folder, name) in enumerate(names.items(), start=700):
        (root / folder).mkdir(parents=True)
        photo(seed, (320, 240)).save(root / folder / "keep.jpg", quality=90)
        shutil.copyfile(root / folder / "keep.jpg", root / folder / name)
        stamp = 1_700_000_000 * 10**9
        os.utime(root / folder / "keep.jpg", ns=(stamp, stamp))
        os.utime(root / folder / name, ns=(stamp + 10**9, stamp + 10**9))


SPOOFS = {
    "rlo": ("holiday\u202egpj.exe\u202c.jpg", "holiday⟦U+202E⟧gpj.exe⟦U+202C⟧.jpg"),
    "newline": ("keep.jpg\n(original).jpg", "keep.jpg⟦U+000A⟧(original).jpg"),
    "lrm": ("keep\u200e.jpg", "keep⟦U+200E⟧.jpg"),
}


@needs_posix  # Windows allows no line feed in a name
def test_the_window_shows_names_escaped(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    root = tmp_path / "pics"
    pairs(root, {tag: name for tag, (name, _shown) in SPOOFS.items()} | {"x\u202eevil": "b.jpg"})
    scan_and_wait(qtbot, window, root)
    review = window.review
    assert review is not None
    for row in range(len(review.groups)):
        window.select_group(row)
        group = window.group_model.group(row)
        assert group is not None
        folder = group.members[0].path.parent.name
        tiles = [window.tile_model.index(tile, 0) for tile in range(window.tile_model.rowCount())]
        names = [tile.data() for tile in tiles]
        tips = [tile.data(3) for tile in tiles]
        if folder in SPOOFS:
            name, shown = SPOOFS[folder]
            assert names == ["keep.jpg", shown]
            assert tips[1].startswith(f"{root / folder}/{shown}\n")
            assert window.group_model.index(row, 0).data() == "keep.jpg"
            assert f"{root / folder}/{shown}" in window.group_model.index(row, 0).data(3)
            assert member_caption(root / folder / name, None, "B", is_a=False).title == shown
            window.tile_model.setData(tiles[1], True, Role.KEEP)  # Edit ▸ Undo names what it undoes
            stack = window.session.undo_stack
            assert shown in stack.text(stack.index() - 1)
        else:  # the folder "x\u202eevil"
            assert [tile.data(3).splitlines()[0] for tile in tiles] == [
                f"{root / 'x⟦U+202E⟧evil'}/{n}" for n in ("keep.jpg", "b.jpg")
            ]
            assert window.group_model.index(row, 1).data() == "x⟦U+202E⟧evil"
            assert window.group_model.index(row, 1).data(3) == f"{root / 'x⟦U+202E⟧evil'}"
            caption = member_caption(root / folder / "b.jpg", None, "B", is_a=False)
            assert caption.facts == (f"{root / 'x⟦U+202E⟧evil'}",)
        for text in [*names, *tips, window.group_model.index(row, 0).data(3)]:
            assert not {unicodedata.category(letter) for letter in text.replace("\n", "")} & HIDING

    # The search finds a name as it is shown, and as it is.
    for typed in ("x⟦U+202E⟧evil", "x\u202eevil"):
        window.results.filters.search.setText(typed)
        window.results.filters.apply()
        assert window.group_model.rowCount() == 1, typed
    window.results.filters.search.setText("")
    window.results.filters.apply()

    dialogs.answers = [False]  # "Move files": no
    assert not window.trash_marked()
    _title, _text, details = dialogs.confirmed[-1]
    assert f"from {root / 'x⟦U+202E⟧evil'}" in details
    assert "\u202e" not in details


@needs_byte_names
def test_the_start_page_shows_folder_names_escaped(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    odd = Path(os.fsdecode(os.fsencode(tmp_path) + b"/Archiv\xe9"))
    odd.mkdir()
    spoof = tmp_path / "Tom & Jerry \u202egpj"
    spoof.mkdir()
    add_folders(qtbot, window, [odd, spoof])
    window.start.set_reference(odd)
    items = [window.start.folder_list.item(row).text() for row in range(2)]
    assert items == [
        f"{tmp_path}/Archiv⟦0xE9⟧   — reference: always kept",
        f"{tmp_path}/Tom & Jerry ⟦U+202E⟧gpj",
    ]
    window.start.fill_recent_menu()
    recent = [action.text() for action in window.start.recent_menu.actions()]
    assert recent[:2] == [f"{tmp_path}/Tom && Jerry ⟦U+202E⟧gpj", f"{tmp_path}/Archiv⟦0xE9⟧"]


def shown_tip(tip: str) -> str:
    """What a tooltip shows: Qt reads one whose first line looks like HTML as HTML."""
    if not Qt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


@needs_posix  # Windows allows no "<" in a name
def test_a_name_is_never_read_as_html(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "pics"
    pairs(root, {"<b>x<!--": "<b>copy<!--.jpg"})  # bold, then a comment to the end of the tooltip
    scan_and_wait(qtbot, window, root)
    window.select_group(0)
    folder, copy = f"{root}/<b>x<!--", f"{root}/<b>x<!--/<b>copy<!--.jpg"
    assert shown_tip(window.tile_model.index(1, 0).data(3)).startswith(f"{copy}\nSuggested to delete")
    assert shown_tip(window.group_model.index(0, 0).data(3)).endswith(f"{folder}/keep.jpg\n{copy}")
    assert shown_tip(window.group_model.index(0, 1).data(3)) == folder

    shown: list[list[tuple[str, str]]] = []

    def show(box: QMessageBox) -> int:
        labels = box.findChildren(QLabel)
        shown.append([(label.objectName(), shown_label(label)) for label in labels if label.text()])
        return 0

    monkeypatch.setattr(QMessageBox, "exec", show)
    details = f"1 file (20 kB) from {folder}\n1 file (20 kB) from {root}/other"
    QtDialogs(window).confirm("Move files", f"Move 1 file to {folder}?", details, ok="Move")
    QtDialogs(window).inform("Some files were not moved", f"{copy}: gone", details)
    assert shown == [
        [("qt_msgbox_label", f"Move 1 file to {folder}?"), ("qt_msgbox_informativelabel", details)],
        [("qt_msgbox_label", f"{copy}: gone")],
    ]


def shown_label(label: QLabel) -> str:
    """What a label shows: HTML read as such when its format says so, or it looks like HTML."""
    rich = label.textFormat() is Qt.TextFormat.RichText or (
        label.textFormat() is Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text())
    )
    return shown_tip(label.text()) if rich else label.text()
