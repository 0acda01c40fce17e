"""The translation catalogs read without Qt, for the command line: the window's own
ui/translations/lookalike_<language>.ts, so both speak from one catalog and one lupdate run.

A .ts file is Qt Linguist's XML: per context, each message's English source (and its disambiguation,
<comment>) with its translation, or its plural forms (<numerusform>) when the source counts with %n.
The window loads the compiled .qm through QTranslator; this reads the .ts with the standard library,
so the headless `lookalike scan` never imports Qt. Unfinished translations are skipped: the English
source is said instead, as Qt does.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

TRANSLATIONS = Path(__file__).with_name("ui") / "translations"
SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "ko", "zh_CN", "ja")  # the catalogs shipped; English is the source language

# Which plural form a count takes, by language (Qt's rules for them): English says "1 file" and
# "2 files"; Korean, Chinese and Japanese have one form.
_PLURAL_FORM: dict[str, Callable[[int], int]] = {"en": lambda n: 0 if n == 1 else 1}


def _one_form(_n: int) -> int:
    return 0


# The locale names Windows gives (locale.getlocale(): "Korean_Korea") beside the POSIX ones ("ko_KR").
_WINDOWS_NAMES = {"korean": "ko", "japanese": "ja", "english": "en", "chinese (simplified)": "zh_CN"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for lupdate, in `context`; it is translated when shown (Qt's marker, without Qt)."""
    return text


def fill(text: str, *values: object) -> str:
    """`text` with %1, %2, ... replaced by `values`, as QString.arg does (Python has no .arg):
    fill(tr("Saved %1."), path). In one pass, so that a value holding "%1" (a name, what a person
    typed) stays as it is, and %1 never eats the start of %10."""

    def value(found: re.Match[str]) -> str:
        number = int(found[1])
        return str(values[number - 1]) if 0 < number <= len(values) else found[0]

    return re.sub(r"%(\d+)", value, text)


@dataclass(frozen=True)
class Catalog:
    """One language's messages: (context, source, disambiguation) -> the translation's forms."""

    language: str = SOURCE_LANGUAGE
    messages: Mapping[tuple[str, str, str], tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, language: str, folder: Path = TRANSLATIONS) -> Catalog:
        """lookalike_<language>.ts from `folder` (for English, its plural forms only)."""
        root = ET.parse(folder / f"lookalike_{language}.ts").getroot()
        messages: dict[tuple[str, str, str], tuple[str, ...]] = {}
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                forms = [form.text or "" for form in translation.findall("numerusform")]
                texts = tuple(forms) if forms else (translation.text or "",)
                if any(texts):
                    key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                    messages[key] = texts
        return cls(language, messages)

    def translate(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
        """`source` in this catalog's language, as QCoreApplication.translate gives it: the plural
        form for `n` with %n (and %Ln) replaced by it; the English source when there is none."""
        forms = self.messages.get((context, source, disambiguation or ""))
        if not forms:
            text = source
        else:
            index = _PLURAL_FORM.get(self.language, _one_form)(n)
            text = forms[min(index, len(forms) - 1)]
        if n >= 0:
            text = text.replace("%Ln", f"{n:,}").replace("%n", str(n))
        return text


def shipped_language(name: str) -> str | None:
    """The shipped catalog for a locale name ("ko_KR.UTF-8", "zh_CN", "ja", "C"), or None when none
    fits (Traditional Chinese has no catalog, and falls through to the next name)."""
    base = name.split(".")[0].split("@")[0].replace("-", "_").strip()
    language, _, region = base.partition("_")
    language = language.lower()
    if language in ("c", "posix"):
        return SOURCE_LANGUAGE
    if language in _WINDOWS_NAMES:
        return _WINDOWS_NAMES[language]
    if language in ("en", "ko", "ja"):
        return language
    if language in ("zh", "chinese"):
        region = region.lower()
        simplified = region in ("", "cn", "sg", "china", "singapore") or region.startswith("hans")
        return "zh_CN" if simplified else None
    return None


def environment_language(environ: Mapping[str, str] | None = None, system: str | None = None) -> str:
    """The language for the command line, chosen as gettext chooses: the first of LANGUAGE (a
    colon-separated list), LC_ALL, LC_MESSAGES and LANG that is set; `system` (Windows' locale
    name) when none is. The first name with a shipped catalog wins; English when none fits."""
    environ = os.environ if environ is None else environ
    names = system or ""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(variable):
            names = environ[variable]
            break
    for name in names.split(":"):
        if name and (language := shipped_language(name)) is not None:
            return language
    return SOURCE_LANGUAGE
