"""The compare view on real generated pictures: synchronized zoom and pan, flicker, difference, keys."""

from __future__ import annotations

import html
import os
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QTextDocument, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from lookalike.core.models import FileEntry, Fingerprint, GroupMember, ImageRecord, Tier
from lookalike.samples import photo
from lookalike.ui.compare import CompareMode, CompareView
from lookalike.ui.image_pane import ImagePane
from lookalike.ui.pair_loader import MAX_SIDE, load_for_display
from tests.safety.conftest import ends_without_waiting_on

# Qt's offscreen platform warns whenever a top-level window with a layout is shown; that is no bug of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LOAD_MS = 10_000


@pytest.fixture(scope="module")
def pictures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A reference, a half-size copy, a lossless copy, and the reference with a white block painted on."""
    folder = tmp_path_factory.mktemp("compare")
    original = photo(11, (400, 300))
    paths = {name: folder / f"{name}.png" for name in ("reference", "small", "same", "changed")}
    original.save(paths["reference"])
    original.resize((200, 150), Image.Resampling.LANCZOS).save(paths["small"])
    shutil.copyfile(paths["reference"], paths["same"])
    changed = original.copy()
    ImageDraw.Draw(changed).rectangle((40, 50, 119, 129), fill=(255, 255, 255))
    changed.save(paths["changed"])
    return paths


def open_view(
    qtbot: QtBot, paths: list[Path], pair: tuple[int, int] = (0, 1), **kwargs: object
) -> CompareView:
    view = CompareView(paths, pair, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(1000, 600)
    with qtbot.waitSignal(view.images_loaded, timeout=LOAD_MS):
        view.show()
    return view


def wheel(pane: ImagePane, position: QPointF, steps: int) -> None:
    event = QWheelEvent(
        position,
        QPointF(pane.viewport().mapToGlobal(position.toPoint())),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(pane.viewport(), event)


def rgb_bytes(image: QImage) -> bytes:
    return _packed(_rgb(image))


def _packed(image: QImage) -> bytes:
    """Rows without Qt's 4-byte padding."""
    row = image.width() * 3
    data = bytes(image.constBits())
    return b"".join(
        data[y * image.bytesPerLine() : y * image.bytesPerLine() + row] for y in range(image.height())
    )


def assert_same_view(view: CompareView) -> None:
    """Both panes show the same relative point at the same displayed size."""
    (ax, ay), (bx, by) = view.pane_a.visible_center(), view.pane_b.visible_center()
    assert ax == pytest.approx(bx, abs=1e-6) and ay == pytest.approx(by, abs=1e-6)
    for a, b in zip(view.pane_a.content_size(), view.pane_b.content_size(), strict=True):
        assert a == pytest.approx(b, abs=1.0)
    for bar_a, bar_b in (
        (view.pane_a.horizontalScrollBar(), view.pane_b.horizontalScrollBar()),
        (view.pane_a.verticalScrollBar(), view.pane_b.verticalScrollBar()),
    ):
        assert abs(bar_a.value() - bar_b.value()) <= 1
        assert abs(bar_a.maximum() - bar_b.maximum()) <= 1


def test_opens_a_pair_with_labels(qtbot: QtBot, pictures: dict[str, Path]) -> None:
    reference, small = pictures["reference"], pictures["small"]
    members = [_member(reference, 0, None, Tier.EXACT), _member(small, 3, 0.97, Tier.SIMILAR)]
    view = open_view(qtbot, [reference, small], members=members)
    assert view.pane_a.has_image and view.pane_b.has_image
    assert view.shown_paths() == (reference, small)
    assert "reference.png" in view.label_a.text() and "400 \u00d7 300" in view.label_a.text()
    label_b = view.label_b.text()
    assert "small.png" in label_b and "200 \u00d7 150" in label_b
    assert "Similar to the reference" in label_b and "pixels 97% alike" in label_b
    assert "fingerprint difference 3" in label_b


def test_wheel_zoom_keeps_both_panes_aligned_when_sizes_differ(
    qtbot: QtBot, pictures: dict[str, Path]
) -> None:
    view = open_view(qtbot, [pictures["reference"], pictures["small"]])
    assert_same_view(view)
    cursor = QPointF(view.pane_a.viewport().width() * 0.3, view.pane_a.viewport().height() * 0.35)
    under_cursor = view.pane_a.relative_point(cursor)
    wheel(view.pane_a, cursor, 4)
    assert view.zoom == pytest.approx(1.25**4)
    assert view.pane_b.zoom == view.zoom
    assert view.pane_a.horizontalScrollBar().maximum() > 0
    assert_same_view(view)
    # Zooming keeps the picture point under the cursor where it was.
    assert view.pane_a.relative_point(cursor) == pytest.approx(under_cursor, abs=0.01)
    wheel(view.pane_b, cursor, -1)
    assert view.zoom == pytest.approx(1.25**3)
    assert_same_view(view)


def test_pan_by_drag_and_scroll_bar_moves_both(qtbot: QtBot, pictures: dict[str, Path]) -> None:
    view = open_view(qtbot, [pictures["reference"], pictures["small"]])
    view.set_view(4.0, 0.5, 0.5)
    before = view.pane_a.visible_center()
    viewport = view.pane_b.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
    qtbot.mouseMove(viewport, QPoint(260, 170))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(260, 170))
    after = view.pane_a.visible_center()
    assert after[0] < before[0] and after[1] > before[1]  # dragged right and up: looking further left, down
    assert_same_view(view)
    bar = view.pane_b.horizontalScrollBar()
    bar.setValue(bar.maximum())
    assert view.pane_a.horizontalScrollBar().value() == pytest.approx(bar.maximum(), abs=1)
    assert_same_view(view)


def test_zoom_keys(qtbot: QtBot, pictures: dict[str, Path]) -> None:
    view = open_view(qtbot, [pictures["reference"], pictures["small"]])
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == pytest.approx(1.25**2)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == pytest.approx(1.25)
    qtbot.keyClick(view, Qt.Key.Key_1)  # one pixel of A per screen pixel
    assert view.pane_a.content_size()[0] == pytest.approx(400, abs=1)
    assert_same_view(view)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.zoom == 1.0
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == 1.0  # never smaller than fit


def test_flicker_swaps_a_and_b_in_one_pane(qtbot: QtBot, pictures: dict[str, Path]) -> None:
    reference, changed = pictures["reference"], pictures["changed"]
    view = open_view(qtbot, [reference, changed])
    image_a = rgb_bytes(view.pane_a.shown_image())  # type: ignore[arg-type]
    image_b = rgb_bytes(view.pane_b.shown_image())  # type: ignore[arg-type]
    assert image_a != image_b
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.mode is CompareMode.FLICKER and view.flicker_shows_b
    assert view.shown_paths() == (changed, None)
    assert not view.pane_b.isVisible()
    assert rgb_bytes(view.pane_a.shown_image()) == image_b  # type: ignore[arg-type]
    assert "changed.png" in view.label_a.text()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.shown_paths() == (reference, None) and not view.flicker_shows_b
    assert rgb_bytes(view.pane_a.shown_image()) == image_a  # type: ignore[arg-type]
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.flicker_shows_b
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert view.mode is CompareMode.SIDE_BY_SIDE and view.pane_b.isVisible()
    assert view.shown_paths() == (reference, changed)


def zoom_said(view: CompareView) -> int:
    """The zoom the label says, in percent ("Fit (60%)" or "125%")."""
    text = view.zoom_label.text()
    return int(text[text.index("(") + 1 : text.index("%")] if "(" in text else text.rstrip("%"))


def zoom_shown(view: CompareView, width_a: int) -> float:
    """A's size on screen against its own pixels, in percent."""
    return view.pane_a.content_size()[0] / width_a * 100


def test_the_zoom_said_follows_a_pane_made_wider_or_narrower(qtbot: QtBot, pictures: dict[str, Path]) -> None:
    """Flicker shows one pane twice as wide, and a resized window changes the panes: the picture
    grows or shrinks on screen at the same zoom, and the label says what is shown now."""
    view = open_view(qtbot, [pictures["reference"], pictures["changed"]])  # A is 400 pixels wide
    view.resize(700, 900)  # tall: the panes' width limits the pictures
    qtbot.waitUntil(lambda: zoom_said(view) == round(zoom_shown(view, 400)))
    side_by_side = zoom_said(view)
    qtbot.keyClick(view, Qt.Key.Key_F)  # one pane, as wide as both were
    qtbot.waitUntil(lambda: zoom_shown(view, 400) > side_by_side + 10)
    qtbot.waitUntil(lambda: zoom_said(view) == round(zoom_shown(view, 400)))
    view.resize(1000, 1000)
    qtbot.waitUntil(lambda: zoom_said(view) == round(zoom_shown(view, 400)))
    assert zoom_said(view) > side_by_side + 10


def test_mode_buttons_match_the_keys(qtbot: QtBot, pictures: dict[str, Path]) -> None:
    reference, changed = pictures["reference"], pictures["changed"]
    view = open_view(qtbot, [reference, changed])
    buttons = {button.text().split()[0]: button for button in view.findChildren(QPushButton)}
    qtbot.mouseClick(buttons["Flicker"], Qt.MouseButton.LeftButton)
    assert view.mode is CompareMode.FLICKER and view.shown_paths() == (changed, None)
    qtbot.mouseClick(buttons["Difference"], Qt.MouseButton.LeftButton)
    assert view.mode is CompareMode.DIFFERENCE and view.shown_paths() == (reference, None)
    assert buttons["Difference"].isChecked() and not buttons["Flicker"].isChecked()
    qtbot.mouseClick(buttons["Side"], Qt.MouseButton.LeftButton)
    assert view.mode is CompareMode.SIDE_BY_SIDE and view.shown_paths() == (reference, changed)


def test_difference_shows_where_pictures_differ(qtbot: QtBot, pictures: dict[str, Path]) -> None:
    view = open_view(qtbot, [pictures["reference"], pictures["changed"]])
    qtbot.waitUntil(lambda: view.difference()[1] is not None, timeout=LOAD_MS)
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert view.mode is CompareMode.DIFFERENCE
    image, stats = view.difference()
    assert image is not None and stats is not None
    assert view.pane_b.shown_image() is not None
    difference = Image.frombytes("RGB", (image.width(), image.height()), _packed(_rgb(image)))
    assert difference.size == (400, 300)
    inside = difference.crop((45, 55, 115, 125)).getextrema()
    outside = difference.crop((200, 0, 400, 300)).getextrema()
    assert max(high for _, high in inside) > 100  # the painted block glows
    assert max(high for _, high in outside) == 0  # lossless copy elsewhere: black
    assert stats.max_delta > 0 and 0.01 < stats.noticeable_share < 0.2
    assert "differ noticeably" in view.label_b.text()
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert view.mode is CompareMode.SIDE_BY_SIDE


def test_difference_of_identical_pictures_is_black(qtbot: QtBot, pictures: dict[str, Path]) -> None:
    view = open_view(qtbot, [pictures["reference"], pictures["same"]])
    qtbot.waitUntil(lambda: view.difference()[1] is not None, timeout=LOAD_MS)
    view.set_mode(CompareMode.DIFFERENCE)
    image, stats = view.difference()
    assert image is not None and stats is not None
    assert stats.max_delta == 0 and stats.noticeable_share == 0
    assert not any(rgb_bytes(image))
    assert "identical pixels" in view.label_b.text()


def test_difference_scales_b_to_a(qtbot: QtBot, pictures: dict[str, Path]) -> None:
    view = open_view(qtbot, [pictures["reference"], pictures["small"]])
    qtbot.waitUntil(lambda: view.difference()[1] is not None, timeout=LOAD_MS)
    image, stats = view.difference()
    assert image is not None and stats is not None
    assert (image.width(), image.height()) == (400, 300)
    assert stats.b_resized and stats.noticeable_share < 0.05  # a resized copy barely differs


def test_arrows_pick_b_and_a_stays_the_reference(qtbot: QtBot, pictures: dict[str, Path]) -> None:
    paths = [pictures["reference"], pictures["small"], pictures["same"], pictures["changed"]]
    view = open_view(qtbot, paths)
    with qtbot.waitSignal(view.pair_changed, check_params_cb=lambda a, b: (a, b) == (0, 2)):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.waitUntil(view.is_loaded, timeout=LOAD_MS)
    assert view.shown_paths() == (paths[0], paths[2])
    assert "B: 2 of 3" in view.position_label.text()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.pair == (0, 1)  # wrapped around, never to A itself
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.pair == (0, 3) and view.path_b == paths[3]
    qtbot.waitUntil(view.is_loaded, timeout=LOAD_MS)
    assert "changed.png" in view.label_b.text()


def test_not_duplicates_key_and_button_name_b(qtbot: QtBot, pictures: dict[str, Path]) -> None:
    paths = [pictures["reference"], pictures["small"], pictures["changed"]]
    view = open_view(qtbot, paths, pair=(0, 2))
    with qtbot.waitSignal(view.not_duplicates_requested) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_N)
    assert blocker.args == [paths[2]]
    with qtbot.waitSignal(view.not_duplicates_requested) as blocker:
        qtbot.mouseClick(view.not_duplicates_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [paths[2]]
    # The window takes B out of the group: the view moves on, and closes when only A is left.
    view.remove_path(paths[2])
    assert view.paths == paths[:2] and view.pair == (0, 1)
    view.remove_path(paths[1])
    assert not view.isVisible()


def test_escape_closes_and_the_view_can_be_shown_again(qtbot: QtBot, pictures: dict[str, Path]) -> None:
    paths = [pictures["reference"], pictures["small"], pictures["changed"]]
    view = open_view(qtbot, paths)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    view.set_pair(0, 2)  # e.g. the window reuses it for another tile
    with qtbot.waitSignal(view.images_loaded, timeout=LOAD_MS):
        view.show()
    assert view.pane_b.has_image and "changed.png" in view.label_b.text()


def test_unreadable_file_is_explained(qtbot: QtBot, pictures: dict[str, Path], tmp_path: Path) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a picture at all")
    view = open_view(qtbot, [pictures["reference"], broken])
    assert view.pane_a.has_image and not view.pane_b.has_image
    assert "Cannot show this file" in view.pane_b.message and "not a picture" in view.pane_b.message
    view.set_mode(CompareMode.DIFFERENCE)
    assert not view.pane_b.has_image


def test_zooming_in_deep_shows_full_resolution(qtbot: QtBot, tmp_path: Path) -> None:
    big = tmp_path / "big.jpg"
    Image.linear_gradient("L").resize((4000, 3000)).convert("RGB").save(big, quality=85)
    copy = tmp_path / "copy.jpg"
    shutil.copyfile(big, copy)
    view = open_view(qtbot, [big, copy])
    assert view.pane_a.shown_image().width() == 2000  # type: ignore[union-attr]  # half size, by the decoder
    with qtbot.waitSignal(view.detail_loaded, timeout=LOAD_MS):
        qtbot.keyClick(view, Qt.Key.Key_1)

    def both_full() -> bool:
        return all(pane.shown_image().width() == 4000 for pane in (view.pane_a, view.pane_b))  # type: ignore[union-attr]

    qtbot.waitUntil(both_full, timeout=LOAD_MS)
    assert view.pane_a.content_size()[0] == pytest.approx(4000, abs=1)
    assert_same_view(view)


def test_large_jpeg_is_decoded_reduced_and_upright(tmp_path: Path) -> None:
    path = tmp_path / "portrait.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # stored landscape, shown rotated 90° clockwise
    Image.linear_gradient("L").resize((4000, 3000)).convert("RGB").save(path, quality=85, exif=exif)
    loaded = load_for_display(path)
    assert (loaded.width, loaded.height) == (3000, 4000)
    assert loaded.image.height() > loaded.image.width()
    assert max(loaded.image.width(), loaded.image.height()) <= MAX_SIDE
    assert loaded.format == "JPEG" and loaded.file_size == path.stat().st_size


def _rgb(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_RGB888)


def _member(path: Path, distance: int, score: float | None, tier: Tier) -> GroupMember:
    stat = path.stat()
    with Image.open(path) as image:
        width, height = image.size
    fingerprint = Fingerprint(path.name, width, height, "PNG", None, bytes(8), b"", False)
    record = ImageRecord(FileEntry(path, stat.st_size, stat.st_mtime_ns), fingerprint)
    return GroupMember(record, distance, keep=distance == 0, score=score, tier=tier)


def test_a_16_bit_png_shows_mid_gray_as_mid_gray(qtbot: QtBot, tmp_path: Path) -> None:
    """16-bit grayscale is scaled to 8 bits, not clipped: the compare view once showed it almost white."""
    import numpy as np

    deep = tmp_path / "deep.png"
    Image.fromarray(np.full((300, 400), 32768, dtype=np.uint16)).save(deep)
    with Image.open(deep) as opened:
        assert opened.mode.startswith("I")  # really 16 bits a pixel
    copy = tmp_path / "copy.png"
    shutil.copyfile(deep, copy)
    view = open_view(qtbot, [deep, copy])
    shown = view.pane_a.shown_image()
    assert shown is not None
    assert 120 <= shown.pixelColor(200, 150).red() <= 136
    assert "400 \u00d7 300" in view.label_a.text()


def test_long_odd_names_are_escaped_and_elided_to_fit_the_label(
    qtbot: QtBot, pictures: dict[str, Path], tmp_path: Path
) -> None:
    name = "holiday <beach> & 'friends' " + "from the summer by the sea " * 2 + "final.png"
    odd = tmp_path / name
    shutil.copyfile(pictures["reference"], odd)
    view = open_view(qtbot, [pictures["reference"], odd])
    label = view.label_b
    assert "&lt;beach&gt; &amp;" in label.text() and "…" in label.text()  # escaped, shortened
    assert "final.png" in label.text()  # in the middle: the start and the end stay
    assert _rich_text_width(label) <= label.contentsRect().width()
    qtbot.keyClick(view, Qt.Key.Key_F)  # flicker: B alone, in a pane twice as wide
    qtbot.waitUntil(lambda: html.escape(name) in view.label_a.text())  # now there is room for all of it
    assert _rich_text_width(view.label_a) <= view.label_a.contentsRect().width()


def _rich_text_width(label: QLabel) -> float:
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    return document.idealWidth()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
@pytest.mark.parametrize("shown", ["compare view", "grid thumbnail"])
def test_a_picture_swapped_for_a_fifo_since_the_scan_is_said_unreadable_without_waiting(
    tmp_path: Path, shown: str
) -> None:
    """Hostile: after the scan, a picture's name becomes a FIFO, which nothing writes to: a plain
    open would wait for a writer for ever, and with it the thread that loads pictures for the
    compare view or the grid (and the window's closing, which waits for that thread). It is said to
    be no longer a regular file, at once; the picture beside it still loads."""
    from lookalike.core.imaging import ImageProblem
    from lookalike.ui.thumbnails import decode_thumbnail

    fifo, beside = tmp_path / "swapped.jpg", tmp_path / "beside.jpg"
    photo(3, (120, 90)).save(beside)
    os.mkfifo(fifo)
    outcome: dict[str, object] = {}

    def load() -> None:
        for path in (fifo, beside):
            try:
                if shown == "compare view":
                    outcome[path.name] = load_for_display(path).image.width()
                else:
                    outcome[path.name] = decode_thumbnail(path, 60).width()
            except ImageProblem as problem:
                outcome[path.name] = str(problem)

    ends_without_waiting_on(fifo, load, 10, "loading a picture swapped for a FIFO waits for a writer")
    width = 120 if shown == "compare view" else 60
    assert outcome == {"swapped.jpg": "the file is no longer a regular file", "beside.jpg": width}


_CLOSED_WHILE_DECODING = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from lookalike.samples import photo
from lookalike.ui import pair_loader
from lookalike.ui.compare import CompareView

folder = Path(sys.argv[1])
for name in ("a.png", "b.png"):
    photo(1, (320, 240)).save(folder / name)
decode = pair_loader.load_for_display

def slow(*args, **kwargs):  # a picture that takes longer to decode than the view waits on closing
    time.sleep(1.5)
    return decode(*args, **kwargs)

pair_loader.load_for_display = slow
pair_loader.STOP_WAIT_MS = 100
app = QApplication([])
view = CompareView([folder / "a.png", folder / "b.png"], (0, 1))
view.show()

def close_as_the_window_does():  # CompareLauncher._on_finished
    view.close()
    getattr(view, "release", lambda: None)()
    view.deleteLater()

QTimer.singleShot(300, close_as_the_window_does)
QTimer.singleShot(3000, app.quit)  # the loop turns again: nothing waits for good
app.exec()
print("window went on")
"""


def test_closing_the_view_while_a_picture_decodes_never_freezes_the_window(tmp_path: Path) -> None:
    """Closed while a picture still decodes (one that takes longer than closing waits): the
    window goes on, and the decode ends on its own. (Deleting the view deleted its decoding
    threads' pool, whose deletion waited for them while holding Python's lock they needed: the
    window froze for good.) In a process of its own, so that a freeze fails the test."""
    import subprocess
    import sys

    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "QT_QPA_PLATFORM": "offscreen"}
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CLOSED_WHILE_DECODING, str(tmp_path)],
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the window froze after the view closed while decoding")
    assert done.returncode == 0 and "window went on" in done.stdout, done.stderr[-2000:]
