"""From confirmed links to clusters: connected groups, a canonical text, each member's verdict against it.

The rule, step by step (docs/corpus.md tells it with examples):

1. Quotations joined by links form connected groups.
2. A group's canonical member is its earliest dated quotation that is not a part of a longer member's
   words (a first outlet that quoted eight words of a speech does not make those eight words the text
   everyone else is judged by); with no dates, the longest faithful one: the wording most members are
   faithful to (verbatim, normalized or excerpt), the longest among equals.
3. Every member is checked against the canonical words with verify's aligner.  A member that the
   canonical text does not support, and that does not hold the canonical text either, is split off; the
   members split off form groups again by the links among them, and each such group is judged the same way.
   So a chain of links through a common phrase cannot hold two different quotations in one cluster.
4. A group is a cluster when its members stand in two or more documents.

Nothing depends on the order quotations come in: groups, canonical members and ids are functions of the
quotations themselves.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from quotecheck.corpus.link import Link, judge, prepare
from quotecheck.corpus.model import Cluster, Member, Quotation
from quotecheck.sources import Source

__all__ = ["build_clusters", "cluster_id", "speakers_disagree"]

_FAITHFUL = frozenset({"verbatim", "normalized", "excerpt"})
# Undated groups: how many of the longest distinct wordings are tried as the canonical text.
_TRIED = 6
# Dated groups: how many of the longest wordings a candidate is checked to be no part of (the cheap bound
# in judge rules most out without the aligner).
_LONGER = 64
_TITLES = frozenset("mr mrs ms miss dr prof sir sen rep gov gen col capt president minister senator".split())


class Joined:
    """Union-find over the numbers 0 to n - 1: which have been joined, directly or through others."""

    def __init__(self, n: int) -> None:
        self._parent = list(range(n))

    def root(self, x: int) -> int:
        parent = self._parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def same(self, a: int, b: int) -> bool:
        return self.root(a) == self.root(b)

    def join(self, a: int, b: int) -> None:
        ra, rb = self.root(a), self.root(b)
        # the smaller root stays: a group's root is its first member, whatever order links come in
        self._parent[max(ra, rb)] = min(ra, rb)


def _components(n: int, links: Iterable[tuple[int, int]]) -> list[list[int]]:
    joined = Joined(n)
    for a, b in links:
        joined.join(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(joined.root(i), []).append(i)
    return list(groups.values())


def _dated_key(q: Quotation) -> tuple[str, int, tuple[str, int, int]]:
    assert q.date is not None
    return (q.date, -len(q.words), q.key)


class _Judge:
    """Verdicts against one canonical quotation, each distinct wording checked once."""

    def __init__(self, canonical: Quotation) -> None:
        self.canonical = canonical
        self._source: Source = prepare(canonical, name="the canonical text")
        self._seen: dict[str, Link | None] = {}

    def __call__(self, q: Quotation) -> Link | None:
        text = q.quoted
        if text not in self._seen:
            link = judge(q, self.canonical, prepared=self._source)
            if link is None and len(q.words) > len(self.canonical.words):
                # the member holds the canonical words and more: judged with no cutoff, it reads as altered
                back = judge(self.canonical, q)
                if back is not None:
                    link = judge(q, self.canonical, prepared=self._source, cutoff=0, guard=False)
            self._seen[text] = link
        return self._seen[text]


def _wordings(group: Sequence[Quotation]) -> list[Quotation]:
    """One member per distinct wording, longest first: of the members with one wording, the one whose
    exact text most of them give."""
    copies = Counter(q.quoted for q in group)
    by_wording: dict[tuple[str, ...], Quotation] = {}
    for q in sorted(group, key=lambda q: (-copies[q.quoted], q.key)):
        by_wording.setdefault(q.words, q)
    return sorted(by_wording.values(), key=lambda q: (-len(q.words), q.key))


def _part_of(q: Quotation, other: Quotation) -> bool:
    """True when ``q`` gives only a part of ``other``'s words."""
    if len(other.words) <= len(q.words):
        return False
    link = judge(q, other)
    return link is not None and link.covered < link.source_words


def _canonical(group: Sequence[Quotation]) -> Quotation:
    dated = sorted((q for q in group if q.date is not None), key=_dated_key)
    if dated:
        wordings = _wordings(group)
        longer = wordings[:_LONGER]
        for q in dated[:_TRIED]:
            if not any(_part_of(q, other) for other in longer):
                return q
        return min(wordings[:_TRIED], key=lambda q: (q.date is None, q.date or "", q.key))
    tried = _wordings(group)[:_TRIED]
    best: tuple[int, int, tuple[str, int, int]] | None = None
    choice = tried[0]
    for cand in tried:
        check = _Judge(cand)
        faithful = sum(1 for q in group if (link := check(q)) is not None and link.verdict in _FAITHFUL)
        rank = (-faithful, -len(cand.words), cand.key)
        if best is None or rank < best:
            best, choice = rank, cand
    return choice


def cluster_id(canonical: Quotation) -> str:
    """A cluster's id: a digest of where its canonical member stands."""
    digest = hashlib.blake2b(f"{canonical.doc}\0{canonical.start}\0{canonical.end}".encode(), digest_size=6)
    return "q" + digest.hexdigest()


def _names(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[^\W\d_]+", name.lower()) if w not in _TITLES)


def speakers_disagree(speakers: Iterable[str | None]) -> bool:
    """True when two of the named speakers share no name word ("Ann Marlow" and "Marlow" agree).

    >>> speakers_disagree(["Ann Marlow", "Sen. Marlow", None]), speakers_disagree(["Ann Marlow", "Bob Tran"])
    (False, True)
    """
    named = sorted({_names(s) for s in speakers if s} - {frozenset()}, key=sorted)
    return any(not (a & b) for i, a in enumerate(named) for b in named[i + 1 :])


def _member(q: Quotation, link: Link) -> Member:
    return Member(
        q.doc,
        q.start,
        q.end,
        q.text,
        q.speaker,
        q.outlet,
        q.date,
        link.verdict,
        link.score,
        link.substantive,
        link.reasons,
    )


def _judge_group(
    quotations: Sequence[Quotation], group: list[int], links: Sequence[tuple[int, int]]
) -> list[Cluster]:
    """The clusters of one connected group: judged against its canonical member, what does not verify
    split off and judged again (steps 2-4 above)."""
    out: list[Cluster] = []
    pending = [group]
    while pending:
        g = pending.pop()
        if len(g) < 2:
            continue
        canonical = _canonical([quotations[i] for i in g])
        check = _Judge(canonical)
        kept: list[tuple[Quotation, Link]] = []
        rest: list[int] = []
        for i in g:
            link = check(quotations[i])
            if link is None:
                rest.append(i)
            else:
                kept.append((quotations[i], link))
        if len({q.doc for q, _ in kept}) >= 2:
            out.append(_cluster(canonical, kept))
        if len(rest) >= 2:
            inside = set(rest)
            local = {i: n for n, i in enumerate(rest)}
            sub = [(local[a], local[b]) for a, b in links if a in inside and b in inside]
            pending.extend([rest[n] for n in comp] for comp in _components(len(rest), sub))
    return out


def _cluster(canonical: Quotation, kept: list[tuple[Quotation, Link]]) -> Cluster:
    kept.sort(key=lambda m: (m[0].date is None, m[0].date or "", m[0].key))
    members = tuple(_member(q, link) for q, link in kept)
    first = members[0] if members[0].date is not None else None
    return Cluster(
        cluster_id(canonical),
        canonical.quoted,
        first,
        members,
        speakers_disagree(m.speaker for m in members),
    )


#: one connected group: its quotations and the links among them (indexes into that tuple)
Group = tuple[tuple[Quotation, ...], tuple[tuple[int, int], ...]]
#: runs a function over chunks of groups, as the builtin ``map`` does (a process pool's, Dask's)
ChunkMap = Callable[[Callable[[list[Group]], list[Cluster]], list[list[Group]]], Iterable[list[Cluster]]]
# groups per chunk handed to another process
_CHUNK = 256


def judge_groups(groups: list[Group]) -> list[Cluster]:
    """The clusters of each group, in turn: what a worker runs on its chunk."""
    out: list[Cluster] = []
    for qs, links in groups:
        out.extend(_judge_group(qs, list(range(len(qs))), links))
    return out


def build_clusters(
    quotations: Sequence[Quotation], links: Iterable[tuple[int, int]], *, map_chunks: ChunkMap | None = None
) -> tuple[Cluster, ...]:
    """Clusters from quotations and the confirmed links between them (pairs of indexes into
    ``quotations``), in order of their first member; the same whatever order the quotations come in.

    ``map_chunks`` spreads the groups' judging over processes (a pool's ``map``); the result is the same.
    """
    order = sorted(range(len(quotations)), key=lambda i: quotations[i].key)
    rank = {i: n for n, i in enumerate(order)}
    qs = [quotations[i] for i in order]
    pairs = sorted({(min(rank[a], rank[b]), max(rank[a], rank[b])) for a, b in links if a != b})
    groups = [g for g in _components(len(qs), pairs) if len(g) >= 2]
    where = {i: (n, k) for n, g in enumerate(groups) for k, i in enumerate(g)}
    local: list[list[tuple[int, int]]] = [[] for _ in groups]
    for a, b in pairs:
        n, ka = where[a]
        local[n].append((ka, where[b][1]))
    tasks: list[Group] = [(tuple(qs[i] for i in g), tuple(ls)) for g, ls in zip(groups, local, strict=True)]
    chunks = [tasks[k : k + _CHUNK] for k in range(0, len(tasks), _CHUNK)]
    run: ChunkMap = map_chunks if map_chunks is not None else map
    clusters = [c for done in run(judge_groups, chunks) for c in done]
    clusters.sort(
        key=lambda c: (
            c.members[0].date is None,
            c.members[0].date or "",
            c.members[0].doc,
            c.members[0].start,
            c.cluster,
        )
    )
    return tuple(clusters)
