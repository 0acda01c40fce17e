"""What the frozen program runs: the same `main` as the `lookalike` console script.

The core uses no multiprocessing, so no multiprocessing.freeze_support() is needed; add it here
first thing if a ProcessPoolExecutor ever appears. (The window's regrouping of many pictures starts
this program itself as `lookalike _group-again`, a scan of many small pictures as `lookalike
_read-pictures`, and a scan of many files on Linux as `lookalike _list-folders`: plain subprocesses
that main() answers, lookalike.core.apart, .readers and .listing.)

`--smoke-test-trash FILE` is for packaging/smoke_test.py only: it moves FILE to the system trash
the way the app does, with the trash check and the send2trash back end that are inside the bundle,
so the smoke test can look for the file in the Recycle Bin or Trash afterwards.
"""

import sys
from pathlib import Path

from lookalike.cli import main

SMOKE_TEST_TRASH = "--smoke-test-trash"


def smoke_test_trash(path: Path) -> int:
    from send2trash import send2trash

    from lookalike.core.platform_checks import trash_problem

    problem = trash_problem(path)
    if problem is not None:
        print(f"trash unavailable: {problem}")
        return 3
    send2trash(str(path))
    print(f"trashed by {send2trash.__module__}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == SMOKE_TEST_TRASH:
        sys.exit(smoke_test_trash(Path(sys.argv[2])))
    sys.exit(main())
