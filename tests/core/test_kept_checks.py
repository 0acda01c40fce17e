"""A rescan after files were added groups again, but takes the checks the last grouping made of its
pairs from the cache: only the new pairs' files are read again, and the groups are the ones a
grouping from scratch makes. Real files, the real scan and cache; the process's own memory of
looks is forgotten between scans, as a new run of the app would start."""

from __future__ import annotations

import gc
import json
import sqlite3
import struct
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from lookalike import samples
from lookalike.core import cache as cache_module
from lookalike.core import closer_look, matching
from lookalike.core.cache import CACHE_FILE, ThumbsUnavailable
from lookalike.core.models import Group, ImageRecord, Kind, Phase, Progress, ScanOptions, ScanResult
from lookalike.core.reasons import Code
from lookalike.core.scan import group_again, scan
from tests.core.test_lazy_thumbs import candidate_digests, candidate_pictures
from tests.core.test_masked_hashes import write_logo_pair


@pytest.fixture
def decoded(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """The names of the files the closer looks read again, counted; each scan starts as a new process
    would, knowing no look."""
    counts: Counter[str] = Counter()
    for name in ("rendition", "colour_rendition"):
        read = getattr(closer_look, name)

        def counted(record: ImageRecord, read=read) -> Image.Image | None:  # type: ignore[no-untyped-def]
            counts[record.entry.path.name] += 1
            return read(record)

        monkeypatch.setattr(closer_look, name, counted)
    yield counts


def fresh_scan(folder: Path, options: ScanOptions) -> ScanResult:
    matching._files_looker = None  # a new process: no look remembered in memory
    matching._thumb_checks.clear()
    return scan([folder], options)


def shape(result: ScanResult) -> list[list[tuple[str, object, object, object]]]:
    return shape_of(result.groups)


def write_crop_pair(folder: Path, seed: int) -> None:
    """A photo and a copy cropped off two sides, resaved: a pair the closer look settles."""
    picture = samples.photo(seed, (480, 360))
    picture.save(folder / f"crop{seed}.jpg", quality=90)
    picture.crop((30, 0, 480, 340)).save(folder / f"crop{seed}-cut.jpg", quality=80)


def _scanned_logo_and_crop_pairs(
    tmp_path: Path, decoded: Counter[str]
) -> tuple[Path, ScanOptions, ScanResult]:
    """A logo pair and a crop pair in tmp_path / "pics", scanned with a cache in tmp_path / "cache"."""
    pictures = tmp_path / "pics"
    write_logo_pair(pictures, 20, 0, turned=False)
    write_crop_pair(pictures, 31)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = fresh_scan(pictures, options)
    assert {"original.jpg", "logo.jpg"} <= set(decoded)  # the logo copy needed a closer look
    return pictures, options, first


def test_a_rescan_after_adding_pictures_reads_again_only_the_files_of_new_pairs(
    tmp_path: Path, decoded: Counter[str]
) -> None:
    pictures, options, first = _scanned_logo_and_crop_pairs(tmp_path, decoded)
    assert len(first.groups) == 2

    decoded.clear()
    write_crop_pair(pictures, 32)  # a new pair beside the old ones
    second = fresh_scan(pictures, options)
    assert [sorted(m.path.name for m in g.members) for g in second.groups] == [
        ["crop31-cut.jpg", "crop31.jpg"], ["crop32-cut.jpg", "crop32.jpg"], ["logo.jpg", "original.jpg"],
    ]  # fmt: skip
    assert set(decoded) <= {"crop32.jpg", "crop32-cut.jpg"}, decoded

    # The groups are the ones grouping from scratch makes, word for word.
    cache_module.FingerprintCache(tmp_path / "cache", options.fingerprint_key).close()
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as connection:
        connection.execute("DELETE FROM checks")
        connection.execute("DELETE FROM thumb_scores")
        connection.execute("DELETE FROM groupings")
    assert shape(fresh_scan(pictures, options)) == shape(second)


def test_an_update_of_only_the_search_or_the_keeper_rules_keeps_the_checks(
    tmp_path: Path, decoded: Counter[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The checks are tied to the code that makes them: an update that changes how likely pairs are
    # found (its candidate search kept under the code before is not taken) groups again without
    # reading the files of pairs it has checked; one of the checking code reads them again.
    pictures, options, first = _scanned_logo_and_crop_pairs(tmp_path, decoded)
    database = tmp_path / "cache" / CACHE_FILE
    with sqlite3.connect(database) as connection:
        checks = connection.execute("SELECT * FROM checks ORDER BY kind, a, b").fetchall()
        (search_code,) = connection.execute("SELECT DISTINCT code FROM searches").fetchone()

    monkeypatch.setattr(cache_module, "_code_digest", lambda: "another search code")
    with sqlite3.connect(database) as connection:
        connection.execute("DELETE FROM groupings")  # as the new code's grouping key would miss
    decoded.clear()
    assert shape(fresh_scan(pictures, options)) == shape(first)
    assert not decoded
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT * FROM checks ORDER BY kind, a, b").fetchall() == checks
        codes = {code for (code,) in connection.execute("SELECT code FROM searches")}
    assert codes == {"another search code"} != {search_code}  # searched again, and kept so

    monkeypatch.setattr(cache_module, "_checks_digest", lambda: "another checking code")
    with sqlite3.connect(database) as connection:
        connection.execute("DELETE FROM groupings")
    assert shape(fresh_scan(pictures, options)) == shape(first)
    assert {"original.jpg", "logo.jpg"} <= set(decoded)


def test_checks_kept_by_other_grouping_code_or_not_checks_at_all_are_not_taken(
    tmp_path: Path, decoded: Counter[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pictures = tmp_path / "pics"
    write_logo_pair(pictures, 20, 0, turned=False)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = fresh_scan(pictures, options)
    database = tmp_path / "cache" / CACHE_FILE
    with sqlite3.connect(database) as connection:
        kinds = dict(connection.execute("SELECT kind, count(*) FROM checks GROUP BY kind").fetchall())
        assert kinds.get("closer") and kinds.get("described")
        part = connection.execute("SELECT * FROM thumb_scores").fetchone()
        assert len(part[5]) == 8  # the pair's thumbs' checks: a masked pair's are made in each turn
        # Rows no check can be: the rescan must make those checks again, not fail or believe them.
        connection.execute("UPDATE checks SET answer = '[\"yes\", 7]' WHERE kind = 'closer'")
        connection.execute("UPDATE thumb_scores SET scores = x'00'")  # columns of other lengths
        for later, (variant, score) in enumerate(((9, 0.99), (0, float("nan")), (0, 3.0)), 1):  # none
            connection.execute(
                "INSERT INTO thumb_scores VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    *part[:2],
                    part[2] + later,
                    part[3][:16],
                    part[4][:16],
                    bytes([variant]),
                    struct.pack("<d", score),
                ),
            )
        connection.execute(  # text where the columns are bytes, of the lengths they would have
            "INSERT INTO thumb_scores VALUES (?, ?, ?, ?, ?, ?, ?)",
            (*part[:2], part[2] + 4, "r" * 16, "c" * 16, "v", "s" * 8),
        )
        connection.execute("UPDATE checks SET answer = '[\"pixels\", [7]]' WHERE kind = 'described'")
        bogus = connection.execute("SELECT * FROM checks WHERE kind = 'described'").fetchone()
        connection.execute(
            "INSERT INTO checks VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (*bogus[:3], bogus[4], bogus[3], bogus[5], "0.5", '["no tier", []]'),
        )  # the pair the other way round: a tier that is none
        connection.execute("DELETE FROM groupings")
    decoded.clear()
    second = fresh_scan(pictures, options)
    assert shape(second) == shape(first)
    assert {"original.jpg", "logo.jpg"} <= set(decoded)
    with sqlite3.connect(database) as connection:  # the thumbs' checks were made again, and kept
        kept = connection.execute("SELECT * FROM thumb_scores ORDER BY part DESC").fetchone()
    assert kept[3:] == part[3:]

    # New checking code: the checks of the old one are not taken, and are dropped.
    monkeypatch.setattr(cache_module, "_checks_digest", lambda: "another checking code")
    with sqlite3.connect(database) as connection:
        connection.execute("DELETE FROM groupings")
    decoded.clear()
    assert shape(fresh_scan(pictures, options)) == shape(first)
    assert {"original.jpg", "logo.jpg"} <= set(decoded)
    with sqlite3.connect(database) as connection:
        codes = {code for (code,) in connection.execute("SELECT DISTINCT code FROM checks")}
        codes |= {code for (code,) in connection.execute("SELECT DISTINCT code FROM thumb_scores")}
    assert codes == {"another checking code"}


@pytest.mark.parametrize("layout", [9, 10, 11])
def test_a_cache_of_a_layout_before_keeps_its_fingerprints_and_gains_the_checks_and_searches(
    tmp_path: Path, layout: int
) -> None:
    pictures = tmp_path / "pics"
    write_logo_pair(pictures, 20, 0, turned=False)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    fresh_scan(pictures, options)
    database = tmp_path / "cache" / CACHE_FILE
    with sqlite3.connect(database) as connection:  # as that layout left it
        connection.execute("DROP TABLE thumb_scores")
        if layout <= 10:
            connection.execute("DROP TABLE searches")
        if layout == 9:
            connection.execute("DROP TABLE checks")
        connection.execute("DELETE FROM groupings")  # so that the rescan groups again
        connection.execute(f"PRAGMA user_version={layout}")
    again = fresh_scan(pictures, options)
    assert again.stats.cached == again.stats.images == 2
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == cache_module._SCHEMA
        answers = [json.loads(a) for (a,) in connection.execute("SELECT answer FROM checks")]
        scores = connection.execute("SELECT sum(length(variants)) FROM thumb_scores").fetchone()[0]
        searches = connection.execute("SELECT threshold FROM searches").fetchall()
    assert answers and scores  # the regrouping kept its checks
    assert searches == [(8,)]  # and its candidate search


def test_grouping_again_at_another_sensitivity_in_a_new_session_reads_only_new_pairs(
    tmp_path: Path, decoded: Counter[str]
) -> None:
    """The window's slider groups again through group_again: the pairs an earlier session looked at
    (here a scan at the loose position) are not read again after a restart. The garbage collector
    pauses meanwhile (a full collection over the recalled checks froze the window), and runs
    again afterwards."""
    pictures = tmp_path / "pics"
    write_logo_pair(pictures, 20, 0, turned=False)
    write_crop_pair(pictures, 31)
    loose = ScanOptions(cache_dir=tmp_path / "cache", threshold=11)
    first = fresh_scan(pictures, loose)
    assert decoded
    decoded.clear()
    matching._files_looker = None  # a new session
    matching._thumb_checks.clear()
    collecting: list[bool] = []
    again = group_again(first.images, loose, progress=lambda _done, _total: collecting.append(gc.isenabled()))
    assert collecting and not any(collecting)
    assert gc.isenabled()
    assert not decoded
    assert [[m.path.name for m in g.members] for g in again] == [
        [m.path.name for m in g.members] for g in first.groups
    ]


def test_kept_checks_that_outgrow_what_a_grouping_uses_are_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pictures = tmp_path / "pics"
    write_logo_pair(pictures, 20, 0, turned=False)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    fresh_scan(pictures, options)
    database = tmp_path / "cache" / CACHE_FILE
    with sqlite3.connect(database) as connection:
        used = connection.execute("SELECT kind, a, b, variant, crop FROM checks").fetchall()
        settings, code = connection.execute("SELECT settings, code FROM checks").fetchone()
        connection.executemany(  # checks of pictures long gone
            "INSERT INTO checks VALUES (?, ?, 'thumbs', ?, ?, 0, '', '[0.5, null]')",
            [(settings, code, f"{n:032x}", f"{n + 1:032x}") for n in range(500)],
        )
        scored = connection.execute("SELECT refs, copies, variants, scores FROM thumb_scores").fetchall()
        gone = [(n.to_bytes(16, "big"), (n + 1).to_bytes(16, "big")) for n in range(500)]
        connection.execute(  # the same as columns, and the checks used once more
            "INSERT INTO thumb_scores VALUES (?, ?, 7, ?, ?, ?, ?)",
            (
                settings,
                code,
                b"".join(a for a, _ in gone) + scored[0][0],
                b"".join(b for _, b in gone) + scored[0][1],
                bytes(500) + scored[0][2],
                struct.pack("<d", 0.5) * 500 + scored[0][3],
            ),
        )
        connection.execute("DELETE FROM groupings")
    monkeypatch.setattr(cache_module, "_CHECKS_KEPT_ANYWAY", 100)
    write_crop_pair(pictures, 31)  # something to check, so that the cache is written to
    fresh_scan(pictures, options)
    with sqlite3.connect(database) as connection:
        kept = connection.execute("SELECT kind, a, b, variant, crop FROM checks").fetchall()
        parts = connection.execute("SELECT refs, copies, variants, scores FROM thumb_scores").fetchall()
    assert set(used) <= set(kept)
    assert len(kept) < 100
    assert len(parts) == 1  # one part: the checks of the pictures grouped, each once
    checks = _checks_of_part(parts[0])
    assert _checks_of_part(scored[0]) <= checks
    assert len(checks) == len(parts[0][2]) < 100


def _checks_of_part(part: tuple[bytes, ...]) -> set[tuple[bytes, ...]]:
    """The checks a part of thumb_scores holds: (ref, copy, variant, score) as bytes."""
    columns = [_split(column, size) for column, size in zip(part, (16, 16, 1, 8), strict=True)]
    return set(zip(*columns, strict=True))


def _split(column: bytes, size: int) -> list[bytes]:
    return [column[start : start + size] for start in range(0, len(column), size)]


def test_a_file_swapped_for_another_picture_does_not_inherit_the_checks_of_the_one_it_replaced(
    tmp_path: Path,
) -> None:
    """Checks are kept by the pictures' contents, not by their paths: a copy replaced by another
    picture under its name is checked afresh, and a stranger is not grouped on its predecessor's
    say-so."""
    pictures = tmp_path / "pics"
    copy = write_logo_pair(pictures, 20, 0, turned=False)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    assert len(fresh_scan(pictures, options).groups) == 1

    stranger = samples.photo(77, (480, 360))
    stranger.save(copy, quality=85)  # same name, another picture
    assert fresh_scan(pictures, options).groups == ()


def test_a_cache_of_this_layout_that_lost_its_checks_table_still_groups(tmp_path: Path) -> None:
    """A damaged or hand-made cache file that says it is of this layout but holds no checks table:
    grouping recalls nothing, keeps nothing, and gives the groups all the same."""
    pictures = tmp_path / "pics"
    write_logo_pair(pictures, 20, 0, turned=False)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = fresh_scan(pictures, options)
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as connection:
        connection.execute("DROP TABLE checks")
        connection.execute("DELETE FROM groupings")
    write_crop_pair(pictures, 31)
    again = fresh_scan(pictures, options)
    assert [sorted(m.path.name for m in g.members) for g in again.groups] == [
        ["crop31-cut.jpg", "crop31.jpg"], ["logo.jpg", "original.jpg"],
    ]  # fmt: skip
    assert shape(again)[1] == shape(first)[0]


def test_grouping_again_describes_its_members_from_kept_checks_without_a_thumb(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the checks of its pairs and what its groups said of each member kept, a regrouping reads
    no thumb at all: at 100,000 pictures describing 9,000 groups again took 3 s and held the thumbs
    of every member. With the descriptions gone it reads the thumbs of the pictures in similar
    groups only, not those of every picture in a likely pair (132 MB in the window)."""
    pictures = candidate_pictures(tmp_path / "pics")
    options = ScanOptions(cache_dir=tmp_path / "cache", workers=2)
    first = fresh_scan(pictures, options)
    fetched: list[str] = []
    read = cache_module.FingerprintCache.thumbs

    def counted(self: cache_module.FingerprintCache, records: Iterable[ImageRecord]) -> dict[str, bytes]:
        records = list(records)
        fetched.extend(record.fingerprint.digest for record in records)
        return read(self, records)

    monkeypatch.setattr(cache_module.FingerprintCache, "thumbs", counted)
    matching._thumb_checks.clear()
    again = group_again(first.images, options)
    assert shape_of(again) == shape(first)
    assert any(m.changes for g in again for m in g.members)  # told from what was kept
    assert fetched == []

    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as connection:
        assert connection.execute("DELETE FROM checks WHERE kind = 'described'").rowcount
    matching._thumb_checks.clear()
    again = group_again(first.images, options)
    assert shape_of(again) == shape(first)
    grouped = {m.record.fingerprint.digest for g in again if g.kind is Kind.SIMILAR for m in g.members}
    assert sorted(fetched) == sorted(grouped)  # each once
    assert grouped < candidate_digests(first)  # the others' checks were recalled, their thumbs not read


def test_a_description_made_while_a_file_could_not_be_read_is_not_kept(
    tmp_path: Path, decoded: Counter[str]
) -> None:
    """Fault: a copy's file vanishes as grouping starts, so the look in colour that decides whether
    it is the same picture cannot be made; what the group says of it then is not kept, and the next
    grouping, with the file back, makes that look and keeps what it finds."""
    pictures = tmp_path / "pics"
    pictures.mkdir()
    picture = samples.photo(11, (400, 300))
    picture.save(pictures / "beach.jpg", quality=95)
    picture.save(pictures / "beach.png")
    options = ScanOptions(cache_dir=tmp_path / "cache")
    aside = tmp_path / "aside.png"

    def take_away(progress: Progress) -> None:
        if progress.phase is Phase.MATCH and not aside.exists():
            (pictures / "beach.png").rename(aside)

    matching._files_looker = None
    first = scan([pictures], options, progress=take_away)
    assert [[m.path.name for m in g.members] for g in first.groups] == [["beach.jpg", "beach.png"]]
    assert "beach.png" in decoded  # the look in colour was tried
    assert not described_rows(tmp_path)

    aside.rename(pictures / "beach.png")
    decoded.clear()
    matching._files_looker = None
    again = group_again(first.images, options)
    assert {"beach.jpg", "beach.png"} <= set(decoded)  # the look in colour, made now
    assert [[m.path.name for m in g.members] for g in again] == [["beach.jpg", "beach.png"]]
    assert len(described_rows(tmp_path)) == 1


def described_rows(tmp_path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as connection:
        return connection.execute("SELECT a, b FROM checks WHERE kind = 'described'").fetchall()


def shape_of(groups: Iterable[Group]) -> list[list[tuple[str, object, object, object]]]:
    return [[(m.path.name, m.tier, m.score, m.changes) for m in g.members] for g in groups]


def test_the_checks_of_the_default_outlive_a_grouping_at_a_stricter_position(
    tmp_path: Path, decoded: Counter[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The slider to a strict position and back: the strict grouping uses only some of the default's
    checks, and however many more are kept, those of pictures it grouped stay (at 100,000 pictures
    going back to the default took 188 s instead of 14 when only the strict grouping's stayed)."""
    pictures = tmp_path / "pics"
    write_logo_pair(pictures, 20, 0, turned=False)
    write_crop_pair(pictures, 31)
    default = ScanOptions(cache_dir=tmp_path / "cache")
    first = fresh_scan(pictures, default)
    monkeypatch.setattr(cache_module, "_CHECKS_KEPT", 0)  # always more kept than a grouping uses
    monkeypatch.setattr(cache_module, "_CHECKS_KEPT_ANYWAY", 0)
    crop = next(r.fingerprint.digest for r in first.images if r.entry.path.name == "crop31.jpg")
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as connection:  # a check for it to make
        connection.execute("DELETE FROM checks WHERE kind = 'thumbs' AND (a = ? OR b = ?)", (crop, crop))
    strict = group_again(first.images, replace(default, threshold=4))
    assert len(strict) < len(first.groups)  # the logo copy is no candidate there
    decoded.clear()
    matching._files_looker = None  # a new session
    again = group_again(first.images, default)
    assert not decoded
    assert [[m.path.name for m in g.members] for g in again] == [
        [m.path.name for m in g.members] for g in first.groups
    ]


def test_thumbs_gone_from_the_cache_stop_a_regrouping_that_needs_them_with_a_reason(
    tmp_path: Path, decoded: Counter[str]
) -> None:
    """Hostile: the cache loses its thumbs between the scan and the slider (cleared by hand, another
    program). With every pair's checks kept, the regrouping reads thumbs only for the pictures it
    groups, late; their loss must still stop it with the reason the window shows, never read the
    files or pass a KeyError up."""
    pictures = tmp_path / "pics"
    write_logo_pair(pictures, 20, 0, turned=False)
    write_crop_pair(pictures, 31)
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = fresh_scan(pictures, options)
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as connection:
        assert connection.execute("SELECT count(*) FROM checks").fetchone()[0]
        connection.execute("DELETE FROM thumbs")
    decoded.clear()
    matching._files_looker = None
    assert shape_of(group_again(first.images, options)) == shape(first)  # all it needs was kept
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE) as connection:
        connection.execute("DELETE FROM checks WHERE kind = 'described'")
    with pytest.raises(ThumbsUnavailable) as lost:
        group_again(first.images, options)
    assert lost.value.reason.code is Code.CACHE_THUMBS_GONE
    assert not decoded


@pytest.mark.parametrize(
    "score", ["0.873", "1", "1e400", "NaN", "-0.0", "true", '"0.5"', "[0.5]", "{}", "", "0.5, 0.6"]
)
def test_a_kept_thumbs_check_reads_the_same_without_the_json_reader(score: str) -> None:
    # The usual row, a score without a crop, is read without json.loads: what that refuses
    # (or reads as no number) is refused alike, the numbers are the same.
    from lookalike.core.matching import PairChecks

    def read(answer: str) -> str:
        checks = PairChecks()
        try:
            cache_module._add_check(checks, "thumbs", "a", "b", 0, "", answer)
        except (ValueError, TypeError, KeyError, IndexError):
            return "refused"
        return repr(checks.thumbs[("a", "b", 0)])

    assert read(f"[{score}, null]") == read(f"[{score},null]")  # without the space: json.loads
    assert read(f"{score}, null]") == read(f"x{score}, null]") == "refused"


def test_a_regrouping_reads_no_thumb_for_a_pair_the_last_grouping_never_had_to_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A photo and two smaller copies: the photo's group takes both, so the pair of the two copies
    is never checked. Grouping again with every check kept reads no thumb for that pair ahead (at
    500,000 pictures 25,000 thumbs, 2 s); a new picture beside them still has its thumbs read."""
    pictures = tmp_path / "pics"
    pictures.mkdir()
    beach = samples.photo(21, (480, 360))
    beach.save(pictures / "beach.jpg", quality=92)
    for width in (360, 240):
        beach.resize((width, width * 3 // 4), Image.Resampling.LANCZOS).save(pictures / f"beach{width}.jpg")
    options = ScanOptions(cache_dir=tmp_path / "cache")
    first = fresh_scan(pictures, options)
    assert [sorted(m.path.name for m in g.members) for g in first.groups] == [
        ["beach.jpg", "beach240.jpg", "beach360.jpg"]
    ]
    fetched: list[str] = []
    read = cache_module.FingerprintCache.thumbs

    def counted(
        self: cache_module.FingerprintCache, records: Iterable[ImageRecord], **how: bool
    ) -> dict[str, bytes]:
        records = list(records)
        fetched.extend(record.entry.path.name for record in records)
        return read(self, records, **how)

    monkeypatch.setattr(cache_module.FingerprintCache, "thumbs", counted)
    matching._thumb_checks.clear()
    assert shape_of(group_again(first.images, options)) == shape(first)
    assert fetched == []

    write_crop_pair(pictures, 33)  # new pictures: their pairs are checked, from their thumbs
    second = fresh_scan(pictures, options)
    assert len(second.groups) == 2
    assert {"crop33.jpg", "crop33-cut.jpg"} <= set(fetched)
    assert not {"beach240.jpg", "beach360.jpg"} & set(fetched)


def test_an_update_of_the_decoding_the_closer_looks_use_checks_the_pairs_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The closer looks decode the files (imaging.py, fingerprint.py): an edit there may change
    # their verdicts, so it ties the kept checks to new code, as an edit of the checks' own code
    # does; an edit of the search (hamming.py) leaves them be.
    import shutil

    source = Path(cache_module.__file__).parent
    copy = tmp_path / "core"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "__file__", str(copy / "cache.py"))

    def digests() -> tuple[str, str]:
        return cache_module._checks_digest.__wrapped__(), cache_module._code_digest.__wrapped__()

    before = digests()
    assert before == (cache_module._checks_digest(), cache_module._code_digest())  # the copy is the code
    seen = {before}
    for name in ("imaging.py", "fingerprint.py", "closer_look.py"):
        with (copy / name).open("a", encoding="utf-8") as edited:
            edited.write("\n# an update\n")
        now = digests()
        assert now[0] not in {checks for checks, _ in seen} and now[1] not in {code for _, code in seen}, name
        seen.add(now)
    checks, _ = digests()
    with (copy / "hamming.py").open("a", encoding="utf-8") as edited:
        edited.write("\n# an update of the search\n")
    assert digests()[0] == checks
