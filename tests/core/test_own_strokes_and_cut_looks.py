"""Two chat screens of one layout whose words differ are no copies, though they differ only inside one
window of the closer look; a logo box over a textured photo, upright, turned or mirrored, still is;
and a crop that only a cut hash finds is looked at closer from verify.CUT_LOOKS_FROM on. Real files,
the real scan, default options."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageEnhance, ImageFilter

from lookalike import samples
from lookalike.core import closer_look, imaging, verify
from lookalike.core.models import ImageRecord, ScanOptions, ScanResult
from lookalike.core.scan import scan
from tests.benchmarks.accuracy_pictures import logo_box

SCREEN = (360, 640)  # small enough that a chat's three bubbles fit in one window of the closer look
PHOTO = (640, 480)
# (template, text, text) of samples.screenshot: pairs whose words differ only inside one window and
# that every rule of the closer look but whose strokes differ let through.
ONE_LAYOUT = [(4, 1, 3), (27, 0, 1), (63, 1, 2)]


def grouped(result: ScanResult) -> list[set[str]]:
    return sorted(({m.path.name for m in group.members} for group in result.groups), key=sorted)


def working(path: Path) -> Image.Image:
    """The file's grayscale working picture, as the closer look reads it again."""
    return imaging.decode(path.read_bytes(), path.suffix).working


def write_screens(folder: Path, template: int, first: int, second: int) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = folder / f"chat-{first}.png", folder / f"chat-{second}.png"
    for path, text in zip(paths, (first, second), strict=True):
        samples.screenshot(template, text, SCREEN).save(path)
    return paths


@pytest.mark.parametrize(("template", "first", "second"), ONE_LAYOUT)
def test_chat_screens_of_one_layout_with_other_words_do_not_group(
    tmp_path: Path, template: int, first: int, second: int
) -> None:
    write_screens(tmp_path / "pics", template, first, second)
    assert grouped(scan([tmp_path / "pics"], ScanOptions(cache_dir=tmp_path / "cache"))) == []


def test_whose_strokes_differ_is_what_turns_those_screens_away(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the rule of OWN_STROKES the closer look would take each pair above for a copy with an
    overlay in one area: the rest of the screen is the same template."""
    for template, first, second in ONE_LAYOUT:
        a, b = (working(path) for path in write_screens(tmp_path / str(template), template, first, second))
        assert not closer_look.look(a, b, None).alike
        with monkeypatch.context() as patched:
            patched.setattr(closer_look, "OWN_STROKES", 1.01)
            assert closer_look.look(a, b, None).alike


def textured_photo(seed: int) -> Image.Image:
    """A generated photo with coarse texture all over (foliage, gravel), which shows under a logo."""
    photo = np.asarray(samples.photo(seed, PHOTO), np.float32)
    rng = np.random.default_rng(seed)
    noise = Image.fromarray(rng.normal(128, 60, PHOTO[::-1]).clip(0, 255).astype(np.uint8))
    texture = (np.asarray(noise.filter(ImageFilter.GaussianBlur(1.5)), np.float32) - 128) * 1.5
    return Image.fromarray((photo + texture[:, :, None]).clip(0, 255).astype(np.uint8))


# How a copy was turned, and the DIHEDRAL variant that turns it back.
TURNS = [(None, 0), (Image.Transpose.FLIP_LEFT_RIGHT, 4), (Image.Transpose.ROTATE_90, 3)]


@pytest.mark.parametrize(("seed", "logo"), [(5, 3), (2, 3), (4, 1)])
@pytest.mark.parametrize(("turn", "back"), TURNS)
def test_a_logo_box_over_a_textured_photo_is_still_a_copy_at_a_closer_look(
    tmp_path: Path, seed: int, logo: int, turn: Image.Transpose | None, back: int
) -> None:
    """The photo's texture under the box stands out of the reference, but only the copy draws strokes
    of its own there: fewer than OWN_STROKES of the differences are both pictures' at once."""
    photo = textured_photo(seed)
    copy = logo_box(photo, random.Random(logo))
    photo.save(tmp_path / "original.jpg", quality=92)
    (copy if turn is None else copy.transpose(turn)).save(tmp_path / "logo.jpg", quality=85)
    a, b = working(tmp_path / "original.jpg"), closer_look.turned(working(tmp_path / "logo.jpg"), back)
    verdict = closer_look.look(a, b, None)
    assert verdict.alike
    assert verdict.overlay not in (None, "all over")  # passed as an overlay in one area


def write_cut_pair(folder: Path) -> None:
    """A photo and a brighter copy with 8 % cut off its left side: its own hash is beyond the default
    threshold, a side cut's is within it, and the thumbs laid over each other score it between
    CUT_LOOKS_FROM and CLOSER_ABOVE, so the closer look decides."""
    folder.mkdir(parents=True, exist_ok=True)
    photo = samples.photo(54, (480, 360))
    photo.save(folder / "original.jpg", quality=92)
    width, height = photo.size
    cropped = photo.crop((round(width * 0.08), 0, width, height))
    ImageEnhance.Brightness(cropped).enhance(1.15).save(folder / "cropped.jpg", quality=90)


def looks_made(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The pairs (by file name) the scan asks the closer look about, from now on."""
    made: list[tuple[str, str]] = []
    original = closer_look.FromFiles.__call__

    def spied(
        self: closer_look.FromFiles,
        reference: ImageRecord,
        copy: ImageRecord,
        variant: int,
        crop: verify.Crop | None,
    ) -> verify.Verdict | None:
        made.append((reference.entry.path.name, copy.entry.path.name))
        return original(self, reference, copy, variant, crop)

    monkeypatch.setattr(closer_look.FromFiles, "__call__", spied)
    return made


def test_a_crop_only_a_cut_hash_finds_is_looked_at_from_cut_looks_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_cut_pair(tmp_path / "pics")
    made = looks_made(monkeypatch)
    result = scan([tmp_path / "pics"], ScanOptions(cache_dir=tmp_path / "cache"))
    fingerprints = {record.entry.path.name: record.fingerprint for record in result.images}
    original, copy = fingerprints["original.jpg"], fingerprints["cropped.jpg"]
    nearest = min((original.hashes[0] ^ theirs).bit_count() for theirs in copy.hashes)
    assert nearest > ScanOptions().effective_threshold  # proposed only through a cut hash
    assert grouped(result) == [{"original.jpg", "cropped.jpg"}]
    assert made  # the thumbs alone did not settle it: the closer look did
    # From a score above the pair's, it gets no closer look, and the thumbs alone never group a crop
    # that scores below CLOSER_ABOVE.
    made.clear()
    monkeypatch.setattr(verify, "CUT_LOOKS_FROM", verify.CLOSER_ABOVE)
    assert grouped(scan([tmp_path / "pics"], ScanOptions(cache_dir=tmp_path / "other-cache"))) == []
    assert made == []
