"""Folders listed on the start page that are not there when Scan is pressed: what to ask, and what to say.

A folder is not there when it was renamed, moved or deleted, or when its drive is unplugged. One to
scan is left out, with a word. A reference folder is asked about first: its pictures are not
protected then, and if they now sit inside another folder listed, copies among them get marked DELETE.
"""

from __future__ import annotations

from collections.abc import Sequence

from lookalike.display_names import display_name
from lookalike.ui.dialogs import Dialogs
from lookalike.ui.i18n import fill, translate
from lookalike.ui.settings import FolderChoice


def _why() -> str:
    return translate(
        "MissingFolders",
        "A folder is not there when it was renamed, moved or deleted, or when the drive it is on is not "
        "connected.",
    )


def may_scan_without(dialogs: Dialogs, missing: Sequence[FolderChoice]) -> bool:
    """True when the scan may go on without the `missing` folders: none of them is a reference folder,
    or the person said so when asked (Cancel is the default answer)."""
    references = [choice.path for choice in missing if choice.reference]
    if not references:
        return True
    lines = [
        fill(translate("MissingFolders", "The reference folder “%1” is not there now."), display_name(folder))
        for folder in references
    ]
    consequence = translate(
        "MissingFolders",
        "The pictures of a reference folder that is not there are not protected: any that are now inside "
        "another folder listed are scanned like the others, and can be marked DELETE.",
    )
    return dialogs.confirm(
        translate("MissingFolders", "Reference folder not found"),
        "\n".join(lines) + "\n\n" + _why() + " " + consequence,
        translate(
            "MissingFolders",
            "Scan anyway? To keep them protected, click Cancel, then connect the drive, or add the folder "
            "again where it is now and tick it.",
        ),
        ok=translate("MissingFolders", "Scan anyway"),
    )


def nothing_there_words(missing: Sequence[FolderChoice]) -> str:
    """Why there is nothing to scan when none of the folders listed is there."""
    lines = [
        fill(translate("MissingFolders", "The folder “%1” is not there now."), display_name(choice.path))
        for choice in missing
    ]
    return "\n".join(lines) + "\n\n" + _why()


def not_scanned_note(missing: Sequence[FolderChoice]) -> str:
    """What the results say of the folders that were not there when the scan started ("" for none)."""
    return "\n".join(
        fill(
            translate(
                "MissingFolders", "The reference folder “%1” was not there: its pictures were not protected."
            )
            if choice.reference
            else translate("MissingFolders", "The folder “%1” was not there and was not scanned."),
            display_name(choice.path),
        )
        for choice in missing
    )
