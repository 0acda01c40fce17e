"""Colours the window chooses itself, readable on the light and the dark palettes alike.

WCAG 2's contrast ratio between two colours is (L1 + 0.05) / (L2 + 0.05) of their relative
luminances; text needs at least 4.5:1 (AA). tests/ui/test_contrast.py checks every colour here and
in the tile painter against that.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

AA_TEXT = 4.5  # the least contrast for text (WCAG 2 AA)
# How far secondary text (the keys hint) goes from the text colour towards the background: a
# disabled label's colour, used before, read at 1.6:1.
SECONDARY_MIX = 0.3


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white)."""

    def channel(value: int) -> float:
        share = value / 255
        return share / 12.92 if share <= 0.03928 else ((share + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def secondary_text(
    palette: QPalette,
    text_role: QPalette.ColorRole = QPalette.ColorRole.WindowText,
    background_role: QPalette.ColorRole = QPalette.ColorRole.Window,
) -> QColor:
    """Text that reads as less important than the window's text and still has AA contrast: the
    text colour moved a little towards the background (in a list: Text towards Base)."""
    text = palette.color(text_role)
    window = palette.color(background_role)

    def mixed(share: float) -> QColor:
        return QColor(
            round(text.red() + (window.red() - text.red()) * share),
            round(text.green() + (window.green() - text.green()) * share),
            round(text.blue() + (window.blue() - text.blue()) * share),
        )

    share = SECONDARY_MIX
    while share > 0 and contrast(mixed(share), window) < AA_TEXT:
        share -= 0.05
    return mixed(max(share, 0.0))


class SecondaryLabel(QLabel):
    """A label for text that matters less (a keys hint, an empty list's note): secondary_text() of
    the palette around it, never the disabled gray, which reads at about 1.6:1."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        self._colouring = False
        self._colour_again = False
        super().__init__(text, parent)
        self._colour()

    def _colour(self) -> None:
        """Its own text colour from the palette it sits on (its parent's, or the application's):
        its own palette holds the colour it chose, not the one to choose from."""
        if self._colouring:
            return
        self._colouring = True
        try:
            parent = self.parentWidget()
            around = parent.palette() if parent is not None else QApplication.palette()
            palette = QPalette(around)
            palette.setColor(QPalette.ColorRole.WindowText, secondary_text(around))
            self.setPalette(palette)
        finally:
            self._colouring = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ParentChange) and not self._colouring:
            self._colour()
            # A new application palette reaches the widgets in no set order: this label may hear of
            # it before its parent has the new palette. Once every widget has it, look again.
            if not self._colour_again:
                self._colour_again = True
                QTimer.singleShot(0, self, self._colour_settled)

    def _colour_settled(self) -> None:
        self._colour_again = False
        self._colour()


def dark_palette() -> QPalette:
    """The window's colours on a dark desktop, for the Fusion style, every text at AA or better."""
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#3a3a3a",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a", QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#a0a0a0", QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9", QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Midlight: "#444444", QPalette.ColorRole.Mid: "#6a6a6a",
        QPalette.ColorRole.Dark: "#1a1a1a", QPalette.ColorRole.Shadow: "#000000",
    }  # fmt: skip
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8c8c8c"))
    return palette


# Fusion draws an empty check box's or radio button's frame a little darker than the window: on a
# dark one it vanishes (the group list's "Reviewed" column read as empty, the start page's "Exact
# copies only" as no choice at all). A light frame for the unticked ones; Fusion still draws the
# ticked check boxes. A chosen radio button, which Fusion draws as a grey dot without its ring,
# read as fainter than the one not chosen beside it: a light ring and a light dot.
DARK_INDICATORS = (
    "QAbstractItemView::indicator:unchecked, QCheckBox::indicator:unchecked {"
    " border: 1px solid #9a9a9a; border-radius: 2px; background: #1e1e1e; width: 12px; height: 12px; }"
    " QRadioButton::indicator:unchecked {"
    " border: 1px solid #9a9a9a; border-radius: 7px; background: #1e1e1e; width: 12px; height: 12px; }"
    " QRadioButton::indicator:checked {"
    " border: 1px solid #e6e6e6; border-radius: 7px; width: 12px; height: 12px; background: qradialgradient("
    "cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5, stop: 0 #e6e6e6, stop: 0.45 #e6e6e6,"
    " stop: 0.55 #1e1e1e, stop: 1 #1e1e1e); }"
)


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.2


class ColourScheme:
    """Follows the desktop's light or dark colour scheme (Qt's styleHints().colorScheme(), also while
    running). Where the platform darkens the window itself (macOS, Windows 11's style, KDE) nothing
    is done; where it reports a dark scheme yet leaves the palette light, the window switches to the
    Fusion style with dark_palette(), and back to the platform's own when the scheme turns light."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._platform_style = app.style().name()
        self._platform_palette = app.palette()
        self._ours = False
        app.styleHints().colorSchemeChanged.connect(self.apply)
        self.apply(app.styleHints().colorScheme())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        if scheme == Qt.ColorScheme.Dark and not is_dark(self._app.palette()):
            self._app.setStyle("Fusion")
            self._app.setPalette(dark_palette())
            self._app.setStyleSheet(DARK_INDICATORS)
            self._ours = True
        elif scheme != Qt.ColorScheme.Dark and self._ours:
            self._app.setStyleSheet("")
            self._app.setStyle(self._platform_style)
            self._app.setPalette(self._platform_palette)
            self._ours = False


_following: ColourScheme | None = None


def follow_colour_scheme(app: QApplication) -> ColourScheme:
    """Make the window follow the desktop's colour scheme from now on (one follower per process)."""
    global _following
    if _following is None:
        _following = ColourScheme(app)
    return _following
