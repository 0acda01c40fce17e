"""The installers speak every language the window does: the .desktop file, the AppStream metainfo and
the NSIS script each carry a translation of their words for ko, zh_CN and ja."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lookalike.ui import i18n

ROOT = Path(__file__).resolve().parents[1]
DESKTOP_FILE = ROOT / "resources" / "lookalike.desktop"
METAINFO = ROOT / "resources" / "io.github.lookalike.Lookalike.metainfo.xml"
NSIS_SCRIPT = ROOT / "packaging" / "windows" / "lookalike.nsi"

TRANSLATED = [language for language in i18n.LANGUAGES if language != i18n.SOURCE_LANGUAGE]
# Each language's name in NSIS's Contrib/Language files.
NSIS_LANGUAGES = {"en": "ENGLISH", "ko": "KOREAN", "zh_CN": "SIMPCHINESE", "ja": "JAPANESE"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def bcp47(language: str) -> str:
    """AppStream's xml:lang for a catalog's language: zh_CN -> zh-CN."""
    return language.replace("_", "-")


def desktop_entry() -> dict[str, str]:
    """The key=value lines of the file's one group, [Desktop Entry]."""
    entry = {}
    for line in DESKTOP_FILE.read_text(encoding="utf-8").splitlines():
        key, equals, value = line.partition("=")
        if equals and not line.startswith("#"):
            entry[key.strip()] = value.strip()
    return entry


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_desktop_file_translates_each_of_its_words(language: str) -> None:
    entry = desktop_entry()
    translatable = [key for key in ("Name", "GenericName", "Comment", "Keywords") if key in entry]
    assert {"Name", "Comment"} <= set(translatable)
    missing = [key for key in translatable if not entry.get(f"{key}[{language}]", "").strip()]
    assert not missing, f"{DESKTOP_FILE.name} has no {language} translation of {missing}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_metainfo_translates_name_summary_and_every_paragraph(language: str) -> None:
    component = ET.parse(METAINFO).getroot()
    for tag in ("name", "summary"):
        translated = [e for e in component.findall(tag) if e.get(XML_LANG) == bcp47(language)]
        assert translated and (translated[0].text or "").strip(), f"no {tag} in {bcp47(language)}"
    descriptions = [component.find("description"), *component.findall("releases/release/description")]
    for description in descriptions:
        assert description is not None
        for tag in ("p", "li"):
            english = [e for e in description.iter(tag) if e.get(XML_LANG) is None]
            translated = [e for e in description.iter(tag) if e.get(XML_LANG) == bcp47(language)]
            counts = f"{len(translated)} <{tag}> in {bcp47(language)} for {len(english)} in English"
            assert len(translated) == len(english), counts


def test_the_nsis_script_has_every_language_and_every_string_in_each() -> None:
    raw = NSIS_SCRIPT.read_bytes()
    # makensis reads a file without a byte-order mark in Windows' ANSI code page.
    assert raw.startswith(b"\xef\xbb\xbf"), "lookalike.nsi must be UTF-8 with a BOM"
    script = raw.decode("utf-8-sig")
    languages = [NSIS_LANGUAGES[language] for language in i18n.LANGUAGES]
    inserted = re.findall(r'^!insertmacro MUI_LANGUAGE "(\w+)"', script, re.MULTILINE)
    assert [name.upper() for name in inserted] == languages, f"MUI_LANGUAGE {inserted}, English first"
    defined: dict[str, set[str]] = {}
    for name, language in re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", script, re.MULTILINE):
        defined.setdefault(name, set()).add(language)
    used = set(re.findall(r"\$\((\w+)\)", script))
    assert used, "the script shows no LangString"
    missing = {name: sorted(set(languages) - defined.get(name, set())) for name in sorted(used)}
    assert not any(missing.values()), f"LangStrings missing a language: {missing}"
