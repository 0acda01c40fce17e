"""Many pictures' records held as columns: a million ImageRecords as objects took about a gigabyte
(952 bytes a picture in tests/benchmarks/grouping.py), as columns they take about 400 bytes.

`Pictures` is a Sequence of ImageRecord: `pictures[i]` makes the record of one picture when a
group, the report or the window needs it, and the passes over every picture (matching's contents,
hash tables and keeper order) read the columns. The columns are the standard library's arrays, so
that a scan which groups nothing loads no NumPy.
"""

from __future__ import annotations

import os
import sys
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import fields
from itertools import accumulate, islice, pairwise
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast, overload

from lookalike.core.models import FileEntry, Fingerprint, ImageRecord, made_by_fields

# Python 3.11 parses every Path made from a string (2 us a file, a quarter of a rescan's discovery
# beside the stat itself), and makes its text again from the parts the first time str() is asked
# for (another 2 us: the cache and the grouping key ask). Its own directory walks make a child
# from the folder's parsed parts with the private _make_child_relpath, as discovery and records'
# paths do, the text kept as it was made. Later Pythons parse lazily, and 3.13 has no such method.
PARSED_CHILDREN = sys.version_info < (3, 12)

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

_CHUNK = 65_536  # records turned into columns at once
# Records made and held for the next ask of one: grouping asks for those of each candidate pair in
# the check, the description and the group. About 1 KB each: 131,072 held were 130 MB of the peak
# of grouping 500,000 pictures.
_RECORDS_HELD = 32_768


class _Column(Protocol):
    def extend(self, values: list[Any]) -> None: ...

    def __getitem__(self, index: int) -> Any: ...


class _Numbers:
    """Whole numbers, flags or floats as machine values; as a list once one does not fit (a huge
    number in a forged result file) or is None where None is not allowed."""

    def __init__(self, typecode: str, read: Callable[[Any], Any] = lambda value: value) -> None:
        self.values: array[Any] | list[Any] = array(typecode)
        self._read = read  # a flag comes back as a bool, not as 0 or 1

    def extend(self, values: list[Any]) -> None:
        if isinstance(self.values, array):
            try:
                self.values.extend(array(self.values.typecode, values))
                return
            except (OverflowError, TypeError):
                self.values = self.values.tolist()
        self.values.extend(values)

    def __getitem__(self, index: int) -> Any:
        value = self.values[index]
        return self._read(value) if isinstance(self.values, array) else value


class _Optional:
    """Whole numbers or None (a change time not known): the numbers, and which are None."""

    def __init__(self) -> None:
        self.numbers = _Numbers("q")
        self.missing: bytearray | None = None  # a byte a picture, once one is None

    def extend(self, values: list[int | None]) -> None:
        before = len(self.numbers.values)
        if self.missing is None and None in values:
            self.missing = bytearray(before)
        if self.missing is None:  # none is None
            self.numbers.extend(values)
            return
        self.missing.extend(value is None for value in values)
        self.numbers.extend([0 if value is None else value for value in values])

    def __getitem__(self, index: int) -> int | None:
        if self.missing is not None and self.missing[index]:
            return None
        return self.numbers[index]  # type: ignore[no-any-return]


class JoinedBytes(Sequence[bytes]):
    """Byte strings as a cache keeps a column of them: one after the other in `data`, with each
    one's length. Gathering.add_fingerprints takes them so as they are, without a bytes object each
    (the last scan of 100,000 pictures loaded in 0.28 s instead of 0.31)."""

    def __init__(self, lengths: array[int], data: bytes) -> None:
        if sum(lengths) != len(data):
            raise ValueError("the lengths of joined bytes do not add up")
        self.lengths, self.data = lengths, data
        self.starts = array("q", accumulate(lengths, initial=0))

    def __len__(self) -> int:
        return len(self.lengths)

    @overload
    def __getitem__(self, index: int) -> bytes: ...
    @overload
    def __getitem__(self, index: slice) -> list[bytes]: ...
    def __getitem__(self, index: int | slice) -> bytes | list[bytes]:
        if isinstance(index, slice):
            return [self[at] for at in range(len(self))[index]]
        at = range(len(self))[index]
        return self.data[self.starts[at] : self.starts[at + 1]]


class _Blobs:
    """Byte strings, one after the other in one blob, with where each starts."""

    def __init__(self) -> None:
        # Grown in place: joining parts at the end held the blob twice, and the heap kept that.
        self.blob = bytearray()
        self.starts = array("q", [0])
        self.widths: set[int] = set()  # the lengths seen: one when every value is as long

    def extend(self, values: list[bytes]) -> None:
        self.extend_concatenated(b"".join(values), map(len, values))

    def extend_concatenated(self, joined: bytes, lengths: Iterable[int]) -> None:
        """Add the byte strings `joined` holds one after the other, of these lengths."""
        lengths = list(lengths)
        self.widths.update(lengths)
        self.starts.extend(islice(accumulate(lengths, initial=self.starts[-1]), 1, None))
        self.blob += joined

    def __getitem__(self, index: int) -> bytes:
        return bytes(self.blob[self.starts[index] : self.starts[index + 1]])

    def each(self, places: Sequence[int]) -> list[bytes]:
        """The byte strings at `places` (a record's three hash columns, 16,000 records: 3.4 ms
        here, 4.3 through __getitem__)."""
        blob, starts = self.blob, self.starts
        return [bytes(blob[starts[p] : starts[p + 1]]) for p in places]

    def extend_joined(self, joined: JoinedBytes) -> None:
        self.widths.update(set(joined.lengths))
        end = self.starts[-1]
        self.starts.extend(
            joined.starts[1:] if not end else array("q", [start + end for start in joined.starts[1:]])
        )
        self.blob += joined.data


class _Texts:
    """Texts (or None) as UTF-8 in one blob; a name that is not UTF-8 (its bytes held as lone
    surrogates) passes through as itself."""

    def __init__(self) -> None:
        self.bytes = _Blobs()
        self.missing: bytearray | None = None

    def extend(self, values: Sequence[str | None]) -> None:
        before = len(self.bytes.starts) - 1
        if self.missing is None and None in values:
            self.missing = bytearray(before)
        texts = cast(Sequence[str], values)
        if self.missing is not None:
            self.missing.extend(value is None for value in values)
            texts = [value or "" for value in values]
        joined = "".join(texts)
        if joined.isascii():  # as many bytes as characters: encoded at once (a folder's names)
            self.bytes.extend_concatenated(joined.encode("ascii"), map(len, texts))
        else:
            self.bytes.extend([text.encode("utf-8", "surrogatepass") for text in texts])

    def __getitem__(self, index: int) -> str | None:
        if self.missing is not None and self.missing[index]:
            return None
        return self.bytes[index].decode("utf-8", "surrogatepass")

    def each(self, places: Sequence[int]) -> list[str]:
        """The texts at `places` ("" for None): the blob decoded once when it is ASCII and they are
        many (decoding 100,000 names whole took 0.14 ms, as long as 700 of them one by one)."""
        blob, starts = self.bytes.blob, self.bytes.starts
        if len(places) * _DECODED_WHOLE_FROM < len(blob) or not blob.isascii():
            return [blob[starts[p] : starts[p + 1]].decode("utf-8", "surrogatepass") for p in places]
        text = blob.decode("ascii")
        return [text[starts[p] : starts[p + 1]] for p in places]


# A column of texts is decoded whole for at least one text in this many of its bytes.
_DECODED_WHOLE_FROM = 2048


class _Codes:
    """Values of which there are few (formats, cameras, folders): each held once, a number a picture."""

    def __init__(self) -> None:
        self.codes = array("i")
        self.values: list[Any] = []
        self._index: dict[Any, int] = {}

    def extend(self, values: list[Any]) -> None:
        index, known = self._index, self.values
        for value in dict.fromkeys(values):
            if value not in index:
                index[value] = len(known)
                known.append(value)
        self.codes.extend(map(index.__getitem__, values))

    def extend_same(self, value: Any, count: int) -> None:
        """extend([value] * count), without the list."""
        if count:
            self.extend([value])
            self.codes.extend(self.codes[-1:] * (count - 1))

    def __getitem__(self, index: int) -> Any:
        return self.values[self.codes[index]]


class InFolder(Sequence[str]):
    """The paths of files in one folder, as the folder's text up to and with its last separator
    (`folder`) and their names, which hold no separator (as a folder is listed): how discovery
    hands on a folder's files, so that Gathering need not split each path again."""

    def __init__(self, folder: str, names: list[str]) -> None:
        if not folder.endswith(os.sep):
            raise ValueError(f"not a folder's text up to its last separator: {folder!r}")
        self.folder, self.names = folder, names

    @classmethod
    def of(cls, text: str) -> InFolder:
        """The path `text` alone."""
        folder, separator, name = text.rpartition(os.sep)
        return cls(folder + separator, [name]) if separator else cls(os.sep, [text])

    def __len__(self) -> int:
        return len(self.names)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self.folder + name for name in self.names[index]]
        return self.folder + self.names[index]

    def __iter__(self) -> Iterator[str]:
        folder = self.folder
        return (folder + name for name in self.names)


class _Paths:
    """Paths as the text up to their last separator ("/a/b/"; a code: a library's files share a
    few thousand folders) and their name after it: the text is the two joined, whatever it is."""

    def __init__(self) -> None:
        self.prefixes = _Codes()
        self.names = _Texts()

    def extend(self, values: Sequence[Any]) -> None:
        if isinstance(values, InFolder):  # a folder's files: one prefix, the names as they are
            self.prefixes.extend_same(values.folder, len(values))
            self.names.extend(values.names)
            return
        prefixes, names = [], []
        separator = os.sep
        for text in map(os.fspath, values):
            folder, sep, name = text.rpartition(separator)
            prefixes.append(folder + sep)
            names.append(name)
        self.prefixes.extend(prefixes)
        self.names.extend(names)

    def folders(self) -> list[str]:
        """By code, the folder of the paths with that prefix, as os.path.split gives it."""
        return [os.path.split(prefix + "_")[0] for prefix in self.prefixes.values]

    def __getitem__(self, index: int) -> Path:
        return Path(self.text(index))

    def text(self, index: int) -> str:
        name = self.names.bytes[index].decode("utf-8", "surrogatepass")
        prefix: str = self.prefixes.values[self.prefixes.codes[index]]
        return prefix + name

    def texts(self, places: Sequence[int]) -> list[str]:
        prefixes, codes = self.prefixes.values, self.prefixes.codes
        names = self.names.each(places)
        return [prefixes[codes[place]] + name for place, name in zip(places, names, strict=True)]

    def paths(self, places: Sequence[int]) -> list[Path]:
        """Path(text) of the paths at `places`, each made from its folder's Path, parsed once, as
        discovery.paths_of makes them, but from the folder held rather than split off the text: a
        rescan's groups, 25,000 members, took 107 ms so, 55 ms this way."""
        prefixes, codes = self.prefixes.values, self.prefixes.codes
        names = self.names.each(places)
        if not PARSED_CHILDREN:
            return [Path(prefixes[codes[place]] + name) for place, name in zip(places, names, strict=True)]
        parents: dict[int, Path | None] = {}
        made = []
        for place, name in zip(places, names, strict=True):
            code = codes[place]
            if code not in parents:
                parents[code] = _parent_of(prefixes[code])
            parent = parents[code]
            if parent is None or not _plain_name(name):
                made.append(Path(prefixes[code] + name))
            else:
                child: Path = parent._make_child_relpath(name)  # type: ignore[attr-defined]
                child._str = prefixes[code] + name  # type: ignore[attr-defined]  # what str(child) would make
                made.append(child)
        return made


def _parent_of(prefix: str) -> Path | None:
    """The Path of the folder whose paths begin with `prefix` (its text and a separator, or a root),
    None when Path spells that folder otherwise ("/a/./", "/a//") or has no part ("./", whose
    paths Path spells without it): its paths are parsed whole."""
    parent = Path(prefix)
    spelt = str(parent)
    same = spelt + os.sep == prefix or (spelt == prefix and prefix.endswith(os.sep))
    return parent if same and parent.parts else None


def _plain_name(name: str) -> bool:
    """Whether Path takes `name` after a folder as one part of its own, as it is."""
    return name not in ("", ".") and not (os.altsep and os.altsep in name)


class _Digests:
    """Hex XXH3-128 digests as their 16 bytes; as texts when one is not such a digest in lowercase
    hex (a forged cache or result), so every digest comes back as it was."""

    def __init__(self) -> None:
        self.raw: bytearray | None = bytearray()
        self.texts: _Texts | None = None

    def extend(self, values: list[str]) -> None:
        if self.raw is not None:
            joined = "".join(values)
            try:
                raw = bytes.fromhex(joined)
            except ValueError:
                raw = b""
            # Each 32 lowercase hex digits (one of 30 and one of 34 would join as two of 32).
            if raw.hex() == joined and set(map(len, values)) <= {32}:
                self.raw += raw
                return
            self.texts = _Texts()
            self.texts.extend([self.raw[i : i + 16].hex() for i in range(0, len(self.raw), 16)])
            self.raw = None
        assert self.texts is not None
        self.texts.extend(values)

    def __getitem__(self, index: int) -> str:
        if self.raw is not None:
            return self.raw[16 * index : 16 * index + 16].hex()
        assert self.texts is not None
        return self.texts[index]  # type: ignore[return-value]


class _Objects:
    """The values themselves: the thumbs, most often b"" or one shared object."""

    def __init__(self) -> None:
        self.values: list[Any] = []

    def extend(self, values: list[Any]) -> None:
        self.values.extend(values)

    def __getitem__(self, index: int) -> Any:
        return self.values[index]


_WHOLE: Callable[[], _Column] = lambda: _Numbers("q")  # noqa: E731
_FLAG: Callable[[], _Column] = lambda: _Numbers("b", bool)  # noqa: E731
# How each field of FileEntry and Fingerprint is held (a field missing here fails the tests).
_HELD: dict[str, Callable[[], _Column]] = {
    "path": _Paths,
    "size": _WHOLE,
    "mtime_ns": _WHOLE,
    "in_reference_root": _FLAG,
    "device": lambda: _Numbers("Q"),
    "inode": lambda: _Numbers("Q"),
    "ctime_ns": _Optional,
    "links": _WHOLE,
    "digest": _Digests,
    "width": _WHOLE,
    "height": _WHOLE,
    "format": _Codes,
    "taken_at": _Texts,
    "packed_hashes": _Blobs,
    "thumb": _Objects,
    "flat": _FLAG,
    "crop_hashes": _Blobs,
    "masked_hashes": _Blobs,
    "camera": _Codes,
    "grayscale": _FLAG,
    "alpha": _FLAG,
    "frames": _WHOLE,
    "sharpness": lambda: _Numbers("d"),
    "hash_width": _WHOLE,
}
_ENTRY_FIELDS = tuple(field.name for field in fields(FileEntry))
_FINGERPRINT_FIELDS = tuple(field.name for field in fields(Fingerprint))


class Pictures(Sequence[ImageRecord]):
    """ImageRecords held as columns (see the module's note); `pictures[i]` makes one record.

    Made of records still held elsewhere (`of`), it gives those records back and makes each column
    only when a pass first asks for it.
    """

    __slots__ = ("_columns", "_count", "_made", "_order", "_readers", "_records")

    def __init__(
        self,
        columns: dict[str, Any],
        count: int,
        order: array[int] | None = None,
        records: Sequence[ImageRecord] | None = None,
    ) -> None:
        self._columns = columns
        self._count = count
        self._order = order  # a view's positions among the columns' pictures
        self._records = records  # the records the columns are made of, when still held
        self._readers: tuple[list[Callable[[int], Any]], ...] = ()
        self._made: dict[int, ImageRecord] = {}  # by place: records made lately, shared with views

    @classmethod
    def of(cls, records: Sequence[ImageRecord]) -> Pictures:
        """`records` as Pictures: their columns made when asked for; record i is records[i]."""
        if isinstance(records, Pictures):
            return records
        return cls({}, len(records), records=records)

    @classmethod
    def made(cls, parts: Iterable[tuple[list[FileEntry], list[Fingerprint]]]) -> Pictures:
        """The records of each part's entries and fingerprints (two lists as long), as columns:
        parts made one at a time are let go of before the next is read."""
        count = 0

        def counted() -> Iterator[tuple[list[FileEntry], list[Fingerprint]]]:
            nonlocal count
            for entries, fingerprints in parts:
                if len(entries) != len(fingerprints):
                    raise ValueError("a part holds more entries than fingerprints, or fewer")
                count += len(entries)
                yield entries, fingerprints

        columns = _columns(counted(), _HELD)
        return cls(columns, count)

    def __len__(self) -> int:
        return len(self._order) if self._order is not None else self._count

    @overload
    def __getitem__(self, index: int) -> ImageRecord: ...

    @overload
    def __getitem__(self, index: slice) -> Pictures: ...

    def __getitem__(self, index: int | slice) -> ImageRecord | Pictures:
        if isinstance(index, slice):
            return self.picked(range(len(self))[index])
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("picture index out of range")
        place = self._order[index] if self._order is not None else index
        if self._records is not None:
            return self._records[place]
        made = self._made.get(place)
        if made is None:
            if len(self._made) >= _RECORDS_HELD:  # let go of the older half (a dict keeps its order)
                for older in list(islice(self._made, _RECORDS_HELD // 2)):
                    self._made.pop(older, None)  # another thread may have taken it
            made = self._made[place] = self._record(place)
        return made

    def field(self, name: str, index: int) -> Any:
        """The field `name` of FileEntry or Fingerprint of the picture at `index`, read without
        making its record (a thumbs' check reads three fields of each picture: made, its two
        records were two thirds of the check's time)."""
        place = self._order[index] if self._order is not None else index
        if self._records is not None:
            record = self._records[place]
            return getattr(record.entry if name in _ENTRY_FIELDS else record.fingerprint, name)
        return self._column(name)[place]

    def __iter__(self) -> Iterator[ImageRecord]:  # each made anew: a pass over all holds none
        if self._records is not None:
            return map(self._records.__getitem__, self._places_here())
        return map(self._record, self._places_here())

    def __repr__(self) -> str:
        return f"Pictures({len(self)} pictures)"

    def _places_here(self) -> Sequence[int]:
        return self._order if self._order is not None else range(self._count)

    def _record(self, place: int) -> ImageRecord:
        if not self._readers:
            self._readers = tuple(
                [_reader(self._columns[name]) for name in names]
                for names in (_ENTRY_FIELDS, _FINGERPRINT_FIELDS)
            )
        entry, fingerprint = self._readers
        return ImageRecord(
            FileEntry(*[read(place) for read in entry]), Fingerprint(*[read(place) for read in fingerprint])
        )

    def _column(self, name: str) -> Any:
        column = self._columns.get(name)
        if column is None:
            if self._records is None or name not in _HELD:
                raise KeyError(name)
            records = self._records
            of_entry = name in _ENTRY_FIELDS  # only that side of each record is read
            side = attrgetter("entry" if of_entry else "fingerprint")

            def parts() -> Iterator[tuple[list[Any], list[Any]]]:
                for lo in range(0, len(records), _CHUNK):
                    objects = list(map(side, records[lo : lo + _CHUNK]))
                    yield (objects, []) if of_entry else ([], objects)

            column = self._columns[name] = _columns(parts(), {name: _HELD[name]})[name]
        return column

    def picked(self, positions: Iterable[int]) -> Pictures:
        """These pictures, by their positions here, in this order (no column is copied)."""
        places = array("q", positions)
        if self._order is not None:
            places = array("q", [self._order[place] for place in places])
        picked = Pictures(self._columns, self._count, places, self._records)
        picked._readers, picked._made = self._readers, self._made
        return picked

    def records_at(self, positions: Iterable[int], *, held: bool = True) -> list[ImageRecord]:
        """The records at these positions, those not made yet made together, field by field (a
        rescan's kept groups: 2 us a record where one by one took 8 us); held like pictures[i]
        unless not `held` (the caller holds them as long as they are needed)."""
        places = [self._order[p] for p in positions] if self._order is not None else list(positions)
        if self._records is not None:
            return list(map(self._records.__getitem__, places))
        found = {place: self._made.get(place) for place in places}
        wanted = [place for place, record in found.items() if record is None]
        if wanted:
            sides = []
            for kind, names in ((FileEntry, _ENTRY_FIELDS), (Fingerprint, _FINGERPRINT_FIELDS)):
                values = {
                    name: self._columns[name].paths(wanted)
                    if name == "path"
                    else _values_at(self._columns[name], wanted)
                    for name in names
                }
                sides.append(made_by_fields(kind, len(wanted), values))
            for place, record in zip(wanted, map(ImageRecord, *sides), strict=True):
                found[place] = record
                if held:
                    self._made[place] = record
        return list(map(found.__getitem__, places))  # type: ignore[arg-type]

    # The columns, for passes over every picture: NumPy arrays and lists in this sequence's order.

    def _places(self) -> npt.NDArray[np.int64] | None:
        import numpy as np

        if self._order is None:
            return None
        return np.frombuffer(self._order, dtype=np.int64) if len(self._order) else np.zeros(0, np.int64)

    def numbers(self, name: str) -> npt.NDArray[Any]:
        """The field `name` (a number or flag of FileEntry or Fingerprint) of every picture."""
        import numpy as np

        column = self._column(name)
        held = column.numbers if isinstance(column, _Optional) else column
        values = held.values
        found: npt.NDArray[Any]
        if isinstance(values, array):
            dtype = {"b": np.bool_, "q": np.int64, "Q": np.uint64, "d": np.float64}[values.typecode]
            found = np.frombuffer(values, dtype=dtype) if len(values) else np.zeros(0, dtype)
        else:
            found = np.array(values, dtype=object)
        places = self._places()
        return found if places is None else found[places]

    def values(self, name: str, start: int = 0, stop: int | None = None) -> list[Any]:
        """The field `name` of every picture (from `start` to `stop`), as Python values (a path as
        its text)."""
        return _values_at(self._column(name), self._places_here()[start:stop])

    def path_parts(self) -> tuple[npt.NDArray[np.int32], list[str], list[str]]:
        """Every picture's folder (a code: its place in the list of folders), the folders and
        every picture's name; its path is os.path.join(folder, name)."""
        import numpy as np

        column: _Paths = self._column("path")
        codes = np.frombuffer(column.prefixes.codes, dtype=np.int32) if self._count else np.zeros(0, np.int32)
        places = self._places()
        names = column.names.each(self._places_here())
        return (codes if places is None else codes[places]), column.folders(), names

    def digest_bytes(self) -> npt.NDArray[np.void] | None:
        """Every picture's digest as 16 bytes, or None when one is no lowercase hex digest."""
        import numpy as np

        column: _Digests = self._column("digest")
        if column.raw is None:
            return None
        found = np.frombuffer(column.raw, dtype="V16") if column.raw else np.zeros(0, "V16")
        places = self._places()
        return found if places is None else found[places]

    def digests(self) -> Sequence[str]:
        """Every picture's digest (hex), each made when asked for (a million as texts take 89 MB)."""
        if self._records is not None:  # the records' own texts
            return [record.fingerprint.digest for record in self]
        return _Each(self._column("digest").__getitem__, self._places_here())

    def digest_text(self) -> str:
        """Every picture's digest (hex), one after the other."""
        column: _Digests = self._column("digest")
        if column.raw is not None and self._order is None:
            return column.raw.hex()
        return "".join(self.digests())

    def column_bytes(self, name: str) -> bytes | None:
        """The values of field `name` of every picture as bytes that tell them apart, to hash (what
        they are held as, not a Python value each: 0.06 s of a rescan of 100,000 pictures); None
        where this is a view, or the column holds Python objects (a forged cache's values). Two
        columns of the same values give the same bytes, however they were gathered."""
        if self._order is not None:
            return None
        column = self._column(name)
        if isinstance(column, _Optional):
            missing = column.missing if column.missing is not None and any(column.missing) else b""
            numbers = _held_bytes(column.numbers)
            return None if numbers is None else b"o%d:" % len(missing) + bytes(missing) + numbers
        if isinstance(column, _Numbers):
            return _held_bytes(column)
        if isinstance(column, _Paths):
            return _paths_bytes(column)
        if isinstance(column, _Digests):
            return None if column.raw is None else b"d" + bytes(column.raw)
        return None

    def coded(self, name: str) -> tuple[npt.NDArray[np.int32], list[Any]] | None:
        """The field `name` of every picture as a code each and the values the codes stand for (more
        may be there than the pictures take), when the column holds it so (formats, cameras)."""
        import numpy as np

        column = self._column(name)
        if not isinstance(column, _Codes):
            return None
        codes = np.frombuffer(column.codes, dtype=np.int32) if len(column.codes) else np.zeros(0, np.int32)
        places = self._places()
        return (codes if places is None else codes[places]), column.values

    def missing(self, name: str) -> npt.NDArray[np.bool_]:
        """Whether the text field `name` (taken_at) of each picture is None."""
        import numpy as np

        column: _Texts = self._column(name)
        flags = (
            np.frombuffer(column.missing, dtype=np.uint8).astype(np.bool_)
            if column.missing is not None
            else np.zeros(self._count, dtype=np.bool_)
        )
        places = self._places()
        return flags if places is None else flags[places]

    def joined(self, name: str) -> memoryview | None:
        """The bytes field `name` of every picture, one after the other, when this is no view (the
        column's own bytes, not a copy)."""
        if self._order is not None:
            return None
        column = self._column(name)
        return memoryview(column.blob if isinstance(column, _Blobs) else column.bytes.blob)

    def lengths(self, name: str) -> npt.NDArray[np.int64]:
        """The length of the bytes field `name` of every picture."""
        import numpy as np

        column: _Blobs = self._column(name)
        lengths = np.diff(np.frombuffer(column.starts, dtype=np.int64)).astype(np.int64)
        places = self._places()
        return lengths if places is None else lengths[places]

    def words(self, name: str, per: int) -> npt.NDArray[np.uint64] | None:
        """The bytes field `name` of every picture as `per` big-endian 64-bit words, word by word
        (row w of the (per, N) result is word w of every picture); None when one picture's field
        is not 8 * per bytes long."""
        import numpy as np

        column: _Blobs = self._column(name)
        if len(self) and not bool((self.lengths(name) == 8 * per).all()):
            return None
        words = np.empty((per, len(self)), dtype=np.uint64)
        blob = np.frombuffer(column.blob, dtype=np.uint8) if column.blob else np.zeros(0, np.uint8)
        starts = np.frombuffer(column.starts, dtype=np.int64)[:-1]
        places = self._places()
        if column.widths == {8 * per}:  # every picture's as long: a row each
            rows = blob.view(">u8").reshape(-1, per)
            for lo in range(0, len(self), _CHUNK):
                words[:, lo : lo + _CHUNK] = (
                    rows[lo : lo + _CHUNK] if places is None else rows[places[lo : lo + _CHUNK]]
                ).T
            return words
        # Some pictures' are longer or shorter: byte by byte, a few thousand pictures at a time.
        spread = np.arange(8 * per)
        for lo in range(0, len(self), _CHUNK // 16):
            some = (
                starts[lo : lo + _CHUNK // 16] if places is None else starts[places[lo : lo + _CHUNK // 16]]
            )
            words[:, lo : lo + len(some)] = blob[some[:, None] + spread].view(">u8").T
        return words


class Gathering:
    """A scan's pictures as they are gathered, as columns from the start: the files as discovery
    finds them, then each file's fingerprint, from the cache or made, by the file's number (its
    place among the files). `pictures()` then holds the files that have one, in the files' order.

    500,000 files as FileEntry objects took 370 MB (a Path each) and their fingerprints as objects
    330 MB more, the peak of a scan before its grouping; as columns they take about 200 MB.
    """

    def __init__(self) -> None:
        self._files: dict[str, Any] = {name: _HELD[name]() for name in _ENTRY_FIELDS}
        self._count = 0
        self._readers: list[Callable[[int], Any]] = []
        # Fingerprints in parts, each with the numbers of its files: columns and how many.
        self._parts: list[tuple[array[int], dict[str, Any]]] = []
        self._found = bytearray()  # a byte a file: 1 once its fingerprint is here

    def __len__(self) -> int:
        return self._count

    def add_files(self, columns: Mapping[str, Sequence[Any]]) -> None:
        """Files found, as each FileEntry field's values (a path as its text: see
        discovery.FoundFiles.columns)."""
        if set(columns) != set(self._files) or len({len(values) for values in columns.values()}) > 1:
            raise ValueError("not every field of the files, or not as many values of each")
        for name, column in self._files.items():
            column.extend(columns[name])
        count = len(columns["path"])
        self._count += count
        self._found.extend(bytes(count))

    def file(self, number: int) -> FileEntry:
        """The FileEntry of file `number`, made anew."""
        if not self._readers:
            self._readers = [_reader(self._files[name]) for name in _ENTRY_FIELDS]
        return FileEntry(*[read(number) for read in self._readers])

    def file_values(self, name: str, start: int = 0, stop: int | None = None) -> list[Any]:
        """The FileEntry field `name` of every file (from `start` to `stop`), in order (a path as
        its text)."""
        return _values_at(self._files[name], range(self._count)[start:stop])

    def file_numbers(self, name: str) -> array[int] | None:
        """The FileEntry field `name` (a whole number) of every file, as the column holds it: an
        array, a change time not known as 0; None where it holds Python values (a number beyond
        64 bits)."""
        column = self._files[name]
        held = column.numbers if isinstance(column, _Optional) else column
        return held.values if isinstance(held, _Numbers) and isinstance(held.values, array) else None

    def lacking(self) -> list[int]:
        """The numbers of the files without a fingerprint yet."""
        found = self._found
        return [number for number in range(self._count) if not found[number]]

    def add_fingerprints(self, numbers: Sequence[int], columns: Iterable[tuple[str, Sequence[Any]]]) -> None:
        """The fingerprints of files `numbers`, as each field's values (in the numbers' order), a
        field at a time: `columns` may make each only when asked for. Every field must come once.
        Raises ValueError (nothing is added) when a field is missing, comes twice or holds another
        count of values, or a number is no file's or has a fingerprint already."""
        places = array("q", numbers)
        found = self._found
        if places and (min(places) < 0 or max(places) >= self._count or any(map(found.__getitem__, places))):
            raise ValueError("a fingerprint for no file, or for a file that has one")
        if len(set(places)) != len(places):
            raise ValueError("two fingerprints for one file")
        part: dict[str, Any] = {}
        for name, values in columns:
            if name in part or name not in _FINGERPRINT_FIELDS:
                raise ValueError(f"a field twice, or no field of a fingerprint: {name}")
            if len(values) != len(places):
                raise ValueError(f"{len(values)} values of {name} for {len(places)} fingerprints")
            part[name] = _HELD[name]()
            if isinstance(values, JoinedBytes) and isinstance(part[name], _Blobs):
                part[name].extend_joined(values)
                continue
            for lo in range(0, len(values), _CHUNK):
                part[name].extend(list(values[lo : lo + _CHUNK]))
        if missing := set(_FINGERPRINT_FIELDS) - set(part):
            raise ValueError(f"fingerprints without {', '.join(sorted(missing))}")
        self._add(places, part)

    def add_made(self, numbers: Sequence[int], made: Sequence[Fingerprint], thumbs: Sequence[bytes]) -> None:
        """Fingerprints made by this scan for files `numbers`, held with `thumbs` for thumbs."""
        fields = [name for name in _FINGERPRINT_FIELDS if name != "thumb"]
        self.add_fingerprints(
            numbers, [("thumb", thumbs), *((name, list(map(attrgetter(name), made))) for name in fields)]
        )

    def _add(self, places: array[int], part: dict[str, Any]) -> None:
        for number in places:
            self._found[number] = 1
        self._parts.append((places, part))

    def forget_fingerprints(self) -> None:
        """Let go of every fingerprint added (a cache that turned out damaged part way)."""
        self._parts.clear()
        self._found = bytearray(self._count)

    def pictures(self) -> Pictures:
        """The files with a fingerprint, in the files' order, as Pictures; the gathering is left
        empty. Moves values only where the fingerprints came in another order than the files, or
        some files have none."""
        # The first parts whose files come in order, before all the others' (the cache's last
        # scan, usually all but the few files new since) are taken as they are; only the rest are
        # put in order (all of them took 0.3 s of a rescan of 100,000 after adding 1,000).
        first = _leading_in_order(self._parts)
        places, columns = _joined(self._parts[:first])
        later_places, later = _joined(self._parts[first:])
        self._parts = []
        if any(a >= b for a, b in pairwise(later_places)):  # not in the files' order
            order = sorted(range(len(later_places)), key=later_places.__getitem__)
            later = {name: _rearranged(name, column, order) for name, column in later.items()}
            later_places = array("q", map(later_places.__getitem__, order))
        places, columns = _joined([(places, columns), (later_places, later)])
        if not columns:
            columns = {name: _HELD[name]() for name in _FINGERPRINT_FIELDS}
        files = self._files
        if len(places) != self._count:  # some files have no fingerprint: only those that do
            files = {name: _rearranged(name, column, places) for name, column in files.items()}
        self._files = {name: _HELD[name]() for name in _ENTRY_FIELDS}
        self._count, self._readers, self._found = 0, [], bytearray()
        return Pictures({**files, **columns}, len(places))


def _leading_in_order(parts: Sequence[tuple[array[int], dict[str, Any]]]) -> int:
    """How many of the first `parts` hold their files in order, each part's before the next's
    and before every later part's."""
    later_least = [0] * (len(parts) + 1)  # the least number of parts[i:]
    later_least[len(parts)] = sys.maxsize
    for at in range(len(parts) - 1, -1, -1):
        numbers = parts[at][0]
        later_least[at] = min(later_least[at + 1], min(numbers, default=sys.maxsize))
    last = -1
    for at, (numbers, _) in enumerate(parts):
        if not numbers or numbers[0] <= last or any(a >= b for a, b in pairwise(numbers)):
            return at
        last = numbers[-1]
        if last >= later_least[at + 1]:
            return at
    return len(parts)


def _joined(parts: Sequence[tuple[array[int], dict[str, Any]]]) -> tuple[array[int], dict[str, Any]]:
    """The numbers and columns of `parts` one after the other (the first part's columns grown)."""
    places = array("q")
    columns: dict[str, Any] = {}
    for numbers, part in parts:
        places.extend(numbers)
        if not columns:
            columns = part
            continue
        for name, column in part.items():
            for lo in range(0, len(numbers), _CHUNK):
                columns[name].extend(_values_at(column, range(lo, min(lo + _CHUNK, len(numbers)))))
    return places, columns


class _Each(Sequence[str]):
    """read(place) of each place, made when first asked for and then held (grouping asks for the
    digests of each candidate pair several times)."""

    def __init__(self, read: Callable[[int], str], places: Sequence[int]) -> None:
        self._places = places
        made: list[str | None] = [None] * len(places)

        def held(index: int) -> str:
            value = made[index]
            if value is None:
                value = made[index] = read(places[index])
            return value

        self._read = held

    def __len__(self) -> int:
        return len(self._places)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [self._read(i) for i in range(len(self._places))[index]]
        if index < 0:
            index += len(self._places)
        return self._read(index)

    def __iter__(self) -> Iterator[str]:
        return map(self._read, range(len(self._places)))


def _reader(column: Any) -> Callable[[int], Any]:
    """The fastest way to read a value of `column` (a method of an array where it holds the value
    as it is: making a record reads 24 of them)."""
    if isinstance(column, _Numbers) and (isinstance(column.values, list) or column.values.typecode in "qQd"):
        return column.values.__getitem__
    if isinstance(column, _Codes):
        values, codes = column.values, column.codes
        return lambda place: values[codes[place]]
    if isinstance(column, _Objects):
        return column.values.__getitem__
    return column.__getitem__  # type: ignore[no-any-return]


def _values_at(column: Any, places: Sequence[int]) -> list[Any]:
    """The values of `column` at `places`, as its extend() takes them (a path as its text)."""
    if isinstance(column, _Paths):
        return column.texts(places)
    if isinstance(column, _Numbers) and isinstance(column.values, array):
        values = column.values
        if isinstance(places, range) and places.step == 1:  # a slice of them
            found = values[places.start : places.stop].tolist()
        else:
            found = list(map(values.__getitem__, places))
        return list(map(bool, found)) if values.typecode == "b" else found
    if isinstance(column, _Optional) and column.missing is None:
        return _values_at(column.numbers, places)
    if isinstance(column, _Blobs):
        return column.each(places)
    return list(map(_reader(column), places))


def _held_bytes(column: _Numbers) -> bytes | None:
    """A column of numbers as its machine values, with their kind; None when held as a list."""
    values = column.values
    if not isinstance(values, array):
        return None
    return b"n%s%d:" % (values.typecode.encode(), values.itemsize) + values.tobytes()


def _paths_bytes(column: _Paths) -> bytes:
    """The paths as their folders in the order the paths first name them (no path holds a NUL), each
    path's folder by that order, and the names with where each begins."""
    folders, codes = column.prefixes.values, column.prefixes.codes
    used = list(dict.fromkeys(codes))
    if used != list(range(len(folders))):  # folders no path names (a file not read), or out of order
        renumbered = {code: at for at, code in enumerate(used)}
        folders = [folders[code] for code in used]
        codes = array("i", map(renumbered.__getitem__, codes))
    names = column.names.bytes
    return b"".join(
        (
            b"p%d:" % len(folders),
            "\0".join(folders).encode("utf-8", "surrogatepass"),
            b"\0%d:" % codes.itemsize,
            codes.tobytes(),
            names.starts.tobytes(),
            bytes(names.blob),
        )
    )


def _rearranged(name: str, column: Any, places: Sequence[int]) -> Any:
    """A column of field `name` holding the values of `column` at `places`, in that order."""
    made: Any = _HELD[name]()
    if isinstance(column, _Numbers) and isinstance(column.values, array):
        made.values = array(column.values.typecode, map(column.values.__getitem__, places))
        return made
    if isinstance(column, _Codes):  # the same values, each picture's code moved
        made.values, made._index = column.values, column._index
        made.codes = array("i", map(column.codes.__getitem__, places))
        return made
    for lo in range(0, len(places), _CHUNK):
        made.extend(_values_at(column, places[lo : lo + _CHUNK]))
    return made


def _columns(
    parts: Iterable[tuple[list[FileEntry], list[Fingerprint]]], which: dict[str, Callable[[], _Column]]
) -> dict[str, Any]:
    columns = {name: held() for name, held in which.items()}
    for entries, fingerprints in parts:
        for names, objects in ((_ENTRY_FIELDS, entries), (_FINGERPRINT_FIELDS, fingerprints)):
            for name in names:
                if name in columns:
                    columns[name].extend(list(map(attrgetter(name), objects)))
    return columns
