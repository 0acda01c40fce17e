"""Every word the window shows goes through Qt's translation system: a small AST check of ui/*.py.

A string literal (or an f-string, or a sum with one) with words in it, given straight to a call that
puts text on screen, is a word no catalog can translate: it must be inside tr(), translate() or
QT_TRANSLATE_NOOP(). wording.py's tables hold English source text only inside QT_TRANSLATE_NOOP.
The check is syntactic and small on purpose: it catches the common slip (a new label in English),
not every way to build a sentence.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import lookalike.ui

UI = Path(lookalike.ui.__file__).parent

# Modules whose words are not converted yet (none now).
NOT_YET_TRANSLATED: set[str] = set()

# Calls that show their text arguments, and which arguments those are (None: all of them, and
# every keyword). Words given to the Dialogs (titles, texts, buttons) count as shown.
TEXT_ARGUMENTS: dict[str, tuple[int | str, ...] | None] = {
    **dict.fromkeys(
        (
            "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
            "setTitle", "setInformativeText", "setDetailedText", "setHorizontalHeaderLabels", "setTabText",
            "addMenu", "addItem", "addItems", "showMessage", "paint_placeholder",
            "QLabel", "QPushButton", "QAction", "QMenu", "QGroupBox", "QCheckBox", "QRadioButton",
            "QMessageBox", "Refusal", "inform", "confirm", "ask_unsaved",
            "choose_folder", "action_button", "_button",
        ),
        None,
    ),
    "addAction": (0,),  # the second is what it runs
    "save_file": (0,),  # then a file name and a filter ("JSON (*.json)"), not words
    "open_file": (0,),
    "Command": (1, 2, "tip"),  # the first is the command's name, a key
    "ErrorDialog": (0, 1),  # then the details: a traceback
    "show_error": (0, 1),
}  # fmt: skip
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP"}
# Literal text shown as it is in every language: key names.
NOT_WORDS = {"Esc"}


def _name(call: ast.Call) -> str:
    function = call.func
    return function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")


def _has_words(text: str) -> bool:
    """Letters outside HTML tags and %1-style placeholders."""
    return any(ch.isalpha() for ch in re.sub(r"<[^>]*>|%L?[0-9n]", "", text)) and text not in NOT_WORDS


def _untranslated(node: ast.expr) -> list[str]:
    """The literal texts with words in `node` that no translating call wraps."""
    if isinstance(node, ast.Call) and _name(node) in TRANSLATING:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        return [text for part in node.values for text in _untranslated(part)]
    if isinstance(node, ast.FormattedValue):
        return _untranslated(node.value)
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left) + _untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) + _untranslated(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [text for element in node.elts for text in _untranslated(element)]
    return []


def untranslated_texts(path: Path) -> list[str]:
    """`file:line: text` for each literal with words given to a call in TEXT_ARGUMENTS."""
    found = []
    for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(call, ast.Call) or _name(call) not in TEXT_ARGUMENTS:
            continue
        chosen = TEXT_ARGUMENTS[_name(call)]
        arguments = [a for i, a in enumerate(call.args) if chosen is None or i in chosen]
        arguments += [k.value for k in call.keywords if chosen is None or k.arg in chosen]
        found += [f"{path.name}:{call.lineno}: {text!r}" for a in arguments for text in _untranslated(a)]
    return found


def hidden_from_lupdate(path: Path) -> list[str]:
    """`file:line` for each tr() or translate() of a literal inside an f-string: pyside6-lupdate
    does not read into f-strings, so that text would never reach a catalog."""
    return [
        f"{path.name}:{call.lineno}"
        for text in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(text, ast.JoinedStr)
        for call in ast.walk(text)
        if isinstance(call, ast.Call) and _name(call) in TRANSLATING and _literal_source_text(call)
    ]


def _literal_source_text(call: ast.Call) -> bool:
    """Whether the text a tr() or translate() call translates is written out (not a variable)."""
    at = 0 if _name(call) == "tr" else 1  # translate(context, text, ...)
    return len(call.args) > at and isinstance(call.args[at], ast.Constant)


def context_hidden_from_lupdate(path: Path) -> list[str]:
    """`file:line` for each translate() or QT_TRANSLATE_NOOP() of written-out text whose context is
    not written out (a name): pyside6-lupdate cannot tell that text's context, and leaves it out of
    every catalog. (A translate() of a name is the other way round: its texts are marked elsewhere.)"""
    return [
        f"{path.name}:{call.lineno}"
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(call, ast.Call)
        and _name(call) in {"translate", "QT_TRANSLATE_NOOP"}
        and _literal_source_text(call)
        and not isinstance(call.args[0], ast.Constant)
    ]


def untranslated_constants(path: Path, codes: set[str]) -> list[str]:
    """`file:line: text` for each literal with words in a module-level constant that is not inside
    QT_TRANSLATE_NOOP (dictionary keys are codes, as are the constants named in `codes`)."""
    found = []
    for statement in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(statement, (ast.Assign, ast.AnnAssign)) or statement.value is None:
            continue
        targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
        if any(isinstance(t, ast.Name) and t.id in codes for t in targets):
            continue
        keys = {id(k) for d in ast.walk(statement.value) if isinstance(d, ast.Dict) for k in d.keys if k}
        wrapped = {
            id(inner)
            for call in ast.walk(statement.value)
            if isinstance(call, ast.Call) and _name(call) in TRANSLATING
            for inner in ast.walk(call)
        }
        for node in ast.walk(statement.value):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in keys | wrapped
                and _has_words(node.value)
            ):
                found.append(f"{path.name}:{node.lineno}: {node.value!r}")
    return found


def test_words_given_to_widgets_and_dialogs_are_translated() -> None:
    modules = sorted(p for p in UI.glob("*.py") if p.name not in NOT_YET_TRANSLATED)
    assert len(modules) > 20
    problems = [problem for path in modules for problem in untranslated_texts(path)]
    assert not problems, "words shown without tr():\n" + "\n".join(problems)


def test_no_translated_text_hides_in_an_f_string() -> None:
    problems = [problem for path in sorted(UI.glob("*.py")) for problem in hidden_from_lupdate(path)]
    assert not problems, "tr() inside an f-string, unseen by lupdate:\n" + "\n".join(problems)


def test_every_written_out_text_has_a_written_out_context() -> None:
    """The missing-folder questions were English in every language: their context was a name."""
    sources = [*sorted(UI.glob("*.py")), UI.parent / "cli.py", UI.parent / "reasons_wording.py"]
    problems = [problem for path in sources for problem in context_hidden_from_lupdate(path)]
    assert not problems, "translate() with its context in a name, unseen by lupdate:\n" + "\n".join(problems)


def test_the_wording_tables_hold_words_only_for_translation() -> None:
    problems = untranslated_constants(UI / "wording.py", codes={"_KINDS", "CONTEXT"})
    assert not problems, "words in wording.py outside QT_TRANSLATE_NOOP:\n" + "\n".join(problems)


def test_the_check_finds_an_untranslated_label(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "QLabel('Hello')\n"
        "button.setToolTip(f'{count} files')\n"
        "QLabel(self.tr('Fine'))\n"
        "QLabel('<b>' + self.tr('Fine') + '</b>')\n"
        "menu.addAction(self.tr('Open'), lambda: open_('x'))\n"
        "Command('scan', QT_TRANSLATE_NOOP('Commands', '&Scan'), 'Menu')\n"
        "WORDS = {'code': 'Words', 'other': QT_TRANSLATE_NOOP('Wording', 'Fine')}\n"
        "QLabel(f'<b>{self.tr(\"Lost\")}</b>')\n"
        "QLabel(translate(CONTEXT, 'Unseen'))\n"
        "QLabel(translate('Seen', 'Fine'))\n"
        "QLabel(translate(CONTEXT, WORDS[code]))\n"
    )
    assert untranslated_texts(sample) == [
        "sample.py:1: 'Hello'",
        "sample.py:2: ' files'",
        "sample.py:6: 'Menu'",
    ]
    assert untranslated_constants(sample, codes=set()) == ["sample.py:7: 'Words'"]
    assert hidden_from_lupdate(sample) == ["sample.py:8"]
    assert context_hidden_from_lupdate(sample) == ["sample.py:9"]
