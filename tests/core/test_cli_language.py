"""The command line speaks the person's language (the environment's, or --language) from the window's
catalogs, while the JSON and CSV it writes stay the same English whatever the language."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lookalike import cli
from lookalike.catalog import Catalog
from lookalike.core.reasons import from_english
from lookalike.reasons_wording import reason_words
from lookalike.samples import photo


@pytest.fixture
def pictures(tmp_path: Path) -> Path:
    folder = tmp_path / "pictures"
    folder.mkdir()
    photo(1, (400, 300)).save(folder / "beach.jpg", quality=92)
    shutil.copy(folder / "beach.jpg", folder / "beach copy.jpg")
    photo(2, (400, 300)).save(folder / "forest.jpg", quality=92)
    (folder / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    return folder


def _scan(folder: Path, out: Path, lang: str, *extra: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "LANG": lang}  # tests/conftest.py cleared LANGUAGE, LC_ALL and LC_MESSAGES
    code = "import sys; from lookalike.cli import main; sys.exit(main(sys.argv[1:]))"
    arguments = ["scan", str(folder), "--no-cache", "--ignore-decisions", "--json", str(out), *extra]
    return subprocess.run(
        [sys.executable, "-c", code, *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
        timeout=120,
    )


def _json_without_timing(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["stats"].pop("seconds")
    return data  # type: ignore[no-any-return]


def test_a_korean_environment_gets_korean_words_and_the_same_english_json(
    pictures: Path, tmp_path: Path
) -> None:
    korean = _scan(pictures, tmp_path / "ko.json", "ko_KR.UTF-8")
    english = _scan(pictures, tmp_path / "c.json", "C")
    assert korean.returncode == english.returncode == 0, korean.stderr + english.stderr

    assert _json_without_timing(tmp_path / "ko.json") == _json_without_timing(tmp_path / "c.json")
    (error,) = json.loads((tmp_path / "ko.json").read_text(encoding="utf-8"))["errors"]
    reason = from_english(error["error"])
    catalog = Catalog.load("ko")
    in_korean = reason_words(reason, lambda text: catalog.translate("Reasons", text))
    assert in_korean != error["error"]
    assert f"읽지 못함: {pictures / 'broken.jpg'}: {in_korean}" in korean.stderr
    assert "사진 3장 스캔" in korean.stderr and "중복 그룹 1개" in korean.stderr
    assert "파일 1개를 읽을 수 없음" in korean.stderr

    assert f"not read: {pictures / 'broken.jpg'}: {error['error']}" in english.stderr
    assert "3 images scanned" in english.stderr and "1 duplicate groups" in english.stderr


def test_the_language_option_wins_over_the_environment(pictures: Path, tmp_path: Path) -> None:
    japanese = _scan(pictures, tmp_path / "ja.json", "ko_KR.UTF-8", "--language", "ja")
    assert japanese.returncode == 0, japanese.stderr
    assert "画像 3 枚をスキャン" in japanese.stderr and "스캔" not in japanese.stderr
    english = _scan(pictures, tmp_path / "en.json", "zh_CN.UTF-8", "--language", "en")
    assert "3 images scanned" in english.stderr


def test_apply_and_undo_last_speak_the_environments_language(
    pictures: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    result = tmp_path / "result.json"
    assert cli.main(["scan", str(pictures), "--no-cache", "--quiet", "--json", str(result)]) == 0
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")

    assert cli.main(["apply", str(result), "--dry-run"]) == 0
    out, err = capsys.readouterr()
    # Chinese punctuation is full-width: \uff1a is the colon, \uff08 and \uff09 the brackets.
    assert '计划\uff1a将 1 个组中标记为 "keep": false 的 1 个文件移到回收站。' in out
    assert "参考文件夹\uff08绝不触碰其中的文件\uff09\uff1a\n  \uff08无\uff09" in out
    assert "将移到回收站\uff1a" in out
    assert "将把 1 个文件" in err and err.rstrip().endswith("跳过 0 个。")

    moved = tmp_path / "moved"
    assert cli.main(["apply", str(result), "--move-to", str(moved), "--language", "ko"]) == 0
    out, err = capsys.readouterr()
    assert "옮김: " in out and "파일 1개(" in err

    assert cli.main(["undo-last", "--language", "ja"]) == 0
    out, err = capsys.readouterr()
    assert "元に戻しました: " in out and "ファイル 1 個を元に戻しました" in err


def test_a_bad_argument_is_refused_in_the_persons_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANGUAGE", "ja")
    with pytest.raises(SystemExit):
        cli.main(["scan", str(tmp_path / "nowhere")])
    assert f"フォルダーが見つかりません: {tmp_path / 'nowhere'}" in capsys.readouterr().err


def _help(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(arguments)
    assert exit_info.value.code == 0
    return capsys.readouterr().out


def test_the_help_speaks_the_language_option_wherever_it_stands(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    korean = _help(["--language", "ko", "scan", "--help"], capsys)
    assert korean.startswith("사용법: lookalike scan [-h] [--mode {exact,similar}]")
    assert "위치 인수:\n  ROOT                  스캔할 폴더(또는 파일)\n" in korean
    assert "  -h, --help            이 도움말을 보여 주고 끝냅니다\n" in korean
    assert "  --reference DIR       DIR 아래의 사진은 절대 \u2018삭제\u2019로 추천하지 않습니다" in korean
    assert "folder (or file) to scan" not in korean and "options:" not in korean
    assert _help(["scan", "--help", "--language", "ko"], capsys) == korean

    english = _help(["scan", "--help"], capsys)
    assert english.startswith("usage: lookalike scan [-h]")
    assert "positional arguments:\n  ROOT                  folder (or file) to scan\n" in english


@pytest.mark.parametrize(
    ("language", "arguments", "words"),
    [
        ("zh_CN", [], ["用法\uff1alookalike [-h]", "显示此帮助并退出", "放回最近一次"]),
        ("ja", ["apply"], ["使い方: lookalike apply", "スキャン結果\uff08--json\uff09または保存した"]),
        ("ko", ["undo-last"], ["사용법: lookalike undo-last", "종료 상태: 모든 파일을 되돌렸으면"]),
    ],
)
def test_every_commands_help_speaks_the_environments_language(
    language: str,
    arguments: list[str],
    words: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LANGUAGE", language)
    help_text = _help([*arguments, "--help"], capsys)
    assert [word for word in words if word not in help_text] == []


@pytest.mark.parametrize("language", ["zh_CN", "ja", "ko"])
def test_the_help_fits_the_terminals_width(
    language: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each Chinese, Japanese or Korean letter takes two columns, and Chinese and Japanese put no
    spaces between words: the lines still end before the terminal's edge, and break nowhere else."""
    monkeypatch.setenv("COLUMNS", "62")  # argparse leaves two columns free
    help_text = _help(["--language", language, "scan", "--help"], capsys)
    usage, words = help_text.split("\n\n", 1)
    lines = words.splitlines()
    assert max(cli.columns(line) for line in lines) <= 60
    assert sum(cli.columns(line) >= 56 for line in lines) > 10  # the lines are filled, not cut short
    assert not [line for line in lines if line.lstrip()[:1] in ("ー", "ォ", "\uff09", "、", "。", "\uff0c")]
    # The usage's next lines start under the first option, however wide the word "usage" is.
    first, *others = usage.splitlines()
    assert {len(line) - len(line.lstrip()) for line in others} == {cli.columns(first[: first.index("[")])}


@pytest.mark.parametrize(
    ("arguments", "refusal"),
    [
        (["scan"], "lookalike scan\uff1a错误\uff1a缺少以下必需参数\uff1aROOT"),
        (
            ["scan", ".", "--mode", "fuzzy"],
            "参数 --mode\uff1a无效的选择\uff1a'fuzzy'\uff08可选值\uff1a'exact', 'similar'\uff09",
        ),
        (["scan", ".", "--workers", "0"], "参数 --workers\uff1a必须至少为 1\uff08输入的是 0\uff09"),
        (["scan", ".", "--hash-size", "many"], "参数 --hash-size\uff1a不是整数\uff1a'many'"),
        (["apply", "result.json", "--dry-run=yes"], "参数 --dry-run\uff1a此选项不接受值\uff1a'yes'"),
        (["undo-last", "--bogus"], "无法识别的参数\uff1a--bogus"),
    ],
)
def test_argparses_own_refusals_speak_the_persons_language(
    arguments: list[str],
    refusal: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        cli.main(arguments)
    assert exit_info.value.code == cli.EXIT_USAGE
    error = capsys.readouterr().err
    assert error.startswith("用法\uff1alookalike ") and refusal in error


def test_an_unknown_language_is_refused_in_the_environments(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANGUAGE", "ja")
    with pytest.raises(SystemExit):
        cli.main(["scan", ".", "--language", "de"])
    assert "引数 --language: 無効な選択: 'de'" in capsys.readouterr().err


def test_help_stays_plain_text_where_the_environment_asks_for_colour(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Python 3.14's argparse colours help by default (FORCE_COLOR forces it even into a pipe): the
    usage line, laid out by the columns of its words, must stay free of escape codes."""
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    shown = _help(["--language", "ja", "scan", "--help"], capsys)
    assert "\x1b[" not in shown
    assert shown.startswith("使い方: lookalike scan [-h]")
