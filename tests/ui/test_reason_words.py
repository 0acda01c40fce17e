"""Core's reasons (a file not read, left alone, not put back; a warning) reach the person in their
language: the window renders each code through Qt, the JSON keeps the English."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lookalike.core.reasons import Code, Reason
from lookalike.ui import i18n
from lookalike.ui.pair_loader import PairLoader
from lookalike.ui.window import MainWindow
from lookalike.ui.wording import reason_words

from .conftest import SCAN_TIMEOUT_MS, FakeDialogs, Photos, scan_and_wait

NOT_A_PICTURE_IN_KOREAN = "사진이 아님: Lookalike가 읽을 수 있는 이미지 형식이 아님"
KEEPER_GONE_IN_KOREAN = (
    "보관할 사본이(가) 없음: 스캔 후 옮겨졌거나 삭제됨, 그래서 이 그룹에서는 아무것도 제거하지 않음"
)


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    """The window speaks Korean, and English again afterwards (the other tests read English words)."""
    i18n.install(qapp, "ko")
    yield
    i18n.install(qapp, "en")


def sample(code: Code) -> Reason:
    """`code` with a value for each field: "value 1", then the copy kept inside it, then "value 3"..."""
    values: dict[str, str | Reason] = {name: f"value {n}" for n, name in enumerate(code.fields, start=1)}
    if len(code.fields) > 1:
        values[code.fields[1]] = Code.THE_KEPT_COPY()
    return code(**values)


@pytest.mark.parametrize("code", list(Code), ids=lambda code: code.name)
def test_every_reason_has_words_in_the_window_that_say_what_the_english_says(code: Code) -> None:
    """A code core adds without window words fails here; in English the window says what the command
    line says, word for word."""
    assert reason_words(sample(code)) == str(sample(code))


@pytest.mark.parametrize("code", [code for code in Code if code is not Code.AS_WRITTEN], ids=lambda c: c.name)
def test_every_reason_is_in_korean(korean: None, code: Code) -> None:
    words = reason_words(code(**dict.fromkeys(code.fields, "")))
    assert words != str(code(**dict.fromkeys(code.fields, "")))


def test_reasons_inside_reasons_and_numbers_are_in_korean(korean: None) -> None:
    gone = Code.NOTHING_REMOVED(reason=Code.GONE(who=Code.THE_KEPT_COPY()))
    assert reason_words(gone) == KEEPER_GONE_IN_KOREAN
    cache = Code.CACHE_UNUSABLE(folder="/home/ann/.cache", error=Code.FOLDER_READ_ONLY())
    assert reason_words(cache) == (
        "/home/ann/.cache의 지문 캐시를 사용할 수 없습니다(폴더가 읽기 전용임). "
        "이번 스캔은 캐시 없이 진행하므로 다음 스캔에서 모든 파일을 다시 읽습니다."
    )
    thumbs = Code.CACHE_THUMBS_GONE(file="/cache/fingerprints.sqlite3", count=1200)
    assert "사진 1,200장" in reason_words(thumbs)
    older = Code.AS_WRITTEN(text="words an older version wrote")
    assert reason_words(older) == "words an older version wrote"


def test_the_files_a_scan_could_not_read_are_listed_in_korean_and_saved_in_english(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, korean: None, tmp_path: Path
) -> None:
    (photos.root / "notes.png").write_text("a text file with an image name\n")
    scan_and_wait(qtbot, window, photos.root)
    window.show_scan_errors()
    _title, _text, details = dialogs.informed[-1]
    assert details == f"{photos.root / 'notes.png'}: {NOT_A_PICTURE_IN_KOREAN}"

    dialogs.save_path = tmp_path / "review.json"
    assert window.files.save_review()
    saved = json.loads(dialogs.save_path.read_text(encoding="utf-8"))
    assert saved["errors"] == [
        {
            "path": str(photos.root / "notes.png"),
            "error": "not a picture: the content is not an image format Lookalike can read",
        }
    ]
    dialogs.open_path_answer = dialogs.save_path
    with qtbot.waitSignal(window.results_shown):
        assert window.files.open_review()
    window.show_scan_errors()
    assert dialogs.informed[-1][2] == details  # read back from the English, said in Korean again


def test_why_a_file_was_left_alone_is_said_in_korean(
    qtbot: QtBot, window: MainWindow, dialogs: FakeDialogs, photos: Photos, trash: Path, korean: None
) -> None:
    scan_and_wait(qtbot, window, photos.root)
    photos.city.unlink()  # the copy marked KEEP leaves behind the window's back
    with qtbot.waitSignal(window.action_done, timeout=SCAN_TIMEOUT_MS):
        assert window.trash_marked()
    _title, _text, details = dialogs.informed[-1]
    assert details == f"{photos.city_copy}: {KEEPER_GONE_IN_KOREAN}"


def test_the_compare_view_says_why_it_cannot_show_a_file_in_korean(
    qtbot: QtBot, korean: None, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a picture at all")
    loader = PairLoader()
    with qtbot.waitSignal(loader.image_loaded, timeout=SCAN_TIMEOUT_MS):
        loader.request(broken)
    assert loader.image(broken) == NOT_A_PICTURE_IN_KOREAN
    loader.stop()


def test_why_a_saved_review_cannot_be_opened_is_said_in_korean(
    window: MainWindow, dialogs: FakeDialogs, korean: None, tmp_path: Path
) -> None:
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"format": "lookalike-session", "version": 99}))
    dialogs.open_path_answer = newer
    assert not window.files.open_review()
    assert (
        dialogs.informed[-1][1]
        == f"{newer}을(를) 열 수 없습니다: 이 파일은 더 새로운 버전의 Lookalike로 저장됨"
    )


def test_the_systems_words_for_common_errors_are_in_korean_and_others_stay_as_said(korean: None) -> None:
    """A folder that vanished: the reason carries the system's own words (os.strerror), which the
    window says in the person's language where it has words for them; the JSON keeps the English."""
    gone = Code.FOLDER_UNREADABLE(error=os.strerror(errno.ENOENT))
    assert reason_words(gone) == "폴더를 읽을 수 없음(해당 파일이나 폴더가 없음)"
    assert "No such file" not in reason_words(gone) and "No such file" in str(gone)
    full = Code.FILE_UNREADABLE(error=os.strerror(errno.ENOSPC))
    assert "디스크에 남은 공간이 없음" in reason_words(full)
    odd = Code.FILE_UNREADABLE(error="Stale remote handle 42")
    assert "Stale remote handle 42" in reason_words(odd)


def test_the_systems_words_stay_the_systems_in_english() -> None:
    gone = Code.FOLDER_UNREADABLE(error=os.strerror(errno.ENOENT))
    assert reason_words(gone) == str(gone) == f"folder cannot be read ({os.strerror(errno.ENOENT)})"
