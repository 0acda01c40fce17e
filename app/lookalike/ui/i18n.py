"""The window's language: which catalog to load, Qt's own translations beside it, and helpers for
translated text (placeholders, sizes, numbers).

Every user-facing string in ui/ goes through Qt's translation system: `self.tr(...)` in a QObject,
`translate("Context", ...)` elsewhere, with `%n` for counts (`tr("%n file(s)", "", n)`). English
is the source language; its plural forms ("1 file", "2 files") come from lookalike_en.qm, which is
always loaded first, so a count reads well in English too when no other catalog matches.
packaging/update_translations.py regenerates the .ts catalogs and compiles the .qm files.
"""

from __future__ import annotations

import logging
import sys
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

# Shared with the command line, which reads the same catalogs without Qt.
from lookalike.catalog import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from lookalike.catalog import fill as fill

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

TRANSLATIONS = Path(__file__).with_name("translations")
CATALOG = "lookalike"  # lookalike_<language>.qm
SOURCE_LANGUAGE = "en"
# The catalogs shipped beside English, with each language's name in that language (the menu's words).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "ko": "한국어",
    "zh_CN": "简体中文",
    "ja": "日本語",
}


def catalog_language(locale: QLocale) -> str:
    """The shipped language for `locale`: the first of its UI languages we have a catalog for
    (Traditional Chinese has none, and falls through to the next one); English when none fits."""
    chinese: QLocale.Script | None = None  # the first Chinese entry's script decides: zh-Hant-TW, then zh
    for name in locale.uiLanguages():
        candidate = QLocale(name)
        language = candidate.language()
        if language == QLocale.Language.Korean:
            return "ko"
        if language == QLocale.Language.Japanese:
            return "ja"
        if language == QLocale.Language.Chinese:
            chinese = chinese or candidate.script()
            if chinese == QLocale.Script.SimplifiedHanScript:
                return "zh_CN"
        if language == QLocale.Language.English:
            return "en"
    return SOURCE_LANGUAGE


def chosen_language(setting: str) -> str:
    """The language the window shows: the saved setting ("" for the system's), else the system's."""
    return setting if setting in LANGUAGES else catalog_language(QLocale.system())


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own catalogs (qtbase_*.qm) are: PySide6's folder, and in the frozen app the bundle's
    copy (packaging/lookalike.spec keeps qtbase_ko, qtbase_zh_CN and qtbase_ja)."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        dirs.append(Path(bundle) / "PySide6" / "Qt" / "translations")
        dirs.append(Path(bundle) / "PySide6" / "translations")
    return dirs


def install(app: QCoreApplication, setting: str = "") -> str:
    """Load the catalogs for `setting` ("" for the system's language) into `app`, replacing any
    installed by an earlier call; numbers and dates follow that language when it was chosen.
    Returns the language shown ("en" when nothing else fits)."""
    for old in app.findChildren(QTranslator, "lookalike-translator"):
        app.removeTranslator(old)
        old.deleteLater()
    language = chosen_language(setting)
    if setting in LANGUAGES:
        QLocale.setDefault(QLocale(setting))
    # Installed later is searched first: the plural forms of English last, then Qt's, then ours.
    _load(app, TRANSLATIONS / f"{CATALOG}_{SOURCE_LANGUAGE}.qm")
    if language != SOURCE_LANGUAGE:
        qtbase = [d / f"qtbase_{language}.qm" for d in qt_translations_dirs()]
        found = next((path for path in qtbase if path.is_file()), None)
        if found is None:
            log.info("Qt's own %s translations are not installed; Qt's dialogs stay in English", language)
        else:
            _load(app, found)
        _load(app, TRANSLATIONS / f"{CATALOG}_{language}.qm")
    log.info("language: %s (setting %r, system %s)", language, setting, QLocale.system().name())
    return language


def _load(app: QCoreApplication, path: Path) -> None:
    translator = QTranslator(app)
    translator.setObjectName("lookalike-translator")
    if translator.load(str(path)):
        app.installTranslator(translator)
    else:
        log.warning("cannot load the translations %s", path)
        translator.deleteLater()


def size_text(size: int, locale: QLocale | None = None) -> str:
    """A file size in the window's language (or `locale`'s): "1.2 MB", "1,2 MB", "999 bytes". Qt takes
    a 64-bit size only (a wider one crashed the window): one beyond is shown as the largest."""
    shown = min(max(size, -(2**63)), 2**63 - 1)
    return (locale or QLocale()).formattedDataSize(shown, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def date_text(day: date) -> str:
    """A day in the window's language, short but with its whole year: "5/1/2024", "2024. 5. 1.",
    "2024/05/01" (a library spans decades: "5/1/96" and "5/1/26" read alike at a glance); ISO 8601
    where the system names no language (the "C" locale, whose own format is "1 05 2024")."""
    if QLocale().language() == QLocale.Language.C:
        return day.isoformat()
    return QLocale().toString(QDate(day.year, day.month, day.day), _whole_year(QLocale().dateFormat(_SHORT)))


def moment_text(moment: datetime) -> str:
    """A local date and time to the minute, in the window's language: "5/1/2024 3:07 PM"."""
    if QLocale().language() == QLocale.Language.C:
        return moment.strftime("%Y-%m-%d %H:%M")
    when = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(when, _whole_year(QLocale().dateTimeFormat(_SHORT)))


_SHORT = QLocale.FormatType.ShortFormat


def _whole_year(form: str) -> str:
    """A QLocale date format with its year in four digits ("M/d/yy" -> "M/d/yyyy")."""
    return form if "yyyy" in form else form.replace("yy", "yyyy")


def number_text(number: int) -> str:
    """A count with the locale's digit grouping: "12,345"."""
    return QLocale().toString(number)


class LanguageMenu(QMenu):
    """Settings ▸ Language: the system's language or one of LANGUAGES, the current choice ticked.

    Signals:
        language_chosen: the key of the language picked ("" for the system's).
    """

    language_chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setToolTip(self.tr("The language of Lookalike's window; it changes when Lookalike starts again"))
        group = QActionGroup(self)
        system = fill(self.tr("System language (%1)"), LANGUAGES[chosen_language("")])
        for key, name in (("", system), *LANGUAGES.items()):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(key == current)
            action.setData(key)
            group.addAction(action)
            self.addAction(action)
        group.triggered.connect(lambda action: self.language_chosen.emit(str(action.data())))
