"""The fingerprint cache is a saved file like any other: a cache that lies about a picture can make
grouping show it beside another, but never makes acting trash it. Acting fingerprints both files
afresh, and never asks what grouping remembered (its thumbs' checks and closer looks)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from lookalike.core.cache import CACHE_FILE
from lookalike.samples import photo

from .conftest import Act, mark, scan_folder, trashed


def test_a_stranger_the_cache_dresses_up_as_a_copy_is_not_trashed(
    tmp_path: Path, trash: Path, act: Act
) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    keeper, stranger = folder / "keeper.jpg", folder / "stranger.jpg"
    photo(3, (320, 240)).save(keeper, quality=90)
    photo(81, (320, 240)).save(stranger, quality=90)
    assert scan_folder(folder).groups == ()

    # The stranger's row made to say the keeper's hashes and thumb; its digest and identity stay its
    # own, so the rescan takes the lie from the cache without reading the file.
    cache = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)
    rows = {Path(bytes(path).decode()).name: (meta, thumb) for path, meta, thumb in cache.execute(
        "SELECT path, meta, thumb FROM fingerprints"
    )}  # fmt: skip
    kept_meta, kept_thumb = json.loads(rows["keeper.jpg"][0]), rows["keeper.jpg"][1]
    lie = json.loads(rows["stranger.jpg"][0])
    lie.update({key: kept_meta[key] for key in ("hashes", "crop_hashes", "width", "height")})
    cache.execute(
        "UPDATE fingerprints SET meta = ?, thumb = ? WHERE meta = ?",
        (json.dumps(lie), kept_thumb, rows["stranger.jpg"][0]),
    )
    cache.commit()
    cache.execute("DELETE FROM groupings")
    cache.commit()
    cache.close()

    result = scan_folder(folder)
    assert result.stats.cached == 2
    assert [sorted(m.path.name for m in g.members) for g in result.groups] == [["keeper.jpg", "stranger.jpg"]]
    outcome = act(result, mark(result, {keeper}))
    assert keeper.exists() and stranger.exists() and trashed(trash) == []
    assert outcome.exit_code in (None, 1)
    assert any(
        "not similar enough" in reason or "not the same picture" in reason for reason in outcome.skipped()
    ), outcome.skipped()


def test_a_cache_row_with_an_overlong_hash_is_set_aside_and_the_files_read_again(tmp_path: Path) -> None:
    """A hash longer than the settings' width cannot be packed beside the others: the cache is
    set aside with a warning, and the scan reads the files themselves."""
    folder = tmp_path / "photos"
    folder.mkdir()
    photo(3, (320, 240)).save(folder / "a.jpg", quality=90)
    (folder / "b.jpg").write_bytes((folder / "a.jpg").read_bytes())
    assert scan_folder(folder).stats.cached == 0
    cache = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)
    path, meta = cache.execute("SELECT path, meta FROM fingerprints").fetchone()
    forged = json.loads(meta)
    forged["hashes"][0] = "f" * 40
    cache.execute("UPDATE fingerprints SET meta = ? WHERE path = ?", (json.dumps(forged), path))
    cache.commit()
    cache.close()

    result = scan_folder(folder)
    assert result.stats.cached == 0 and len(result.groups) == 1
    assert any("rebuilt" in str(warning) for warning in result.warnings)
