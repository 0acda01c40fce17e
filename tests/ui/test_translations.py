"""The catalogs: every message translated in ko, zh_CN and ja, in step with the code, compiled; the
language chosen from the system or the settings; the window and Qt's own words in that language."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lookalike.core.decisions import DecisionStore
from lookalike.core.models import FileEntry, Fingerprint, GroupMember, ImageRecord, ScanOptions, Tier
from lookalike.core.scan import scan
from lookalike.core.selection import SUGGESTED_RULES
from lookalike.ui import i18n
from lookalike.ui.models import member_date
from lookalike.ui.review import Review
from lookalike.ui.session import ReviewSession
from lookalike.ui.settings import Preferences, SettingsStore
from lookalike.ui.window import MainWindow
from lookalike.ui.wording import quoted_names

from .conftest import OFFSCREEN_NOISE, FakeDialogs, Photos

pytestmark = OFFSCREEN_NOISE

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("ko", "zh_CN", "ja")
PLACEHOLDER = re.compile(r"%L?n|%\d")


def messages(language: str) -> list[tuple[str, ET.Element]]:
    """(context, message) for every message of lookalike_<language>.ts."""
    root = ET.parse(i18n.TRANSLATIONS / f"lookalike_{language}.ts").getroot()
    return [(str(c.findtext("name")), m) for c in root.iter("context") for m in c.iter("message")]


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    problems = []
    for context, message in messages(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        for text in texts(message):
            if not text.strip() and source.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            elif "&" in source.replace("&&", "") and not re.search(r"&\w", text):
                problems.append(f"{context}: {source!r} -> {text!r}: no accelerator")
    assert len(messages(language)) > 400
    assert not problems, "\n".join(problems)


def test_english_spells_each_count_in_the_singular_and_the_plural() -> None:
    english = messages(i18n.SOURCE_LANGUAGE)
    assert english and all(m.get("numerus") == "yes" for _, m in english)
    for context, message in english:
        one, many = texts(message)
        source = message.findtext("source")
        assert one and many, f"{context}: {source}"
        assert one != many or source == "… and %n more", f"{context}: {source}"


def _update_translations() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_catalogs_hold_every_message_of_the_code_and_are_compiled() -> None:
    """What pyside6-lupdate extracts from ui/*.py is what the .ts hold (nothing new, nothing
    dropped), and each .qm is what pyside6-lrelease makes of its .ts."""
    stale = _update_translations().stale()
    assert stale == [], f"run packaging/update_translations.py: {stale}"


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("ko_KR", "ko"),
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "en"),  # Traditional Chinese: no catalog, English rather than Simplified
        ("ja_JP", "ja"),
        ("en_GB", "en"),
        ("de_DE", "en"),
    ],
)
def test_the_language_follows_the_system_locale(locale: str, language: str) -> None:
    assert i18n.catalog_language(QLocale(locale)) == language


def test_a_chosen_language_wins_over_the_system(qapp: QApplication) -> None:
    assert i18n.chosen_language("ja") == "ja"
    assert i18n.chosen_language("") == i18n.catalog_language(QLocale.system())
    assert i18n.chosen_language("xx") == i18n.catalog_language(QLocale.system())


def test_the_language_setting_is_kept_and_old_settings_follow_the_system(tmp_path: Path) -> None:
    store = SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert store.load().language == ""  # settings from before there was a choice
    store.save(Preferences(language="zh_CN"))
    assert store.load().language == "zh_CN" and store.language() == "zh_CN"
    store.qsettings.setValue("language", "tlh")  # not a language this version ships
    assert store.load().language == ""


@pytest.mark.parametrize(
    ("language", "title", "cancel"),
    [
        ("ko", "Lookalike — 중복 사진 찾기", "취소"),
        ("zh_CN", "Lookalike — 查找重复图片", "取消"),
        ("ja", "Lookalike — 重複画像を探す", "キャンセル"),
    ],
)
def test_the_window_and_qts_own_words_speak_the_chosen_language(
    qtbot: QtBot, speaking: QApplication, tmp_path: Path, language: str, title: str, cancel: str
) -> None:
    assert i18n.install(speaking, language) == language
    window = MainWindow(
        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), dialogs=FakeDialogs()
    )
    qtbot.addWidget(window)
    try:
        assert window.windowTitle() == title
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[0] == i18n.translate("Commands", "&File") != "&File"
        assert window.results.trash_button.text() != "Nothing marked DELETE"
        # Qt's own catalog for the same language: the buttons of its dialogs.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        assert QLocale().name().startswith(language.split("_")[0])  # dates and numbers follow
    finally:
        window.shutdown()


def test_the_language_menu_keeps_the_choice_for_the_next_start(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, dialogs=dialogs)
    qtbot.addWidget(window)
    try:
        names = [action.text() for action in window.language_menu.actions()]
        assert names[1:] == list(i18n.LANGUAGES.values()) and names[0].startswith("System language")
        korean = window.language_menu.actions()[names.index("한국어")]
        korean.trigger()
        assert korean.isChecked() and SettingsStore(settings).language() == "ko"
        assert dialogs.informed[-1][1] == "Lookalike will be in 한국어 the next time it starts."
        assert window.windowTitle() == "Lookalike — find duplicate pictures"  # until then, as it was
    finally:
        window.shutdown()


def test_placeholders_are_filled_like_qstring_arg() -> None:
    assert i18n.fill("%1 of %2", 3, 10) == "3 of 10"
    assert i18n.fill("%1 and %10", *"abcdefghij") == "a and j"
    assert i18n.fill("resized to %1%", 50) == "resized to 50%"


@pytest.mark.parametrize(
    ("language", "day", "moment"),
    [
        ("en", "5/1/2024", "1/1/2026 3:07\u202fPM"),
        ("ko", "2024. 5. 1.", "2026. 1. 1. 오후 3:07"),
        ("zh_CN", "2024/5/1", "2026/1/1 15:07"),
        ("ja", "2024/05/01", "2026/01/01 15:07"),
    ],
)
def test_dates_are_written_the_way_the_chosen_language_writes_them(
    speaking: QApplication, language: str, day: str, moment: str
) -> None:
    # Each with its whole year: a library spans decades, and "5/1/96" and "5/1/26" read alike.
    i18n.install(speaking, language)
    assert i18n.date_text(date(2024, 5, 1)) == day
    assert i18n.moment_text(datetime(2026, 1, 1, 15, 7)) == moment


def test_a_tile_says_the_day_the_photo_was_taken_in_the_chosen_language(speaking: QApplication) -> None:
    i18n.install(speaking, "ko")
    entry = FileEntry(Path("/photos/IMG_0001.jpg"), 1000, 10**18)
    fingerprint = Fingerprint("d", 640, 480, "JPEG", "2024-05-01T10:30:00", bytes(8), b"", False)
    member = GroupMember(ImageRecord(entry, fingerprint), 0, True, None, Tier.EXACT)
    assert member_date(member) == "2024. 5. 1."


@pytest.mark.parametrize(
    ("language", "quoted"),
    [
        ("en", "“a.jpg”, “b.jpg” …"),
        ("ko", "“a.jpg”, “b.jpg” …"),
        ("zh_CN", "“a.jpg”、“b.jpg” …"),
        ("ja", "「a.jpg」、「b.jpg」 …"),
    ],
)
def test_names_in_a_sentence_are_quoted_the_way_the_chosen_language_quotes_them(
    speaking: QApplication, language: str, quoted: str
) -> None:
    """Names in the window's sentences (what is not moved, what was taken out of a group) were put in
    “” in every language; Japanese quotes a name in 「」."""
    i18n.install(speaking, language)
    assert (
        quoted_names([Path("/photos/a.jpg"), Path("/photos/b.jpg"), Path("/photos/c.jpg")], most=2) == quoted
    )


def test_a_picture_taken_out_of_its_group_is_named_in_the_quotes_japanese_uses(
    speaking: QApplication, photos: Photos, decisions: DecisionStore
) -> None:
    i18n.install(speaking, "ja")
    session = ReviewSession(decisions, SUGGESTED_RULES)
    session.show(Review.from_result(scan([photos.root], ScanOptions(use_cache=False))))
    assert session.review is not None
    beach = next(g for g in session.review.groups if photos.beach_small in g.paths)
    notes: list[str] = []
    session.groups_changed.connect(lambda _row, note: notes.append(note))
    assert session.not_duplicate(beach, beach.paths_in_order().index(photos.beach_small)) == [
        photos.beach_small
    ]
    assert notes[-1].startswith("グループから外しました: 「beach-small.jpg」。")
    assert session.undo_stack.undoText() == "重複ではない: 「beach-small.jpg」"  # Edit ▸ Undo names it so
