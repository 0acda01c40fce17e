"""What the fingerprint cache keeps for grouping (matching.KeptChecks), kept in memory."""

from __future__ import annotations

from collections.abc import Collection

from lookalike.core import matching


class KeptInMemory:
    """Kept checks as the fingerprint cache keeps them, in a dict: all of them, recalled either
    way round."""

    def __init__(self) -> None:
        self.kept = matching.PairChecks()
        self.searches: dict[tuple[int, str], tuple[bytes, bytes]] = {}

    def recall(self, pairs: set[tuple[str, str]], pictures: Collection[str]) -> matching.PairChecks:
        def asked(key: tuple[object, ...]) -> bool:
            a, b = key[0], key[1]
            return (a, b) in pairs or (b, a) in pairs

        kept = self.kept
        return matching.PairChecks(
            {k: v for k, v in kept.thumbs.items() if asked(k)},
            {k: v for k, v in kept.closer.items() if asked(k)},
            {k: v for k, v in kept.same.items() if asked(k)},
            {k: v for k, v in kept.described.items() if asked(k)},
        )

    def recall_search(self, threshold: int, plans: str) -> tuple[bytes, bytes] | None:
        return self.searches.get((threshold, plans))

    def remember_search(self, threshold: int, plans: str, digests: bytes, matches: bytes) -> None:
        self.searches = {key: kept for key, kept in self.searches.items() if key[0] != threshold}
        self.searches[threshold, plans] = (digests, matches)

    def remember(self, made: matching.PairChecks, *, more_to_come: bool = False) -> None:
        self.kept.thumbs.update(made.thumbs)
        self.kept.closer.update(made.closer)
        self.kept.same.update(made.same)
        self.kept.described.update(made.described)
