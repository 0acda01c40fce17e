"""A corner-cut hash proposes a crop; it never proves one. At the moment of acting the pair must pass
the pixel check again, from the files: a match of hashes alone moves nothing."""

from __future__ import annotations

import io
import random
from dataclasses import replace

from PIL import Image

from lookalike import samples
from lookalike.core.fingerprint import make_content_fingerprinter
from lookalike.core.matching import still_alike
from lookalike.core.models import Fingerprint, ScanOptions, Tier
from tests.benchmarks.accuracy_pictures import crop_asym

OPTIONS = ScanOptions()


def fingerprint(picture: Image.Image, name: str) -> Fingerprint:
    data = io.BytesIO()
    picture.save(data, "JPEG", quality=92)
    return make_content_fingerprinter(OPTIONS)(data.getvalue(), name, ".jpg")


def test_a_real_crop_found_through_a_corner_cut_passes_again() -> None:
    original = samples.photo(21, (480, 360))
    kept, crop = fingerprint(original, "kept"), fingerprint(crop_asym(original, random.Random(21)), "crop")
    assert min((kept.hashes[0] ^ turn).bit_count() for turn in crop.hashes) > OPTIONS.effective_threshold
    assert still_alike(kept, crop, Tier.SIMILAR, OPTIONS) is None


def test_a_picture_whose_cut_hashes_were_forged_to_match_is_refused() -> None:
    original = samples.photo(21, (480, 360))
    kept = fingerprint(original, "kept")
    crop = fingerprint(crop_asym(original, random.Random(21)), "crop")
    stranger = fingerprint(samples.photo(77, (480, 360)), "stranger")
    # Its hashes made to be the crop's, as if they had matched by chance (acting hashes the files
    # afresh, so nothing saved can claim it): every hash gate opens, and the pixels still say no.
    forged = replace(stranger, packed_hashes=crop.packed_hashes, crop_hashes=crop.crop_hashes)
    reason = still_alike(kept, forged, Tier.SIMILAR, OPTIONS)
    assert reason is not None and "not similar enough" in str(reason)
