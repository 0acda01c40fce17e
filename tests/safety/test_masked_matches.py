"""A shared masked hash proposes a copy under a logo; it never proves one. Acting hashes both files
afresh and looks at them again: the copy is trashed only when the look finds the rest of the picture
the same, and a picture whose masked hashes were made to match is refused."""

from __future__ import annotations

import io
import random
from dataclasses import replace
from pathlib import Path

from PIL import Image

from lookalike import samples
from lookalike.core import closer_look, verify
from lookalike.core.fingerprint import make_content_fingerprinter
from lookalike.core.matching import still_alike
from lookalike.core.models import Fingerprint, ScanOptions, Tier
from tests.benchmarks.accuracy_pictures import logo_box

from .conftest import Act, mark, scan_folder, trashed

OPTIONS = ScanOptions()


def test_a_logo_copy_found_by_a_masked_hash_goes_to_the_trash_after_a_fresh_look(
    tmp_path: Path, trash: Path, act: Act
) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    original = samples.photo(20, (480, 360))
    original.save(folder / "original.jpg", quality=90)
    logo_box(original, random.Random(0)).save(folder / "logo.jpg", quality=85)
    result = scan_folder(folder)
    assert [sorted(m.path.name for m in g.members) for g in result.groups] == [["logo.jpg", "original.jpg"]]

    outcome = act(result, mark(result, {folder / "original.jpg"}))
    assert outcome.skipped() == []
    assert trashed(trash) == ["logo.jpg"]
    assert (folder / "original.jpg").exists()


def fingerprint(picture: Image.Image) -> tuple[Fingerprint, Image.Image]:
    """The fingerprint of the picture saved as a JPEG, and its grayscale working picture."""
    data = io.BytesIO()
    picture.save(data, "JPEG", quality=90)
    made = make_content_fingerprinter(OPTIONS)(data.getvalue(), "digest", ".jpg")
    working = Image.open(io.BytesIO(data.getvalue())).convert("L")
    working.thumbnail((512, 512))
    return made, working


def test_a_stranger_whose_masked_hashes_were_made_to_match_is_refused() -> None:
    """Two photos under the same logo share no masked hash; forged to share them, every hash gate
    opens, and the look at the pictures still says no."""
    kept, kept_picture = fingerprint(logo_box(samples.photo(20, (480, 360)), random.Random(5)))
    stranger, stranger_picture = fingerprint(logo_box(samples.photo(23, (480, 360)), random.Random(5)))

    def look(variant: int, crop: verify.Crop | None) -> verify.Verdict:
        return closer_look.look(kept_picture, closer_look.turned(stranger_picture, variant), crop)

    assert still_alike(kept, stranger, Tier.SIMILAR, OPTIONS, look) is not None
    forged = replace(stranger, masked_hashes=kept.masked_hashes)
    reason = still_alike(kept, forged, Tier.SIMILAR, OPTIONS, look)
    assert reason is not None and "not similar enough" in str(reason)
