"""The catalogs read without Qt (lookalike.catalog): translations, plural forms, the language chosen
from the environment, and core's reasons in the same words as the window's."""

from __future__ import annotations

from pathlib import Path

import pytest

from lookalike.catalog import Catalog, environment_language, fill, shipped_language
from lookalike.core.reasons import Code
from lookalike.reasons_wording import reason_words

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{language}">
<context>
    <name>Here</name>
    <message>
        <source>Done.</source>
        <translation>{done}</translation>
    </message>
    <message>
        <source>Not yet.</source>
        <translation type="unfinished">ignored</translation>
    </message>
    <message>
        <source>Done.</source>
        <comment>a door</comment>
        <translation>closed</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1</source>
        <translation>{forms}</translation>
    </message>
</context>
</TS>
"""


def _catalog(tmp_path: Path, language: str, done: str, forms: list[str]) -> Catalog:
    text = "".join(f"<numerusform>{form}</numerusform>" for form in forms)
    (tmp_path / f"lookalike_{language}.ts").write_text(
        TS.format(language=language, done=done, forms=text), encoding="utf-8"
    )
    return Catalog.load(language, tmp_path)


def test_a_catalog_translates_with_its_disambiguation_and_skips_unfinished(tmp_path: Path) -> None:
    korean = _catalog(tmp_path, "ko", "완료.", ["%1에 파일 %n개"])
    assert korean.translate("Here", "Done.") == "완료."
    assert korean.translate("Here", "Done.", "a door") == "closed"
    assert korean.translate("Here", "Not yet.") == "Not yet."  # unfinished: the English source
    assert korean.translate("Elsewhere", "Done.") == "Done."


def test_plural_forms_follow_the_language(tmp_path: Path) -> None:
    english = _catalog(tmp_path, "en", "", ["%n file in %1", "%n files in %1"])
    assert [english.translate("Here", "%n file(s) in %1", n=n) for n in (0, 1, 2)] == [
        "0 files in %1",
        "1 file in %1",
        "2 files in %1",
    ]
    korean = _catalog(tmp_path, "ko", "완료.", ["%1에 파일 %n개"])
    assert [korean.translate("Here", "%n file(s) in %1", n=n) for n in (1, 2)] == [
        "%1에 파일 1개",
        "%1에 파일 2개",
    ]
    assert Catalog().translate("Here", "%n file(s) in %1", n=3) == "3 file(s) in %1"  # no catalog at all


def test_the_shipped_catalogs_say_the_reasons_as_the_window_does() -> None:
    reason = Code.CANNOT_BE_READ(who=Code.THE_KEPT_COPY(), error="Input/output error")
    english = Catalog.load("en")
    assert reason_words(reason, lambda text: english.translate("Reasons", text)) == str(reason)
    korean = Catalog.load("ko")
    assert reason_words(reason, lambda text: korean.translate("Reasons", text)) == (
        "보관할 사본을(를) 읽을 수 없음(입출력 오류)"  # the system's words for a common error, in Korean
    )
    odd = Code.CANNOT_BE_READ(who=Code.THE_KEPT_COPY(), error="Stale remote handle")
    assert reason_words(odd, lambda text: korean.translate("Reasons", text)) == (
        "보관할 사본을(를) 읽을 수 없음(Stale remote handle)"  # others as the system said them
    )
    # Every reason has its template in each catalog.
    for language in ("ko", "zh_CN", "ja"):
        catalog = Catalog.load(language)
        untranslated = [
            code for code in Code if code is not Code.AS_WRITTEN and not _translated(catalog, code)
        ]
        assert untranslated == [], language


def _translated(catalog: Catalog, code: Code) -> bool:
    from lookalike.reasons_wording import REASONS

    return catalog.translate("Reasons", REASONS[code]) != REASONS[code]


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "ko_KR.UTF-8"}, "ko"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_ALL": "ja_JP.UTF-8", "LANG": "ko_KR.UTF-8"}, "ja"),
        ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "ko_KR.UTF-8"}, "zh_CN"),
        ({"LANGUAGE": "zh_TW:ja", "LANG": "ko_KR.UTF-8"}, "ja"),  # no Traditional Chinese: the next
        ({"LANGUAGE": "fr:de", "LANG": "ko_KR.UTF-8"}, "en"),
        ({"LANGUAGE": "", "LANG": "zh_SG.UTF-8"}, "zh_CN"),
    ],
)
def test_the_language_comes_from_the_environment_as_gettext_finds_it(
    environ: dict[str, str], language: str
) -> None:
    assert environment_language(environ) == language


def test_windows_locale_names_are_understood() -> None:
    assert environment_language({}, "Korean_Korea") == "ko"
    assert shipped_language("Chinese (Simplified)_China") == "zh_CN"
    assert shipped_language("Chinese (Traditional)_Taiwan") is None
    assert shipped_language("Japanese_Japan") == "ja"


def test_fill_leaves_what_a_value_says_as_it_is() -> None:
    """What a person typed may hold "%1" itself: it is quoted back unchanged."""
    assert fill("argument %1: %2", "--threshold", "not a whole number: '5%1'") == (
        "argument --threshold: not a whole number: '5%1'"
    )
    assert fill("%1 and %10", "one") == "one and %10"
