"""The window's looks at files and folders run on threads of their own (on_disk.Looker), and answer
when they are done: by then the window, or the part of it that asked, may be gone (a window closing, a
review replaced). An answer emitted on a Looker its parent had just deleted crashed the whole process
with a segmentation fault (it ended a CI run), where no Python error can be caught. Run in a process of
its own, so that a crash fails this test rather than ending the others."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import lookalike

LOOKERS_DELETED_WHILE_ANSWERING = textwrap.dedent(
    """
    import threading
    from PySide6.QtCore import QCoreApplication, QObject
    import shiboken6
    from lookalike.ui.on_disk import Looker

    app = QCoreApplication([])
    answered = []
    for _ in range(200):
        parent = QObject()
        go = threading.Event()
        looker = Looker(lambda thing, go=go: go.wait(1) and thing, str, lane=str, parent=parent)
        looker.looked.connect(lambda *answer: answered.append(answer))
        for thing in range(8):
            looker.ask(thing, 0)
        del looker
        go.set()  # the looks answer...
        shiboken6.delete(parent)  # ...as the window that asked closes
        app.processEvents()
    print("answers to looks whose asker was gone:", len(answered))
    """
)


def test_looks_that_answer_as_their_asker_is_deleted_never_crash_the_app(tmp_path: Path) -> None:
    app = str(Path(lookalike.__file__).parent.parent)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": app}
    done = subprocess.run(
        [sys.executable, "-c", LOOKERS_DELETED_WHILE_ANSWERING],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # Once its asker is deleted, a look's answer goes nowhere: none reaches a window that is gone.
    assert done.stdout.strip() == "answers to looks whose asker was gone: 0"
