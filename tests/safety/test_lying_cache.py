"""The fingerprint cache is a saved file like any other: a cache that lies about a picture can make
grouping show it beside another, but never makes acting trash it. Acting fingerprints both files
afresh, and never asks what grouping remembered (its thumbs' checks and closer looks)."""

from __future__ import annotations

import os
import sqlite3
import struct
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from lookalike.core import cache as cache_module
from lookalike.core import hamming
from lookalike.core.cache import CACHE_FILE
from lookalike.samples import photo
from tests.core.gathered import last_scan_as_rows

from .conftest import Act, Outcome, mark, scan_folder, trashed


def keeper_and_stranger(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A folder of two different photos, scanned once: no group, both in the cache."""
    folder = tmp_path / "photos"
    folder.mkdir()
    keeper, stranger = folder / "keeper.jpg", folder / "stranger.jpg"
    photo(3, (320, 240)).save(keeper, quality=90)
    photo(81, (320, 240)).save(stranger, quality=90)
    assert scan_folder(folder).groups == ()
    return folder, keeper, stranger


def opened_cache(
    tmp_path: Path, *, as_rows: bool = False
) -> tuple[sqlite3.Connection, dict[str, bytes], dict[str, str]]:
    """The scan's cache file, and the stored paths and digests of its pictures by file name (the
    last scan's columns hold its pictures', the rows the others'). `as_rows`: the last scan's
    fingerprints made rows first, for the test to edit them there."""
    if as_rows:
        last_scan_as_rows(tmp_path / "cache")
    cache = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)
    stored = dict(cache.execute("SELECT path, digest FROM fingerprints").fetchall())
    columns = [
        cache.execute("SELECT sizes, data FROM last_scan WHERE name = ?", (name,)).fetchone()
        for name in ("path", "digest")
    ]
    if None not in columns:
        in_columns = cache_module._values("bytes", *columns[0])
        stored.update(zip(in_columns, cache_module._values("str", *columns[1]), strict=True))
    paths = {Path(os.fsdecode(path)).name: path for path in stored}
    digest = {Path(os.fsdecode(path)).name: value for path, value in stored.items()}
    return cache, paths, digest


COPY_WITH_KEEPER = [["copy.jpg", "keeper.jpg"]]


def keeper_copy_and_stranger(tmp_path: Path) -> Path:
    """A folder of a photo, a re-saved copy of it and another photo, scanned once: one group."""
    folder = tmp_path / "photos"
    folder.mkdir()
    photo(3, (320, 240)).save(folder / "keeper.jpg", quality=90)
    photo(3, (320, 240)).save(folder / "copy.jpg", quality=70)
    photo(81, (320, 240)).save(folder / "stranger.jpg", quality=90)
    assert [sorted(m.path.name for m in g.members) for g in scan_folder(folder).groups] == COPY_WITH_KEEPER
    return folder


def regrouped(cache: sqlite3.Connection, folder: Path) -> list[list[str]]:
    """Close the edited cache without the last scan's groups, rescan the folder (every picture
    from the cache) and give its groups' file names."""
    cache.execute("DELETE FROM groupings")
    cache.execute(
        "DELETE FROM last_scan WHERE name IN (?, ?)", (cache_module._PARTS, cache_module._GROUP_PARTS)
    )
    cache.commit()
    cache.close()
    again = scan_folder(folder)
    assert again.stats.cached == 3
    return [sorted(m.path.name for m in g.members) for g in again.groups]


def grouped_yet_kept(folder: Path, keeper: Path, stranger: Path, trash: Path, act: Act) -> Outcome:
    """Rescan the folder whose cache lies: the stranger is grouped with the keeper by the lie alone;
    acting on it (the stranger marked for the trash) trashes nothing. What acting said."""
    result = scan_folder(folder)
    assert result.stats.cached == 2
    assert [sorted(m.path.name for m in g.members) for g in result.groups] == [["keeper.jpg", "stranger.jpg"]]
    outcome = act(result, mark(result, {keeper}))
    assert keeper.exists() and stranger.exists() and trashed(trash) == []
    return outcome


@pytest.mark.parametrize("where", ["rows", "last scan"])
def test_a_stranger_the_cache_dresses_up_as_a_copy_is_not_trashed(
    tmp_path: Path, trash: Path, act: Act, where: str
) -> None:
    folder, keeper, stranger = keeper_and_stranger(tmp_path)

    # The stranger made to say the keeper's hashes and size in its row, or in the last scan's
    # columns, and its digest's thumb the keeper's; its digest and identity stay its own, so the
    # rescan takes the lie from the cache without reading the file.
    cache, paths, digest = opened_cache(tmp_path, as_rows=where == "rows")
    if where == "rows":
        cache.execute(
            "UPDATE fingerprints SET (packed_hashes, crop_hashes, width, height) = (SELECT packed_hashes,"
            " crop_hashes, width, height FROM fingerprints WHERE path = ?) WHERE path = ?",
            (paths["keeper.jpg"], paths["stranger.jpg"]),
        )
        cache.execute("DELETE FROM last_scan")  # else the rescan takes the truth from there
    else:
        names = cache_module._values(
            "bytes", *cache.execute("SELECT sizes, data FROM last_scan WHERE name = 'path'").fetchone()
        )
        kept, lying = names.index(paths["keeper.jpg"]), names.index(paths["stranger.jpg"])
        for name in ("packed_hashes", "crop_hashes", "width", "height"):
            annotation = cache_module._TYPES[name]
            sizes, data = cache.execute(
                "SELECT sizes, data FROM last_scan WHERE name = ?", (name,)
            ).fetchone()
            values = cache_module._values(annotation, sizes, data)
            values[lying] = values[kept]
            cache.execute(
                "UPDATE last_scan SET (sizes, data) = (?, ?) WHERE name = ?",
                (*cache_module._column(values, annotation), name),
            )
    cache.execute(
        "UPDATE thumbs SET thumb = (SELECT thumb FROM thumbs WHERE digest = ?) WHERE digest = ?",
        (digest["keeper.jpg"], digest["stranger.jpg"]),
    )
    for table in ("groupings", "searches"):  # the last grouping's groups and candidate search
        cache.execute(f"DELETE FROM {table}")
    cache.commit()
    cache.close()

    outcome = grouped_yet_kept(folder, keeper, stranger, trash, act)
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
    last_scan_as_rows(tmp_path / "cache")
    cache = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)
    (path,) = cache.execute("SELECT path FROM fingerprints").fetchone()
    cache.execute("UPDATE fingerprints SET packed_hashes = x'ffff' || packed_hashes WHERE path = ?", (path,))
    cache.execute("DELETE FROM last_scan")
    cache.commit()
    cache.close()

    result = scan_folder(folder)
    assert result.stats.cached == 0 and len(result.groups) == 1
    assert any("rebuilt" in str(warning) for warning in result.warnings)


def test_a_stranger_the_cache_gives_a_keepers_masked_hashes_is_not_trashed(
    tmp_path: Path, trash: Path, act: Act
) -> None:
    """The masked hashes that find copies under a logo are saved like the others: a row that lies
    about them (and about the thumb, so the thumbs' check passes) groups a stranger by them alone,
    but acting hashes both files afresh and finds neither a near hash nor a masked one in common."""
    folder, keeper, stranger = keeper_and_stranger(tmp_path)

    cache, paths, digest = opened_cache(tmp_path, as_rows=True)
    cache.execute(
        "UPDATE fingerprints SET (masked_hashes, width, height) = (SELECT masked_hashes, width, height"
        " FROM fingerprints WHERE path = ?) WHERE path = ?",
        (paths["keeper.jpg"], paths["stranger.jpg"]),
    )
    cache.execute(
        "UPDATE thumbs SET thumb = (SELECT thumb FROM thumbs WHERE digest = ?) WHERE digest = ?",
        (digest["keeper.jpg"], digest["stranger.jpg"]),
    )
    for table in ("last_scan", "groupings", "searches"):  # else the rescan takes the truth from there
        cache.execute(f"DELETE FROM {table}")
    cache.commit()
    cache.close()

    outcome = grouped_yet_kept(folder, keeper, stranger, trash, act)
    assert any("not similar enough" in reason for reason in outcome.skipped()), outcome.skipped()


@pytest.mark.parametrize("scores_kept_as", ["rows", "columns"])
def test_a_stranger_the_kept_checks_call_a_copy_is_not_trashed(
    tmp_path: Path, trash: Path, act: Act, scores_kept_as: str
) -> None:
    """The checks a grouping made of its pairs are kept in the cache for the next one: forged to
    say that a stranger passed (the thumbs' check, the closer look and the same-picture look, every
    way round; the thumbs' scores as the rows of caches before or as the columns they are kept in
    now), they group it, but acting looks at both files afresh and refuses."""
    folder, keeper, stranger = keeper_and_stranger(tmp_path)

    # The stranger made a candidate pair by its hashes (its row lies), its thumb left as it is:
    # only the kept checks can pass it.
    cache, paths, digest = opened_cache(tmp_path, as_rows=True)
    (settings,) = cache.execute("SELECT DISTINCT settings FROM fingerprints").fetchone()
    cache.execute(
        "UPDATE fingerprints SET (packed_hashes, crop_hashes, width, height) = (SELECT packed_hashes,"
        " crop_hashes, width, height FROM fingerprints WHERE path = ?) WHERE path = ?",
        (paths["keeper.jpg"], paths["stranger.jpg"]),
    )
    code = cache_module._checks_digest()
    mine, theirs = digest["keeper.jpg"], digest["stranger.jpg"]
    for a, b in ((mine, theirs), (theirs, mine)):
        if scores_kept_as == "columns":
            turns = bytes(range(8))
            cache.execute(
                "INSERT INTO thumb_scores VALUES (?, ?, (SELECT count(*) FROM thumb_scores), ?, ?, ?, ?)",
                (
                    settings,
                    code,
                    bytes.fromhex(a) * 8,
                    bytes.fromhex(b) * 8,
                    turns,
                    struct.pack("<8d", *[1.0] * 8),
                ),
            )
        for variant in range(8 if scores_kept_as == "rows" else 0):
            cache.execute(
                "INSERT OR REPLACE INTO checks VALUES (?, ?, 'thumbs', ?, ?, ?, '', '[1.0, null]')",
                (settings, code, a, b, variant),
            )
        cache.execute(
            "INSERT OR REPLACE INTO checks VALUES (?, ?, 'same', ?, ?, 0, '', '[true, null]')",
            (settings, code, a, b),
        )
    for table in ("last_scan", "groupings", "searches"):  # else the rescan takes the truth from there
        cache.execute(f"DELETE FROM {table}")
    cache.commit()
    cache.close()

    outcome = grouped_yet_kept(folder, keeper, stranger, trash, act)
    assert any(
        "not similar enough" in reason or "not the same picture" in reason for reason in outcome.skipped()
    ), outcome.skipped()


def test_forged_checks_that_share_the_texts_of_sound_ones_trash_the_copy_and_never_the_stranger(
    tmp_path: Path, trash: Path, act: Act
) -> None:
    """A recall reads each kept answer's text once (cache._answer_of): a stranger's forged closer
    looks, descriptions and same-picture looks word for word those of a sound pair, and rows that
    borrow those words under a kind or framing they do not fit, group it at most; the copy's own
    checks still hold, and acting trashes the copy and refuses the stranger."""
    folder = keeper_copy_and_stranger(tmp_path)
    keeper, copy, stranger = (folder / name for name in ("keeper.jpg", "copy.jpg", "stranger.jpg"))
    cache, paths, digest = opened_cache(tmp_path, as_rows=True)
    (settings,) = cache.execute("SELECT DISTINCT settings FROM fingerprints").fetchone()
    code = cache_module._checks_digest()
    sound = cache.execute("SELECT kind, crop, answer FROM checks WHERE code = ?", (code,)).fetchall()
    assert {kind for kind, _, _ in sound} >= {"same", "described"}, sound  # the copy's, word for word
    cache.execute(  # the stranger a likely pair of the keeper: its row lies about its hashes
        "UPDATE fingerprints SET (packed_hashes, crop_hashes, width, height) = (SELECT packed_hashes,"
        " crop_hashes, width, height FROM fingerprints WHERE path = ?) WHERE path = ?",
        (paths["keeper.jpg"], paths["stranger.jpg"]),
    )
    mine, theirs, copied = digest["keeper.jpg"], digest["stranger.jpg"], digest["copy.jpg"]
    rows = []
    for a, b in ((mine, theirs), (theirs, mine)):
        rows += [("thumbs", a, b, variant, "", "[1.0, null]") for variant in range(8)]
        rows += [("closer", a, b, variant, "null", "[true, null]") for variant in range(8)]
        rows += [(kind, a, b, 0, crop, answer) for kind, crop, answer in sound]
    for a, b in ((mine, copied), (copied, mine), (mine, theirs)):  # the same words where they do not fit
        rows += [
            ("same", a, b, 3, "", "[true, null]"),
            ("same", a, b, 0, "null", "[true, null]"),
            ("closer", a, b, 5, "0.5", "[true, null]"),
            ("described", a, b, 6, '"0.5"', '["pixels", ["re-encoded"]]'),
            ("thumbs", a, b, 7, "0.5", "[1.0, null]"),
        ]
    cache.executemany(
        "INSERT OR REPLACE INTO checks VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(settings, code, *row) for row in rows],
    )
    for table in ("last_scan", "groupings", "searches"):  # else the rescan takes the truth from there
        cache.execute(f"DELETE FROM {table}")
    cache.commit()
    cache.close()

    result = scan_folder(folder)
    assert result.stats.cached == 3
    # The lie groups the stranger; the copy's own checks group the copy.
    assert [sorted(m.path.name for m in g.members) for g in result.groups] == [
        ["copy.jpg", "keeper.jpg", "stranger.jpg"]
    ]
    outcome = act(result, mark(result, {keeper}))
    assert keeper.exists() and stranger.exists() and not copy.exists()
    assert trashed(trash) == ["copy.jpg"]
    assert any(
        "not similar enough" in reason or "not the same picture" in reason for reason in outcome.skipped()
    ), outcome.skipped()


def test_a_copy_edited_into_a_stranger_under_checks_kept_across_an_update_is_neither_grouped_nor_trashed(
    tmp_path: Path, trash: Path, act: Act, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checks kept before an update that changed only how likely pairs are found are taken
    again, by the pictures' contents: a copy edited since into another picture, its modification
    time set back, is checked as what it is now, and acting on the scan before trashes nothing."""
    folder = keeper_copy_and_stranger(tmp_path)
    before = scan_folder(folder)  # from the cache: its groups and kept checks
    assert [sorted(m.path.name for m in g.members) for g in before.groups] == COPY_WITH_KEEPER
    copy = folder / "copy.jpg"
    times = copy.stat()
    photo(44, (320, 240)).save(copy, quality=70)
    os.utime(copy, ns=(times.st_atime_ns, times.st_mtime_ns))
    monkeypatch.setattr(cache_module, "_code_digest", lambda: "another search code")

    again = scan_folder(folder)
    assert again.stats.cached == 2
    assert again.groups == ()
    outcome = act(before, mark(before, {folder / "keeper.jpg"}))
    assert sorted(path.name for path in folder.iterdir()) == ["copy.jpg", "keeper.jpg", "stranger.jpg"]
    assert trashed(trash) == []
    assert any("changed after the scan" in reason for reason in outcome.skipped()), outcome.skipped()


def test_a_crowd_the_cache_gives_one_picture_s_hashes_is_grouped_as_their_files_look(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache that gives 80 different small pictures one picture's hashes crowds one bucket of
    every chunk of the index far past its rows (more than 500 pictures: the index's bucket rows,
    with the crowded buckets' hashes compared apart). Every one of them becomes a likely pair of
    every other; the thumbs, made again from the files, tell them apart: no group, no traceback."""
    folder = tmp_path / "noise"
    folder.mkdir()
    rng = np.random.default_rng(7)
    for number in range(520):
        pixels = rng.integers(0, 256, (48, 64, 3), dtype=np.uint8)
        Image.fromarray(pixels).save(folder / f"{number:03}.png")
    assert scan_folder(folder).groups == ()

    cache, paths, _ = opened_cache(tmp_path, as_rows=True)
    crowd = [paths[f"{number:03}.png"] for number in range(80)]
    cache.executemany(
        "UPDATE fingerprints SET (packed_hashes, crop_hashes) = (SELECT packed_hashes, crop_hashes"
        " FROM fingerprints WHERE path = ?) WHERE path = ?",
        [(crowd[0], path) for path in crowd[1:]],
    )
    for table in ("last_scan", "groupings", "searches"):  # else the rescan takes the truth from there
        cache.execute(f"DELETE FROM {table}")
    cache.commit()
    cache.close()

    built = []
    buckets = hamming._buckets
    monkeypatch.setattr(hamming, "_buckets", lambda *args: built.append(buckets(*args)) or built[-1])
    again = scan_folder(folder)
    assert again.stats.cached == 520
    assert again.groups == ()
    assert len(list(folder.iterdir())) == 520
    # Each of the eight hashes of the crowd fills a bucket of its own with 80, past its rows.
    assert built and all(len(made.spill_order) >= 8 * (80 - made.slots - made.more_slots) for made in built)


@pytest.mark.parametrize("lie", ["torn", "out of range", "a digest twice", "a stranger paired"])
def test_a_kept_candidate_search_that_lies_changes_no_group(
    tmp_path: Path, lie: str, caplog: pytest.LogCaptureFixture
) -> None:
    """The last grouping's candidate search is kept for the next (pair_search): torn, pointing
    past its pictures, naming a picture twice or pairing a stranger with the keeper, the rescan
    still groups what the files say, without a traceback. A search that is none is made again; a
    stranger it pairs fails the pixel check."""
    import numpy as np

    from lookalike.core import pair_search

    folder = keeper_copy_and_stranger(tmp_path)
    cache, _, digest = opened_cache(tmp_path)
    (digests, matches), *others = cache.execute("SELECT digests, matches FROM searches").fetchall()
    assert not others
    order = [d.hex() for d in np.frombuffer(digests, "S16").tolist()]
    keeper, stranger = order.index(digest["keeper.jpg"]), order.index(digest["stranger.jpg"])
    one = np.array([keeper], dtype=np.int64)

    def rows(query: int, owner: int) -> pair_search.Matches:
        return pair_search.Matches(np.array([query]), np.array([owner]), one * 0, one * 0, np.array([False]))

    kept = pair_search.earlier(digests, matches, np.frombuffer(digests, "S16"), threshold=8, variants=8)
    assert kept is not None
    lying = pair_search.joined([kept[0], rows(keeper, stranger), rows(stranger, keeper)])
    forged = {
        "torn": (digests[:-3], matches),
        "out of range": (digests, pair_search.encoded(rows(keeper, 7))),
        # The stranger's digest is the keeper's: which picture would its rows be?
        "a digest twice": (
            digests[: 16 * stranger]
            + digests[16 * keeper : 16 * keeper + 16]
            + digests[16 * stranger + 16 :],
            matches,
        ),
        "a stranger paired": (digests, pair_search.encoded(lying)),
    }[lie]
    cache.execute("UPDATE searches SET (digests, matches) = (?, ?)", forged)
    with caplog.at_level("WARNING"):
        assert regrouped(cache, folder) == COPY_WITH_KEEPER
    searched_again = any("Ignoring a kept candidate search" in r.message for r in caplog.records)
    assert searched_again == (lie != "a stranger paired")  # that one was taken, and its lie checked


@pytest.mark.parametrize("forged", ["not a digest", "AB" * 16, "ab" * 8 + " " * 16, "ab" * 17])
def test_a_cache_row_whose_digest_is_no_digest_is_grouped_without_a_kept_search(
    tmp_path: Path, forged: str
) -> None:
    """The kept candidate search knows the pictures by their digests: a row whose digest is no
    digest in the form the cache writes (or spells it otherwise) keeps no search and takes none,
    and the rescan groups without a traceback."""
    folder = keeper_copy_and_stranger(tmp_path)
    cache, paths, _ = opened_cache(tmp_path, as_rows=True)
    cache.execute("UPDATE fingerprints SET digest = ? WHERE path = ?", (forged, paths["stranger.jpg"]))
    cache.execute("DELETE FROM searches")
    assert regrouped(cache, folder) == COPY_WITH_KEEPER
    cache = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)
    assert cache.execute("SELECT count(*) FROM searches").fetchone() == (0,)
    cache.close()


@pytest.mark.parametrize(
    "damage",
    [
        "DROP TABLE searches",
        "UPDATE searches SET digests = 'text, not bytes'",
        "UPDATE searches SET matches = NULL",
    ],
)
def test_a_searches_table_gone_or_of_other_types_is_searched_again(
    tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A cache of this layout whose searches table was dropped, or holds text where bytes belong
    (SQLite keeps any value in any column): the rescan searches in full and groups as before,
    without a traceback; with the table gone it says it could not keep the search."""
    folder = keeper_copy_and_stranger(tmp_path)
    cache = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)
    if "NULL" in damage:  # a NOT NULL column: only a table made otherwise can hold one
        cache.execute("ALTER TABLE searches RENAME TO old")
        cache.execute("CREATE TABLE searches AS SELECT * FROM old")
        cache.execute("DROP TABLE old")
    cache.execute(damage)
    with caplog.at_level("WARNING"):
        assert regrouped(cache, folder) == COPY_WITH_KEEPER
    if damage.startswith("DROP"):
        assert any("Could not write to the fingerprint cache" in r.message for r in caplog.records)


@pytest.mark.parametrize("column", ["width", "frames", "sharpness"])
def test_a_last_scan_column_with_numbers_no_picture_has_is_grouped_without_a_traceback(
    tmp_path: Path, column: str
) -> None:
    """The last scan's columns keep numbers as JSON, of any size: a width or a count of frames
    beyond 64 bits (a cache edited outside; ranking the copies took it as a 64-bit number and
    stopped with a traceback) or a huge sharpness: the rescan sets the cache aside where a row
    could not hold the number, and groups as the files say."""
    folder = keeper_copy_and_stranger(tmp_path)
    cache, _, _ = opened_cache(tmp_path)
    annotation = cache_module._TYPES[column]
    sizes, data = cache.execute("SELECT sizes, data FROM last_scan WHERE name = ?", (column,)).fetchone()
    values = cache_module._values(annotation, sizes, data)
    values[0] = 10**30 if annotation == "int" else 1e300
    forged = cache_module._column(values, annotation)
    cache.execute("UPDATE last_scan SET (sizes, data) = (?, ?) WHERE name = ?", (*forged, column))
    for table in ("groupings", "searches"):
        cache.execute(f"DELETE FROM {table}")
    cache.commit()
    cache.close()
    again = scan_folder(folder)
    assert [sorted(m.path.name for m in g.members) for g in again.groups] == COPY_WITH_KEEPER
    assert again.stats.cached == (3 if column == "sharpness" else 0)  # set aside: every file read again


def test_a_forged_row_after_a_sound_last_scan_leaves_no_fingerprint_of_the_cache_behind(
    tmp_path: Path, trash: Path, act: Act
) -> None:
    """The cache gives most pictures from its last scan's columns, then the rest row by row: when a
    row is forged (a stranger's hashes made a keeper's, an overlong hash beside them), the cache is
    set aside and the fingerprints the last scan had already given are let go of too, so the scan
    reads every file again and no lie nor half of a load is grouped, nor trashed."""
    folder = keeper_copy_and_stranger(tmp_path)
    photo(44, (320, 240)).save(folder / "late.jpg", quality=90)
    assert scan_folder(folder).stats.cached == 3  # every row in, late.jpg's too
    assert scan_folder(folder, exclude=("late.jpg",)).stats.cached == 3  # the last scan: without it
    cache, paths, _ = opened_cache(tmp_path)  # late.jpg's a row, kept as the last scan left it
    columns = {
        name: cache_module._values("bytes", *cache.execute(
            "SELECT sizes, data FROM last_scan WHERE name = ?", (name,)
        ).fetchone())
        for name in ("path", "packed_hashes")
    }  # fmt: skip
    keeper_hashes = columns["packed_hashes"][columns["path"].index(paths["keeper.jpg"])]
    cache.execute(
        "UPDATE fingerprints SET packed_hashes = ? WHERE path = ?",
        (b"\xff" + keeper_hashes, paths["late.jpg"]),
    )
    cache.commit()
    cache.close()

    result = scan_folder(folder)

    assert result.stats.cached == 0 and result.stats.images == 4  # every file read again
    assert any("rebuilt" in str(warning) for warning in result.warnings)
    assert [sorted(m.path.name for m in g.members) for g in result.groups] == COPY_WITH_KEEPER
    late = folder / "late.jpg"
    act(result, mark(result, {folder / "keeper.jpg"}))
    assert late.exists() and (folder / "keeper.jpg").exists()
    assert trashed(trash) == ["copy.jpg"]


def keeper_and_a_stranger_added(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A folder of a photo, scanned; then another photo in a folder after it, scanned: the
    stranger's fingerprint is in a segment of the last scan's columns (cache._add_segments)."""
    folder = tmp_path / "photos"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    keeper, stranger = folder / "a" / "keeper.jpg", folder / "b" / "stranger.jpg"
    photo(3, (320, 240)).save(keeper, quality=90)
    assert scan_folder(folder).stats.images == 1
    photo(81, (320, 240)).save(stranger, quality=90)
    assert scan_folder(folder).groups == ()
    cache = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)
    assert cache.execute("SELECT count(*) FROM last_scan WHERE name GLOB '*#001'").fetchone()[0] > 10
    cache.close()
    return folder, keeper, stranger


def test_a_stranger_a_segment_of_the_cache_dresses_up_as_a_copy_is_not_trashed(
    tmp_path: Path, trash: Path, act: Act
) -> None:
    # The stranger's segment made to say the keeper's hashes (both are 320 x 240), and its digest's
    # thumb the keeper's: the rescan groups them by the lie alone, and acting reads both files.
    folder, keeper, stranger = keeper_and_a_stranger_added(tmp_path)
    cache = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)
    for name in ("packed_hashes", "crop_hashes"):
        cache.execute(
            "UPDATE last_scan SET (sizes, data) = (SELECT sizes, data FROM last_scan WHERE name = ?)"
            " WHERE name = ?",
            (name, f"{name}#001"),
        )
    digests = dict(cache.execute("SELECT name, data FROM last_scan WHERE name GLOB 'digest*'").fetchall())
    keeper_digest = cache_module._values("str", b"\0\0\0\0", digests["digest"])[0]
    stranger_digest = cache_module._values("str", b"\0\0\0\0", digests["digest#001"])[0]
    cache.execute(
        "UPDATE thumbs SET thumb = (SELECT thumb FROM thumbs WHERE digest = ?) WHERE digest = ?",
        (keeper_digest, stranger_digest),
    )
    for table in ("groupings", "searches"):
        cache.execute(f"DELETE FROM {table}")
    cache.commit()
    cache.close()

    outcome = grouped_yet_kept(folder, keeper, stranger, trash, act)
    assert outcome.exit_code in (None, 1)


@pytest.mark.parametrize(
    "forgery",
    [
        "a segment that is no list", "a segment with a value more", "a segment missing",
        "a segment of a row", "a segment nested too deep",
    ],
)  # fmt: skip
def test_a_forged_segment_is_grouped_as_the_files_say_without_a_traceback(
    tmp_path: Path, forgery: str
) -> None:
    """A segment of the last scan's columns that is none (its values no list, more values than
    the other columns, gone from one column) sets the cache aside: every file is read again. One
    beside a row that has no segments (the grouping's parts) is never read."""
    folder, _, _ = keeper_and_a_stranger_added(tmp_path)
    cache = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)
    if forgery == "a segment that is no list":
        cache.execute("UPDATE last_scan SET data = ? WHERE name = 'format#001'", (b'{"JPEG": 1}',))
    elif forgery == "a segment with a value more":
        cache.execute("UPDATE last_scan SET sizes = sizes || sizes WHERE name = 'width#001'")
    elif forgery == "a segment missing":
        cache.execute("DELETE FROM last_scan WHERE name = 'sharpness#001'")
    elif forgery == "a segment nested too deep":
        cache.execute(
            "UPDATE last_scan SET data = ? WHERE name = 'camera#001'", (b"[" * 100_000 + b"]" * 100_000,)
        )
    else:
        cache.execute(
            "INSERT INTO last_scan SELECT settings, name || '#001', sizes, data FROM last_scan"
            " WHERE name = ?",
            (cache_module._PARTS,),
        )
    cache.execute("DELETE FROM groupings")
    cache.commit()
    cache.close()

    again = scan_folder(folder)

    fresh = scan_folder(folder, use_cache=False)
    assert again.stats.images == fresh.stats.images == 2
    assert again.groups == fresh.groups == ()
    assert sorted(r.fingerprint.digest for r in again.images) == sorted(
        r.fingerprint.digest for r in fresh.images
    )
    if forgery == "a segment of a row":
        assert again.stats.cached == 2
    else:
        assert again.stats.cached == 0
        assert any("rebuilt" in str(warning) for warning in again.warnings)


def test_a_segment_numbered_out_of_turn_is_read_and_the_next_rescan_writes_the_columns_whole(
    tmp_path: Path,
) -> None:
    """A column's segment renumbered (width#001 as width#002): read in its order all the same, and
    the next rescan after pictures were added writes every column whole rather than add a segment
    whose number another holds."""
    folder, _, _ = keeper_and_a_stranger_added(tmp_path)
    cache = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)
    cache.execute("UPDATE last_scan SET name = 'width#002' WHERE name = 'width#001'")
    cache.commit()
    cache.close()
    assert scan_folder(folder).stats.cached == 2
    (folder / "c").mkdir()
    photo(44, (320, 240)).save(folder / "c" / "late.jpg", quality=90)
    assert scan_folder(folder).stats.cached == 2

    cache = sqlite3.connect(tmp_path / "cache" / CACHE_FILE)
    names = [name for (name,) in cache.execute("SELECT name FROM last_scan")]
    cache.close()
    assert not [name for name in names if "#" in name]
    again, fresh = scan_folder(folder), scan_folder(folder, use_cache=False)
    assert again.stats.cached == 3
    assert sorted(r.fingerprint.digest for r in again.images) == sorted(
        r.fingerprint.digest for r in fresh.images
    )
