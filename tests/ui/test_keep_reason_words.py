"""A group's keep reason, built by the core in English, reaches the person in their language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from lookalike.core import selection
from lookalike.ui import i18n
from lookalike.ui.wording import keep_reason_words


@pytest.fixture
def korean(qapp: QCoreApplication) -> Iterator[None]:
    i18n.install(qapp, "ko")
    yield
    i18n.install(qapp, "en")


def test_each_part_of_a_keep_reason_is_translated(korean: None) -> None:
    reason = selection.REASON_THEN.join(
        [
            selection.REASON_HOLDS_MORE.format("3 frames, colour"),
            selection.REASON_CAMERA,
            selection.REASON_FORMAT.format("JPEG"),
            selection.Rule.NO_COPY_MARKER.value,
            selection.REASON_BY_NAME,
        ]
    )
    words = keep_reason_words(reason)
    assert (
        words
        == "더 많이 담음(프레임 3개, 색), 그다음 카메라 원본(EXIF 있음), 그다음 원래 형식(JPEG), 그다음 "
        + (QCoreApplication.translate("Wording", "no copy marker in the name") + ", 그다음 이름순으로 먼저")
    )
    assert not any(c.isascii() and c.isalpha() for c in words.replace("EXIF", "").replace("JPEG", ""))


def test_a_preferred_folder_keeps_its_folder_and_an_unknown_part_stays_as_it_is(korean: None) -> None:
    reason = selection.REASON_THEN.join(["in preferred folder (/photos/originals)", "sharpest copy"])
    assert keep_reason_words(reason) == "우선 폴더 안 (/photos/originals), 그다음 sharpest copy"


def test_english_is_unchanged(qapp: QCoreApplication) -> None:
    i18n.install(qapp, "en")
    reason = selection.REASON_THEN.join([selection.REASON_CAMERA, selection.Rule.LARGEST_FILE.value])
    assert keep_reason_words(reason) == reason
