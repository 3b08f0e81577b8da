"""Which quotations might be the same: band keys, and an index over them that never compares all pairs.

A quotation's words are cut into shingles of three words; each shingle is hashed to eight bytes, and of
every two neighbouring shingles the smaller hash is kept (winnowing).  So two quotations that share any
run of four words in a row share at least one key, whatever surrounds the run: an excerpt, a truncation,
the halves of a split quotation and a quotation with a word changed every few words all meet the original
this way.  The keys are a set: order and repetition do not matter.

>>> from quotecheck.corpus.model import Quotation
>>> def q(text):
...     return Quotation("d", 0, len(text), text, (), tuple(text.lower().split()))
>>> a = q("we will fight for every family in this state")
>>> b = q("we will fight for every family")
>>> c = q("the weather stays cold all week long")
>>> bool(set(band_keys(a)) & set(band_keys(b))), bool(set(band_keys(a)) & set(band_keys(c)))
(True, False)

A key shared by very many quotations is a common phrase ("the American people"), not evidence: the
:class:`BandIndex` leaves such keys out when it pairs quotations, and it pairs two quotations only when
they share a fair part of the shorter one's keys.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator, Sequence

from quotecheck.corpus.model import Quotation

__all__ = ["SHINGLE", "WINDOW", "BandIndex", "band_keys"]

#: words per shingle
SHINGLE = 3
#: shingles per winnowing window: a run of SHINGLE + WINDOW - 1 equal words always shares a key
WINDOW = 2
# A key held by more quotations than this is a common phrase; pairs are not drawn from it.
_COMMON = 48
# Two quotations are a candidate pair when they share at least this share of the shorter one's keys.
_SHARE = 0.2


def _hash(words: Sequence[str]) -> bytes:
    return hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest()


def band_keys(quotation: Quotation) -> tuple[bytes, ...]:
    """The quotation's keys, sorted: two quotations sharing any key are candidates for one cluster."""
    words = quotation.words
    if not words:
        return ()
    if len(words) < SHINGLE:
        return (_hash(words),)
    hashes = [_hash(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
    if len(hashes) <= WINDOW:
        return (min(hashes),)
    kept = {min(hashes[i : i + WINDOW]) for i in range(len(hashes) - WINDOW + 1)}
    return tuple(sorted(kept))


class BandIndex:
    """Quotations by band key, in memory: add each quotation's keys, then ask for the candidate pairs.

    Quotations are numbered by the caller (0, 1, ...); :meth:`pairs` gives each candidate pair once, as
    ``(i, j)`` with ``i < j``, in a fixed order that depends only on the keys.
    """

    def __init__(self) -> None:
        self._buckets: defaultdict[int, list[int]] = defaultdict(list)
        self._sizes: list[int] = []

    def __len__(self) -> int:
        return len(self._sizes)

    def add(self, keys: Sequence[bytes]) -> int:
        """Index one quotation's keys; returns its number."""
        n = len(self._sizes)
        for k in set(keys):
            self._buckets[int.from_bytes(k, "big")].append(n)
        self._sizes.append(len(set(keys)))
        return n

    def pairs(self) -> Iterator[tuple[int, int]]:
        shared: defaultdict[tuple[int, int], int] = defaultdict(int)
        for members in self._buckets.values():
            if len(members) < 2 or len(members) > _COMMON:
                continue
            members = sorted(members)
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    shared[(i, j)] += 1
        sizes = self._sizes
        for (i, j), n in sorted(shared.items()):
            if n >= _SHARE * min(sizes[i], sizes[j]):
                yield i, j
