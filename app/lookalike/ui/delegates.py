"""Painting of file tiles: thumbnails, badges and details, no widget per item."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from lookalike.ui.i18n import translate
from lookalike.ui.models import TILE_THUMB, Role
from lookalike.ui.on_disk import OnDisk
from lookalike.ui.review import Held
from lookalike.ui.wording import mark_word

AnyIndex = QModelIndex | QPersistentModelIndex

KEEP_COLOUR = QColor(30, 130, 60)
DELETE_COLOUR = QColor(200, 45, 45)
EXACT_COLOUR = QColor(40, 100, 180)
SIMILAR_COLOUR = QColor(165, 90, 0)  # white text on it: 5.2:1 (190, 110, 20 read at 3.9:1)
# In place of a picture not shown (yet): the grey, its words, and the "cannot show" sign and headline,
# on a light card and on a dark one (a light grey block glared from a dark window).
PLACEHOLDER = QColor(225, 225, 228)
PLACEHOLDER_TEXT = QColor(100, 100, 105)  # 4.5:1 on PLACEHOLDER
CANNOT_SHOW = QColor(70, 70, 75)  # 7:1 on PLACEHOLDER
PLACEHOLDER_DARK = QColor(52, 52, 56)
PLACEHOLDER_TEXT_DARK = QColor(170, 170, 176)  # 5.4:1 on PLACEHOLDER_DARK
CANNOT_SHOW_DARK = QColor(225, 225, 230)  # 9.5:1 on PLACEHOLDER_DARK
LOADING = "…"  # in place of a thumbnail still loading
# What changed, under a tile's name: SIMILAR's hue, readable on a light card and on a dark one.
CHANGES_ON_LIGHT, CHANGES_ON_DARK = QColor(160, 90, 10), QColor(240, 165, 80)
# The corner badge of a file changed or gone since the scan, in place of how it matched (white on it: 10:1).
ON_DISK_COLOUR = QColor(60, 60, 66)
WARNING_SIGN = "\u26a0 "  # before what became of a file since the scan, under its name
# The badge and border of a tile marked DELETE that acting leaves where it is (Role.HELD): the mark
# stays, greyed, as no longer in force (white on the badge: 10:1; the border 3:1 or more against a
# light card and a dark one alike).
HELD_BADGE = ON_DISK_COLOUR
HELD_BORDER = QColor(128, 128, 136)


def not_moved_word() -> str:
    """The corner badge of a copy marked DELETE held back as no copy marked KEEP is left as scanned
    (Held.NO_KEEPER), on its tile and over it in the compare view."""
    return translate("TileDelegate", "NOT MOVED")


# A line of a tile's text drawn whole: Korean, Chinese and Japanese letters come from a fallback font
# taller than the tile's Latin one, whose line the text's box is, and their lower edge was cut off.
WHOLE_LETTERS = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextDontClip


def _pill(painter: QPainter, rect: QRect, text: str, colour: QColor, font: QFont) -> None:
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(rect), rect.height() / 2, rect.height() / 2)
    painter.setPen(QColor("white"))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def _draw_thumbnail(
    painter: QPainter, area: QRect, pixmap: object, words: tuple[str, str], *, dark: bool
) -> None:
    """The picture in `area`, else the placeholder's `words` (placeholder_words) on grey, a dark
    grey on a `dark` card."""
    if isinstance(pixmap, QPixmap) and not pixmap.isNull():
        size = pixmap.deviceIndependentSize().toSize().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(area.center())
        painter.drawPixmap(target, pixmap)
        return
    painter.fillRect(area, PLACEHOLDER_DARK if dark else PLACEHOLDER)
    text = PLACEHOLDER_TEXT_DARK if dark else PLACEHOLDER_TEXT
    headline, reason = words
    if reason:
        _draw_cannot_show(
            painter, area, (headline, reason), (CANNOT_SHOW_DARK if dark else CANNOT_SHOW, text)
        )
    else:
        painter.setPen(text)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, headline)


def _wrapped(text: str, font: QFont, width: int, most_lines: int) -> list[str]:
    """`text` broken into lines `width` wide (between words, or characters in Chinese and Japanese),
    at most `most_lines` of them, the last one elided when the text goes on."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []  # where each line starts in `text`, and how long it is
    layout.beginLayout()
    while len(spans) < most_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start : start + length].strip() for start, length in spans]
    if spans and sum(spans[-1]) < len(text.rstrip()):
        rest = text[spans[-1][0] :].strip()
        lines[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


def _draw_cannot_show(
    painter: QPainter, area: QRect, words: tuple[str, str], colours: tuple[QColor, QColor]
) -> None:
    """A "no" sign, a headline and a reason (`words`) wrapped below it, centred in `area`: a picture
    that cannot be shown, told apart at a glance from one still loading. `colours`: of the sign and
    headline, and of the reason."""
    headline, reason = words
    strong, text = colours
    painter.save()
    margin, sign, gap = 12, 36, 8
    width = area.width() - 2 * margin
    headline_font = QFont(painter.font())
    headline_font.setBold(True)
    reason_font = QFont(painter.font())
    reason_font.setPointSizeF(max(7.0, reason_font.pointSizeF() * 0.9))
    headline_line = QFontMetrics(headline_font).height()
    reason_line = QFontMetrics(reason_font).height()
    heads = _wrapped(headline, headline_font, width, 2)
    room = area.height() - 2 * margin - sign - 2 * gap - len(heads) * headline_line
    reasons = _wrapped(reason, reason_font, width, max(1, room // reason_line))
    height = sign + gap + len(heads) * headline_line + gap + len(reasons) * reason_line
    top = area.top() + max(margin, (area.height() - height) // 2)

    _draw_no_sign(painter, QPointF(area.center().x() + 0.5, top + sign / 2), sign / 2 - 2, QPen(strong, 3))

    y = top + sign + gap
    painter.setFont(headline_font)
    for line in heads:
        painter.drawText(
            QRect(area.left() + margin, y, width, headline_line), Qt.AlignmentFlag.AlignCenter, line
        )
        y += headline_line
    y += gap
    painter.setFont(reason_font)
    painter.setPen(text)
    for line in reasons:
        painter.drawText(
            QRect(area.left() + margin, y, width, reason_line), Qt.AlignmentFlag.AlignCenter, line
        )
        y += reason_line
    painter.restore()


def _draw_no_sign(painter: QPainter, centre: QPointF, radius: float, pen: QPen) -> None:
    """A circle struck through: a picture that cannot be shown."""
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(centre, radius, radius)
    slant = radius * 0.7071
    painter.drawLine(centre + QPointF(-slant, -slant), centre + QPointF(slant, slant))


def cannot_show_icon(side: int, *, dark: bool, scale: float = 1.0) -> QPixmap:
    """In place of the small picture of a file that cannot be shown, gone since the scan or damaged
    (the group list's first file): the tiles' "cannot show" sign on their grey, `side` logical pixels
    square, `scale` device pixels each; on a `dark` window, the tiles' dark grey."""
    pixmap = QPixmap(round(side * scale), round(side * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PLACEHOLDER_DARK if dark else PLACEHOLDER)
    painter.drawRoundedRect(QRectF(0, 0, side, side), side / 8, side / 8)
    pen = QPen(CANNOT_SHOW_DARK if dark else CANNOT_SHOW, max(1.5, side / 14))
    _draw_no_sign(painter, QPointF(side / 2, side / 2), side * 0.3, pen)
    painter.end()
    return pixmap


def _badge_font(base: QFont, scale: float = 0.9) -> QFont:
    font = QFont(base)
    font.setBold(True)
    font.setPointSizeF(max(7.0, base.pointSizeF() * scale))
    return font


class TileDelegate(QStyledItemDelegate):
    """A file tile: large thumbnail, a KEEP or DELETE badge, the name, what changed from the reference,
    resolution, size, format, date, folder."""

    PADDING = 8
    WIDTH = TILE_THUMB + 2 * PADDING
    LINES = 4  # name, what changed (empty for the reference and exact copies), details, date and folder

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return self.tile_size(option.font)

    def tile_size(self, font: QFont) -> QSize:
        """A tile's size, its words in `font`."""
        line = QFontMetrics(font).height()
        return QSize(self.WIDTH, TILE_THUMB + 2 * self.PADDING + self.LINES * line + 12)

    def placeholder_words(self, index: AnyIndex) -> tuple[str, str]:
        """What tile `index` says in place of its picture: ("…", "") while it loads, a headline and
        why once it is known that it cannot be shown, ("", "") when the picture shows."""
        if isinstance(index.data(Qt.ItemDataRole.DecorationRole), QPixmap):
            return ("", "")
        problem = str(index.data(Role.PROBLEM) or "")
        return (self.tr("Cannot show this file"), problem) if problem else (LOADING, "")

    def corner_badge(self, index: AnyIndex) -> tuple[str, QColor]:
        """The words and colour of tile `index`'s corner badge: how it matched the group's reference,
        or, for a file changed or gone since the scan, that (how it matched was of another file), or,
        for a copy marked DELETE held back as no copy marked KEEP is left as scanned, that it is not
        moved (what it matched may be the very copy gone)."""
        on_disk = index.data(Role.ON_DISK)
        if on_disk is OnDisk.CHANGED:
            return self.tr("CHANGED"), ON_DISK_COLOUR
        if on_disk is OnDisk.GONE:
            return self.tr("GONE"), ON_DISK_COLOUR
        if index.data(Role.HELD) is Held.NO_KEEPER:
            return not_moved_word(), ON_DISK_COLOUR
        match = str(index.data(Role.MATCH))
        if match == "reference" and not index.data(Role.SUGGESTED):
            match = "compared"  # the keep rules prefer another copy to the one the others matched
        return {
            "reference": (self.tr("BEST COPY"), QColor(80, 80, 90)),
            "compared": (self.tr("REFERENCE"), QColor(80, 80, 90)),
            "identical": (self.tr("EXACT COPY"), EXACT_COLOUR),
            "pixels": (self.tr("SAME PICTURE"), EXACT_COLOUR),
        }.get(match, (self.tr("SIMILAR"), SIMILAR_COLOUR))

    def badge_rect(self, tile: QRect, font: QFont) -> QRect:
        """Where the KEEP/DELETE badge is painted in `tile`: clicking it switches the mark."""
        metrics = QFontMetrics(_badge_font(font, 1.0))
        width = max(metrics.horizontalAdvance(mark_word(keep)) for keep in (True, False)) + 24
        return QRect(
            tile.left() + self.PADDING + 6, tile.top() + self.PADDING + 6, width, metrics.height() + 8
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        base = QFont(option.font)
        state = option.state
        keep = bool(index.data(Role.KEEP))
        held = index.data(Role.HELD)
        colour = KEEP_COLOUR if keep else DELETE_COLOUR if held is None else HELD_BORDER
        card = rect.adjusted(2, 2, -2, -2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(card), 8, 8)

        thumb = QRect(rect.left() + self.PADDING, rect.top() + self.PADDING, TILE_THUMB, TILE_THUMB)
        painter.fillRect(thumb, palette.color(QPalette.ColorRole.Window))
        painter.setFont(base)
        _draw_thumbnail(
            painter,
            thumb.adjusted(0, self.badge_rect(rect, base).height() + 8, 0, 0),
            index.data(Qt.ItemDataRole.DecorationRole),
            self.placeholder_words(index),
            dark=palette.color(QPalette.ColorRole.Base).lightness() < 128,
        )
        # The mark is the card's border and badge, never a wash over the picture: identical copies
        # must look identical whichever of them is kept.
        focus = bool(state & (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 3))
        painter.drawRoundedRect(QRectF(card).adjusted(1.5, 1.5, -1.5, -1.5), 8, 8)
        if focus:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(QRectF(card).adjusted(5, 5, -5, -5), 6, 6)

        mark_colour = HELD_BADGE if held is not None else colour
        _pill(painter, self.badge_rect(rect, base), mark_word(keep), mark_colour, _badge_font(base, 1.0))
        label, pill_colour = self.corner_badge(index)
        on_disk = index.data(Role.ON_DISK)
        small_font = _badge_font(base, 0.8)
        small = QFontMetrics(small_font)
        badge = self.badge_rect(rect, base)
        corner = QRect(0, 0, small.horizontalAdvance(label) + 16, small.height() + 4)
        corner.moveCenter(badge.center())
        corner.moveRight(thumb.right() - 6)
        _pill(painter, corner, label, pill_colour, small_font)

        line = QFontMetrics(base).height()
        text_left, text_width = rect.left() + self.PADDING + 4, TILE_THUMB - 8
        top = thumb.bottom() + 6
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name_font = QFont(base)
        name_font.setBold(True)
        painter.setFont(name_font)
        name = QFontMetrics(name_font).elidedText(str(index.data()), Qt.TextElideMode.ElideMiddle, text_width)
        painter.drawText(QRect(text_left, top, text_width, line), WHOLE_LETTERS, name)
        changes = str(index.data(Role.CHANGES) or "")
        rows: list[tuple[str, QColor, Qt.TextElideMode, QFont]] = []
        text_colour = palette.color(QPalette.ColorRole.Text)
        # Bold: what the scan said of it no longer holds, or why it is not moved.
        if on_disk in (OnDisk.CHANGED, OnDisk.GONE) or held is Held.NO_KEEPER:
            rows.append((WARNING_SIGN + changes, text_colour, Qt.TextElideMode.ElideRight, name_font))
        elif changes:  # else the details move up: a gap under the name would look like something missing
            dark_card = palette.color(QPalette.ColorRole.Base).lightness() < 128
            colour = CHANGES_ON_DARK if dark_card else CHANGES_ON_LIGHT
            rows.append((changes, colour, Qt.TextElideMode.ElideRight, base))
        rows += [
            (str(index.data(role)), text_colour, Qt.TextElideMode.ElideMiddle, base)
            for role in (Role.DETAILS, Role.PLACE)
        ]
        for number, (text, pen, elide, font) in enumerate(rows, start=1):
            painter.setPen(pen)
            painter.setFont(font)
            line_rect = QRect(text_left, top + number * line + 2, text_width, line)
            painter.drawText(line_rect, WHOLE_LETTERS, QFontMetrics(font).elidedText(text, elide, text_width))
        painter.restore()
