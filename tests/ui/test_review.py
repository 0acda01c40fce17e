"""The review's own rules for "not duplicates", regrouping and keep rules: plain data, no Qt."""

from __future__ import annotations

from dataclasses import replace

from lookalike.core.matching import find_groups
from lookalike.core.models import Kind, Mode, ScanOptions
from lookalike.core.scan import scan
from lookalike.core.selection import SUGGESTED_RULES, KeepRule, Rule
from lookalike.ui.review import Held, Review, ReviewGroup

from .conftest import Photos


def review_of(photos: Photos) -> Review:
    return Review.from_result(scan([photos.root], ScanOptions(use_cache=False)))


def group_with(review: Review, path: object) -> tuple[int, ReviewGroup]:
    return next((row, g) for row, g in enumerate(review.groups) if path in g.paths)


def digest_of(group: ReviewGroup, path: object) -> str:
    return next(m.record.fingerprint.digest for m in group.members if m.path == path)


def test_taking_out_a_file_keeps_the_group_and_the_marks(photos: Photos) -> None:
    review = review_of(photos)
    row, beach = group_with(review, photos.beach)
    beach.keep[beach.paths_in_order().index(photos.beach_copy)] = True  # the person keeps the copy too
    taken = review.take_out(row, digest_of(beach, photos.beach_small), SUGGESTED_RULES)
    assert taken == [photos.beach_small]
    assert review.groups[row] is beach and beach.paths == {photos.beach, photos.beach_copy}
    assert beach.keep == [True, True]


def test_a_group_never_loses_its_last_keep_mark_by_taking_a_file_out(photos: Photos) -> None:
    review = review_of(photos)
    row, beach = group_with(review, photos.beach)
    beach.keep = [m.path == photos.beach_small for m in beach.members]  # only the small copy kept
    review.take_out(row, digest_of(beach, photos.beach_small), SUGGESTED_RULES)
    assert any(beach.keep) and beach.keep == [m.keep for m in beach.members]


def test_identical_copies_leave_together_and_stay_a_group_of_their_own(photos: Photos) -> None:
    review = review_of(photos)
    row, beach = group_with(review, photos.beach)
    taken = review.take_out(row, digest_of(beach, photos.beach), SUGGESTED_RULES)
    assert set(taken) == {photos.beach, photos.beach_copy}
    _row, exact = group_with(review, photos.beach)
    assert exact.paths == {photos.beach, photos.beach_copy} and exact.kind is Kind.EXACT
    assert exact.keep == [True, False] and exact.members[0].path == photos.beach
    assert photos.beach_small not in {m.path for g in review.groups for m in g.members}


def test_dissolving_a_group_keeps_its_exact_copies_grouped(photos: Photos) -> None:
    review = review_of(photos)
    row, _beach = group_with(review, photos.beach)
    review.dissolve(row, SUGGESTED_RULES)
    assert [g.paths for g in review.groups if photos.beach in g.paths] == [{photos.beach, photos.beach_copy}]
    assert len(review.groups) == 2


def test_regrouping_keeps_hand_marks_and_never_brings_back_moved_files(photos: Photos) -> None:
    review = review_of(photos)
    _row, city = group_with(review, photos.city)
    city.keep = [not keep for keep in city.keep]
    review.remove_files({photos.beach_copy})
    result = review.result
    regrouped = review.regrouped(replace(result, groups=find_groups(result.images, result.options)))
    assert (regrouped.kept_marks, regrouped.reset_groups) == (2, 0)
    assert group_with(regrouped.review, photos.city)[1].keep == city.keep
    assert photos.beach_copy not in {m.path for g in regrouped.review.groups for m in g.members}
    assert regrouped.review.gone == {photos.beach_copy}


def test_a_hand_mark_follows_its_file_into_a_changed_group_but_a_group_keeps_a_copy(photos: Photos) -> None:
    review = review_of(photos)
    _row, beach = group_with(review, photos.beach)
    beach.keep = [m.path in (photos.beach, photos.beach_copy) for m in beach.members]  # the copy kept too
    _row, city = group_with(review, photos.city)
    city.keep = [False] * len(city.keep)  # every copy to go
    exact = replace(review.result.options, mode=Mode.EXACT)  # the small copy leaves the beach group
    regrouped = review.regrouped(replace(review.result, groups=find_groups(review.result.images, exact)))
    marks = regrouped.review.marks()
    assert photos.beach_small not in marks
    assert marks[photos.beach] and marks[photos.beach_copy]
    assert marks[photos.city] and not marks[photos.city_copy]  # the suggestion: one copy stays
    assert (regrouped.kept_marks, regrouped.reset_groups) == (1, 1)


def test_applying_rules_marks_every_group_and_counts_hand_marks(photos: Photos) -> None:
    review = review_of(photos)
    assert review.hand_marked_groups() == 0
    review.groups[0].keep = [True] * len(review.groups[0].keep)
    assert review.hand_marked_groups() == 1
    review.apply_rules((KeepRule(Rule.NEWEST),))
    assert review.hand_marked_groups() == 0
    assert review.marks()[photos.beach_small] and not review.marks()[photos.beach]
    assert "newest" in group_with(review, photos.beach)[1].group.keep_reason


def test_a_file_seen_changed_or_gone_is_held_back_wherever_its_group_goes(photos: Photos) -> None:
    """A file marked DELETE that the window saw changed or gone is neither counted nor planned, in its
    group as it was when seen, in the groups that replace it (new rules, a regrouping) and after it
    changes groups; seen as scanned again, or marked KEEP, it is no longer held back."""
    review = review_of(photos)
    _row, beach = group_with(review, photos.beach)
    _row, city = group_with(review, photos.city)
    marked, freed = review.delete_count, review.delete_bytes
    small = next(m for m in beach.members if m.path == photos.beach_small)
    copy = next(m for m in city.members if m.path == photos.city_copy)
    assert review.saw_on_disk(beach, photos.beach_small, gone=False)
    assert review.saw_on_disk(city, photos.city_copy, gone=True)
    assert not review.saw_on_disk(city, photos.city_copy, gone=True)  # nothing new
    assert review.held_back() == [(small, Held.CHANGED), (copy, Held.GONE)]
    assert review.delete_count == marked - 2
    assert review.delete_bytes == freed - small.record.entry.size - copy.record.entry.size
    planned = {f.path for f in review.plan().deletions}
    assert planned == {photos.beach_copy}
    assert {c.folder: c.files for c in review.counts_per_folder()} == {photos.beach_copy.parent: 1}
    assert any(f.path == photos.beach and f.keep for g in review.plan().groups for f in g.files)

    review.apply_rules(SUGGESTED_RULES)  # every group a new one
    assert [m.path for m, _gone in review.held_back()] == [photos.beach_small, photos.city_copy]
    result = review.result
    regrouped = review.regrouped(replace(result, groups=find_groups(result.images, result.options))).review
    assert [m.path for m, _gone in regrouped.held_back()] == [photos.beach_small, photos.city_copy]

    row, beach = group_with(regrouped, photos.beach)
    regrouped.take_out(row, digest_of(beach, photos.beach), SUGGESTED_RULES)  # the small copy stays alone
    assert [m.path for m, _gone in regrouped.held_back()] == [photos.city_copy]  # in no group: not moved
    _row, city = group_with(regrouped, photos.city)
    city.keep = [True] * len(city.keep)
    assert regrouped.held_back() == []  # marked KEEP: nothing to hold back
    city.keep = [m.path != photos.city_copy for m in city.members]
    assert regrouped.saw_on_disk(city, photos.city_copy, gone=None)  # there again, as the scan saw it
    assert regrouped.held_back() == [] and photos.city_copy in {f.path for f in regrouped.plan().deletions}


def test_the_copies_marked_delete_of_a_group_whose_every_keeper_was_seen_otherwise_are_held_back(
    photos: Photos,
) -> None:
    """The move refuses a copy of a group that no longer keeps a copy as the scan saw it (core.actions:
    a copy marked KEEP must be there, unchanged). Once the window saw every copy marked KEEP gone or
    changed, the group's copies marked DELETE are held back too; they count again once a keeper is
    seen as scanned, or the person marks another copy KEEP. A group the person marked all DELETE
    (asked before moving) keeps no copy by choice, and holds nothing back for it."""
    review = review_of(photos)
    _row, beach = group_with(review, photos.beach)
    marked = review.delete_count
    deleted = {photos.beach_copy, photos.beach_small}
    assert {m.path for m, keep in zip(beach.members, beach.keep, strict=True) if not keep} == deleted

    assert review.saw_on_disk(beach, photos.beach, gone=True)  # its only keeper, gone: news
    assert {m.path: why for m, why in review.held_back()} == dict.fromkeys(deleted, Held.NO_KEEPER)
    assert review.delete_count == marked - 2
    assert review.delete_bytes_of(beach) == 0
    assert {f.path for f in review.plan().deletions} == {photos.city_copy}
    # Back, changed: nothing new held, but news all the same: the tiles and the header name why.
    assert review.saw_on_disk(beach, photos.beach, gone=False)
    assert {m.path for m, _why in review.held_back()} == deleted
    assert [(m.path, gone) for m, gone in review.lost_keepers(beach)] == [(photos.beach, False)]
    assert not review.saw_on_disk(beach, photos.beach, gone=False)  # nothing new

    small = beach.paths_in_order().index(photos.beach_small)
    beach.keep[small] = True  # the person keeps the small copy instead: the other is counted again
    assert review.held_back() == [] and review.delete_count == marked - 1
    beach.keep[small] = False
    assert review.saw_on_disk(beach, photos.beach_small, gone=False)  # the small copy itself changed
    assert {m.path: why for m, why in review.held_back()} == {
        photos.beach_copy: Held.NO_KEEPER,
        photos.beach_small: Held.CHANGED,  # its own reason first
    }
    assert review.saw_on_disk(beach, photos.beach, gone=None)  # the keeper as scanned again
    assert [(m.path, why) for m, why in review.held_back()] == [(photos.beach_small, Held.CHANGED)]

    assert review.saw_on_disk(beach, photos.beach, gone=True)
    beach.keep = [False] * len(beach.keep)  # every copy to go, the person's choice
    assert {m.path: why for m, why in review.held_back()} == {
        photos.beach: Held.GONE,
        photos.beach_small: Held.CHANGED,
    }
    assert not review.saw_on_disk(beach, photos.beach, gone=True)  # nothing new
