"""Fault injection: the disk holding the window's log fills up while Lookalike runs.

Every record then fails to be written. That is said once on stderr, the records are dropped, and
quitting (which closes the log) ends well: exit 0, no "--- Logging error ---" and no traceback.
The child processes and their full disks are those of test_decisions_out_of_room.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.safety.test_decisions_out_of_room import MODES, in_a_child

# Logs a record with room, then five that cannot be written, and closes the log (as quitting does)
# with the disk still full.
_LOGGING = """
from lookalike.ui.app import file_logging

log = logging.getLogger("lookalike.test")
full = no_room()
with file_logging(WORK / "logs") as path:
    log.info("with room")
    full.__enter__()
    for number in range(5):
        log.warning("no room %d: %s", number, "x" * 5000)  # more than the page a tmpfs file has left
full.__exit__(None, None, None)
print(json.dumps({"log": path.read_text(encoding="utf-8")}))
"""


@pytest.mark.parametrize("mode", MODES)
def test_a_log_that_cannot_be_written_is_said_once_and_closing_it_ends_well(
    mode: str, tmp_path: Path
) -> None:
    seen = in_a_child(mode, tmp_path, _LOGGING, window=False)  # exit 0, no traceback
    stderr = seen["stderr"]
    assert "Logging error" not in stderr
    [told] = [line for line in stderr.splitlines() if "lookalike" in line]
    path = tmp_path / "work" / "logs" / "lookalike.log"
    problem = "No space left on device" if mode == "tmpfs" else "File too large"
    assert told.startswith(f"lookalike: cannot write the log {path} ({problem});")
    assert told.endswith("; messages are left out of it while it cannot be written")
    assert "with room" in seen["log"]
