"""What the fingerprint cache keeps for grouping (matching.KeptChecks), kept in memory."""

from __future__ import annotations

from typing import Any

import numpy as np

from lookalike.core import matching


class KeptInMemory:
    """Kept checks as the fingerprint cache keeps them, in a dict: all of them, recalled either
    way round."""

    def __init__(self) -> None:
        self.kept = matching.PairChecks()
        self.searches: dict[tuple[int, str], tuple[bytes, bytes]] = {}

    def recall(self, asked: matching.AskedChecks) -> tuple[matching.RecalledScores, matching.PairChecks]:
        def wanted(keys: list[tuple[Any, ...]]) -> list[bool]:
            a = asked.places_of_texts([key[0] for key in keys])
            b = asked.places_of_texts([key[1] for key in keys])
            return asked.asked(a, b).tolist()  # type: ignore[no-any-return]

        def recalled(kept: dict[Any, Any]) -> dict[Any, Any]:
            keys = list(kept)
            return {key: kept[key] for key, asked in zip(keys, wanted(keys), strict=True) if asked}

        thumbs = recalled(self.kept.thumbs)
        scored = [(key, match.score) for key, match in thumbs.items() if match.crop is None]
        a = asked.places_of_texts([key[0] for key, _ in scored])
        b = asked.places_of_texts([key[1] for key, _ in scored])
        variants = np.array([key[2] for key, _ in scored], np.int64)
        scores = matching.RecalledScores(asked.count, a, b, variants, np.array([s for _, s in scored]))
        return scores, matching.PairChecks(
            {key: match for key, match in thumbs.items() if match.crop is not None},
            recalled(self.kept.closer),
            recalled(self.kept.same),
            recalled(self.kept.described),
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
