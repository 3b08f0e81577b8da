"""Is the quote what the source said?  One quote, or every quotation of an article, against its sources.

:func:`verify` finds a quote's words in one or several sources and says how faithful it is:

============  ==================================================================================
verbatim      the same characters once quote marks, apostrophes, dashes and white space are folded
normalized    the same words; only case or punctuation differ
excerpt       the words stand in order, with an explicit ellipsis or a [bracketed] interpolation
altered       found, but words were inserted, deleted or replaced (``substantive`` when a number,
              negation, name or modal changed)
spliced       pieces found far apart or out of order, joined with no ellipsis
not_found     no passage supports the quote (``checked`` is False when no source was given at all)
============  ==================================================================================

How: the quote is folded and cut into words (and into pieces at each ellipsis or bracket); word pairs of
each piece are looked up in the source's prepared index; hits on one diagonal (source position minus quote
position, within a tolerance) form a chain; the best chain's window is aligned word by word with
rapidfuzz's Levenshtein opcodes; the words no chain covers are looked up again, so that a quote stitched
from distant passages shows up as several chains.

>>> v = verify("“The deal is done,”", "He said: the deal is done. Then he left.")
>>> v.verdict, v.score, v.passage.text
('normalized', 94, 'the deal is done')
>>> v = verify("the deal is not done", "He said: the deal is done. Then he left.")
>>> v.verdict, v.substantive, [c.op for c in v.changes]
('altered', True, ['insert'])
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from itertools import compress, islice, pairwise, repeat
from operator import floordiv, gt, mod, sub
from pathlib import Path
from typing import Any, Literal

from attrs import evolve, frozen
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from quotecheck.errors import InputError
from quotecheck.inputs import not_text as _not_text
from quotecheck.model import Span, Speaker, Statement
from quotecheck.normalize import Folded, fold
from quotecheck.sources import Source, _Index, as_sources, tokenize

__all__ = [
    "GOOD_VERDICTS",
    "VERDICTS",
    "Change",
    "Flag",
    "Passage",
    "Verdict",
    "Verification",
    "diff_text",
    "format_table",
    "verify",
    "verify_article",
    "verify_statements",
]

Verdict = Literal["verbatim", "normalized", "excerpt", "altered", "spliced", "not_found"]
VERDICTS: tuple[Verdict, ...] = ("verbatim", "normalized", "excerpt", "altered", "spliced", "not_found")
#: the verdicts that pass: the quote is faithful to its source
GOOD_VERDICTS: frozenset[str] = frozenset({"verbatim", "normalized", "excerpt"})

ChangeOp = Literal["replace", "insert", "delete", "elide", "interpolate", "case"]
FlagKind = Literal["context", "speaker"]

# Tuning.  A word pair seen more often than _COMMON in a source says little about where a quote is and is
# skipped; hits whose diagonals differ by at most _DRIFT words belong to one passage (so a silent deletion
# of up to _DRIFT words reads as an alteration, a longer one as a splice); pieces joined by an ellipsis may
# lie up to _EXCERPT_GAP words apart; short pieces are looked for within _NEAR words of their neighbours.
_COMMON = 64
_DRIFT = 12
_EXCERPT_GAP = 600
_NEAR = 80
_CONTEXT_REACH = 6
# Words of slack on each side of a projected window, for insertions and deletions near the quote's ends.
_PAD = 3


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# --- words that make a change substantive, or a truncation worth flagging ---------------------------------
_NEGATIONS = _set(
    "not no never none nothing nobody nowhere neither nor cannot without n't"
)  # "n't" stands for every contraction ending in it
_MODALS = _set("can could may might must shall should will would ought")
_NUMBER_WORDS = _set(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
    "thousand million billion trillion dozen half first second third fourth fifth percent"
)
# Contracted modals: "won't" is will + not, "we'll" is we + will.
_CONTRACTED_MODALS = {"won't": "will", "can't": "can", "shan't": "shall", "ain't": ""}
_SUFFIX_MODALS = {"'ll": "will", "'d": "would"}
# Words whose loss beside a truncated quote can reverse or bound its meaning (McGlone 2005): negations,
# conditions and qualifiers.
_CONDITIONS = _set("if unless provided providing whether until except once")
_QUALIFIERS = _set(
    "only but although though however perhaps maybe possibly probably sometimes partly almost nearly "
    "hardly barely scarcely rarely seldom unlikely allegedly reportedly "
    "supposedly apparently"
)
# Capitalized words that start sentences without being names.
_FUNCTION_WORDS = _set(
    "a an the this that these those it its we our us i me my you your he him his she her they them their "
    "there here what which who whom whose when where why how and or but so if as at by for from in into "
    "of on onto to with without about after before since until while because although though not no "
    "yes all any each every some many much more most other such than then also just only even still "
    "is are was were be been being am do does did have has had can could may might must shall should "
    "will would let now today yesterday tomorrow"
)
_TITLES = _set("mr mrs ms miss dr prof sir dame lord lady sen rep gov gen col capt president minister")

# An ellipsis ("…", "...", ". . .", optionally bracketed) or a bracketed interpolation ("[the Americans]").
_MARK = re.compile(r"[\[(]\s*(?:…|\.(?:\s?\.){2})\s*[\])]|…|\.(?:\s?\.){2}|\[(?P<inner>[^\[\]\n]{0,120})\]")
_SENTENCE_END = re.compile(r"[.!?]")


@frozen
class Passage:
    """A stretch of a source: ``source_text[start:end] == text``, the source's characters as they stand.

    ``spoken`` is the passage's words alone, as said: for subtitles and transcripts without the cue
    numbers, timings, markup and speaker tags that stand between them, white space squeezed to single
    spaces.  ``time`` is the cues' ``(start, end)`` in seconds for subtitles; ``speaker`` the tag of the
    turn or cue where the passage starts.
    """

    path: str
    start: int
    end: int
    text: str
    time: tuple[float, float] | None = None
    speaker: str | None = None
    spoken: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "start": self.start, "end": self.end, "text": self.text}
        out["spoken"] = self.spoken
        out["time"] = None if self.time is None else {"start": self.time[0], "end": self.time[1]}
        out["speaker"] = self.speaker
        return out

    to_dict = to_json


@frozen
class Change:
    """One word-level difference: ``quote`` spans the quote's document, ``source`` the source's text.

    ``op`` is ``replace``, ``insert`` (words the source lacks), ``delete`` (source words the quote drops
    silently), ``elide`` (source words an ellipsis stands for), ``interpolate`` (a bracketed insertion) or
    ``case``.  ``source`` is None for quote words with no place in the source.
    """

    op: ChangeOp
    quote: Span
    source: Span | None
    substantive: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "op": self.op,
            "quote": self.quote.to_json(),
            "source": None if self.source is None else self.source.to_json(),
            "substantive": self.substantive,
        }

    to_dict = to_json


@frozen
class Flag:
    """A warning beside the verdict: ``context`` (a truncation drops a negation, condition or qualifier)
    or ``speaker`` (the source passage is tagged with another speaker than the article's)."""

    kind: FlagKind
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "message": self.message}

    to_dict = to_json


@frozen
class Verification:
    """The verdict on one quote, with its evidence.

    ``quote`` spans the text the quote was taken from; for a split quotation ("X," she said, "Y") it runs
    from the first piece's start to the last piece's end, attribution included, and ``quote_pieces`` are
    the pieces (one span, ``quote`` itself, for a quotation in one piece).  ``passage`` is the supporting
    stretch of the best source (for ``spliced``, its largest piece) and ``pieces`` every piece of source
    found; ``score`` (0-100) is how closely the found words match; ``checked`` is False only when no
    source was given.
    """

    quote: Span
    verdict: Verdict
    score: int
    substantive: bool
    passage: Passage | None
    pieces: tuple[Passage, ...]
    changes: tuple[Change, ...]
    reasons: tuple[str, ...]
    warnings: tuple[Flag, ...] = ()
    speaker: Speaker | None = None
    checked: bool = True
    quote_pieces: tuple[Span, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the quote is faithful: verbatim, normalized or excerpt."""
        return self.verdict in GOOD_VERDICTS

    def to_json(self) -> dict[str, Any]:
        return {
            "quote": self.quote.to_json(),
            "quote_pieces": [q.to_json() for q in self.quote_pieces],
            "speaker": None if self.speaker is None else self.speaker.to_json(),
            "verdict": self.verdict,
            "score": self.score,
            "substantive": self.substantive,
            "checked": self.checked,
            "source": None if self.passage is None else self.passage.to_json(),
            "pieces": [p.to_json() for p in self.pieces],
            "changes": [c.to_json() for c in self.changes],
            "reasons": list(self.reasons),
            "warnings": [w.to_json() for w in self.warnings],
        }

    to_dict = to_json


# --- the quote, cut into words and pieces -----------------------------------------------------------------


@frozen(eq=False)
class _Quote:
    doc: str
    start: int
    folded: Folded  # of doc[start:end]
    words: tuple[str, ...]  # lower-cased
    fs: tuple[int, ...]  # folded offsets
    fe: tuple[int, ...]
    pieces: tuple[tuple[int, int], ...]  # word ranges between marks
    # (kind, folded start, folded end, pieces before it): kind is "ellipsis", "bracket", "sic", or "gap"
    # (the words between the pieces of a split quotation, "she said")
    marks: tuple[tuple[str, int, int, int], ...]
    parts: tuple[tuple[int, int], ...] = ()  # the document ranges of a split quotation's pieces

    def span(self, i: int, j: int) -> Span:
        """The document span of quote words ``[i, j)``; an empty span before word ``i`` when ``i == j``."""
        if i < j:
            a, b = self.folded.to_original(self.fs[i], self.fe[j - 1])
        else:
            pos = self.fe[i - 1] if i > 0 and i >= len(self.fs) else (self.fs[i] if i < len(self.fs) else 0)
            a = b = self.folded.original_start(pos) if i < len(self.fs) else self.folded.original_end(pos)
        return Span(self.start + a, self.start + b, self.doc[self.start + a : self.start + b])

    def fspan(self, fa: int, fb: int) -> Span:
        a, b = self.folded.to_original(fa, fb)
        return Span(self.start + a, self.start + b, self.doc[self.start + a : self.start + b])

    def inner(self, i: int, j: int, *, sic: bool = False) -> str:
        """The folded text from word ``i`` to word ``j - 1``, without any [sic] (unless ``sic``), the pieces
        of a split quotation joined by a space."""
        a, b = self.fs[i], self.fe[j - 1]
        text = self.folded.text
        out, pos = [], a
        for kind, ms, me, _ in self.marks:
            if a <= ms and me <= b and (kind == "gap" or (kind == "sic" and not sic)):
                out.append(text[pos:ms].rstrip(" ") + (" " if kind == "gap" else ""))
                pos = me
        out.append(text[pos:b])
        return "".join(out)

    def cased(self, i: int) -> str:
        return self.folded.text[self.fs[i] : self.fe[i]]

    def initial(self, i: int) -> bool:
        if i == 0:
            return True
        return bool(_SENTENCE_END.search(self.folded.text[self.fe[i - 1] : self.fs[i]]))


def _read_quote(doc: str, start: int, end: int, *, gaps: Sequence[tuple[int, int]] = ()) -> _Quote:
    """The quote ``doc[start:end]`` folded and cut into words; ``gaps`` are the document ranges between
    the pieces of a split quotation (the attribution, "she said"), whose words are not the quote's."""
    folded = fold(doc[start:end])
    ft = folded.text
    cut = [(folded.folded_offset(a - start), folded.folded_offset(b - start)) for a, b in gaps]
    marks: list[tuple[str, int, int]] = [("gap", a, b) for a, b in cut]
    for m in _MARK.finditer(ft):
        if any(m.start() < b and a < m.end() for a, b in cut):
            continue
        inner = m.group("inner")
        if inner is None:
            marks.append(("ellipsis", m.start(), m.end()))
        elif inner.strip().lower() == "sic":
            marks.append(("sic", m.start(), m.end()))
        else:
            marks.append(("bracket", m.start(), m.end()))
    marks.sort(key=lambda m: m[1])
    words: list[str] = []
    fs: list[int] = []
    fe: list[int] = []
    pieces: list[tuple[int, int]] = []
    placed: list[tuple[str, int, int, int]] = []
    low = ft.lower()
    k = 0
    piece_start = 0
    for s, e in tokenize(ft):
        while k < len(marks) and marks[k][2] <= s:
            kind, ms, me = marks[k]
            if kind not in ("sic", "gap") and len(words) > piece_start:
                pieces.append((piece_start, len(words)))
                piece_start = len(words)
            placed.append((kind, ms, me, len(pieces)))
            k += 1
        if k < len(marks) and marks[k][1] <= s:
            continue  # inside a bracket or a split quotation's attribution: not the speaker's words
        words.append(low[s:e])
        fs.append(s)
        fe.append(e)
    for kind, ms, me in marks[k:]:
        placed.append((kind, ms, me, len(pieces) + (1 if len(words) > piece_start else 0)))
    if len(words) > piece_start:
        pieces.append((piece_start, len(words)))
    parts = [start]
    for a, b in gaps:
        parts += [a, b]
    parts.append(end)
    return _Quote(
        doc,
        start,
        folded,
        tuple(words),
        tuple(fs),
        tuple(fe),
        tuple(pieces),
        tuple(placed),
        tuple(zip(parts[::2], parts[1::2], strict=True)),
    )


# --- finding the quote's words in one source ----------------------------------------------------------------

# A hit: (diagonal, quote position, source position, words covered)
_Hit = tuple[int, int, int, int]


@frozen(eq=False)
class _Segment:
    piece: int
    q0: int
    q1: int
    s0: int
    s1: int
    ops: tuple[tuple[str, int, int, int, int], ...]  # (tag, s0, s1, q0, q1) in whole-text positions

    @property
    def matched(self) -> int:
        return sum(o[2] - o[1] for o in self.ops if o[0] == "equal")


@frozen(eq=False)
class _Match:
    source: Source
    segments: tuple[_Segment, ...]
    missing: tuple[tuple[int, int], ...]  # quote word ranges found nowhere

    @property
    def matched(self) -> int:
        return sum(s.matched for s in self.segments)

    @property
    def source_words(self) -> int:
        return sum(s.s1 - s.s0 for s in self.segments)


@frozen(eq=False)
class _Hits:
    """The hits of one piece, packed: hit (diagonal d, quote position i, source position d + i) is the
    integer ``(d + width) * width + i``, so that sorting them is sorting ints, and a miss made of common
    words (thousands of single-word hits) costs C-level passes instead of tuples.  Every hit of one list
    covers the same number of words, ``n``: 2 for word pairs, 1 for single words."""

    keys: list[int]  # sorted, which is by diagonal, then quote position
    width: int  # greater than every quote position
    n: int

    def __len__(self) -> int:
        return len(self.keys)

    def tuples(self, keys: Iterable[int]) -> list[_Hit]:
        w, n = self.width, self.n
        out = []
        for k in keys:
            d, i = divmod(k, w)
            out.append((d - w, i, d - w + i, n))
        return out

    def within(self, lo: int, hi: int) -> _Hits:
        """The hits that lie wholly inside quote words ``[lo, hi)``."""
        top = hi - self.n
        keep = [lo <= i <= top for i in map(mod, self.keys, repeat(self.width))]
        return _Hits(list(compress(self.keys, keep)), self.width, self.n)

    @classmethod
    def of(cls, hits: Iterable[_Hit], width: int) -> _Hits:
        """Packed from tuples that all cover the same number of words."""
        listed = list(hits)
        keys = sorted((d + width) * width + i for d, i, _, _ in listed)
        return cls(keys, width, listed[0][3] if listed else 2)


def _hits(ix: _Index, qids: Sequence[int], lo: int, hi: int) -> _Hits:
    """Every place a word pair of quote words ``[lo, hi)`` stands in the source; pairs seen more than
    _COMMON times are skipped unless no other pair is found, and then single words are looked up."""
    w = hi  # diagonals are at least -hi: (d + w) * w + i is never negative
    keys: list[int] = []
    common: list[tuple[int, int, int]] = []
    pos = ix.pair_pos
    for i in range(lo, hi - 1):
        a, b = qids[i], qids[i + 1]
        if a < 0 or b < 0:
            continue
        first, last = ix.pair_positions(a, b)
        if last - first > _COMMON:
            common.append((i, first, last))
            continue
        for k in range(first, last):
            keys.append((pos[k] - i + w) * w + i)
    n = 2
    if not keys:
        # every pair is common (or the piece is one word long): fall back to the pairs and words there are,
        # a bounded number of places each; (p - i + w) * w + i is p * w + c
        for i, first, last in common:
            c = (w - i) * w + i
            keys += [p * w + c for p in pos[first : min(last, first + _COMMON * 16)]]
        if not keys:
            n = 1
            for i in range(lo, hi):
                if qids[i] < 0:
                    continue
                first, last = ix.word_positions(qids[i])
                c = (w - i) * w + i
                keys += [p * w + c for p in ix.word_pos[first : min(last, first + _COMMON * 16)]]
    keys.sort()
    return _Hits(keys, w, n)


def _nearest_to_median(chain: Sequence[_Hit]) -> list[_Hit]:
    """One hit per quote word: where a word has hits on several diagonals (a phrase the source repeats
    nearby), the one nearest the chain's median diagonal."""
    diagonals = sorted(h[0] for h in chain)
    mid = diagonals[len(diagonals) // 2]
    nearest: dict[int, _Hit] = {}
    for h in chain:
        kept = nearest.get(h[1])
        if kept is None or abs(h[0] - mid) < abs(kept[0] - mid):
            nearest[h[1]] = h
    return list(nearest.values())


def _core(chain: list[_Hit], anchor: int | None) -> list[_Hit]:
    """The longest run of hits that advance together in quote and source (a longest increasing
    subsequence), so a stray pair that happens to lie near the passage does not stretch it."""
    if anchor is not None:
        # after an ellipsis the words go on, not back
        chain = [h for h in chain if h[2] >= anchor] or chain
    if len(chain) < 2:
        return chain
    # where a quote word has hits on several diagonals (a phrase the source repeats nearby), the one
    # nearest the chain's median diagonal
    hits = sorted(_nearest_to_median(chain))
    hits.sort(key=lambda h: h[1])
    tails: list[int] = []  # source position ending the best run of each length
    tail_at: list[int] = []  # ... and the hit holding it
    back: list[int] = [-1] * len(hits)
    for n, h in enumerate(hits):
        k = bisect_left(tails, h[2])
        if k == len(tails):
            tails.append(h[2])
            tail_at.append(n)
        else:
            tails[k] = h[2]
            tail_at[k] = n
        back[n] = tail_at[k - 1] if k else -1
    out: list[_Hit] = []
    n = tail_at[-1]
    while n >= 0:
        out.append(hits[n])
        n = back[n]
    out.reverse()
    return out


def _covered(chain: list[_Hit]) -> int:
    return len({i + d for _, i, _, n in chain for d in range(n)})


def _best_chain(
    hits: _Hits, lo: int, hi: int, anchor: int | None, need: int = 0
) -> tuple[list[_Hit], int] | None:
    """Of the chains of ``hits`` (all inside quote words ``[lo, hi)``), the one with the greatest key:
    words covered, then nearness to ``anchor`` (or to the source's start); the first in diagonal order
    among equals.  None when there are no hits, or when no chain can cover ``need`` words.

    A chain is a run of hits whose diagonals step by at most _DRIFT.  Its core is a subset of its hits, so
    the words its hits touch and the range of its diagonals bound its key from above: chains are cored
    from the highest bound down, and the search stops as soon as no bound left can beat the best key found
    (or reach ``need``).  A common quote's single words scatter into a thousand one-hit chains; only the
    few that could win are cored.
    """
    keys, w = hits.keys, hits.width
    if not keys:
        return None
    # C-level passes over the packed hits: a miss made of common words can have thousands
    diagonals = list(map(floordiv, keys, repeat(w)))  # each plus w
    steps = map(sub, islice(diagonals, 1, None), diagonals)
    cuts = list(compress(range(1, len(keys)), map(gt, steps, repeat(_DRIFT))))
    starts, ends = [0, *cuts], [*cuts, len(keys)]
    covers = list(map(sub, ends, starts))
    if hits.n != 1 or max(covers) > hi - lo:
        covers = [min(c * hits.n, hi - lo) for c in covers]
    if anchor is None:
        # diagonals grow with the chain's index: by bound is by words touched, then by index (a stable sort)
        order: Iterable[int] = sorted(range(len(covers)), key=covers.__getitem__, reverse=True)
    else:
        order = sorted(
            range(len(covers)),
            key=lambda k: (
                _key_bound(covers[k], diagonals[starts[k]] - w, diagonals[ends[k] - 1] - w, lo, anchor),
                -k,
            ),
            reverse=True,
        )
    best: list[_Hit] | None = None
    best_rank: tuple[tuple[int, int, int], int] = ((-1, 0, 0), 0)
    for k in order:
        if covers[k] < need:
            break
        i, j = starts[k], ends[k]
        bound = _key_bound(covers[k], diagonals[i] - w, diagonals[j - 1] - w, lo, anchor)
        if (bound, -k) <= best_rank:
            break
        ch = hits.tuples(keys[i:j])
        if best is not None and len(ch) > 1 and bound[0] > 1:
            # a core advances in quote and source at every hit: it holds no more hits than the chain has
            # distinct quote words or source words (a word the quote repeats finds one source word twice)
            most = min(len({h[1] for h in ch}), len({h[2] for h in ch})) * max(h[3] for h in ch)
            if ((min(most, bound[0]), *bound[1:]), -k) <= best_rank:
                continue
        ch = _core(ch, anchor)
        cover = _covered(ch)
        if cover < need:
            continue
        first = min(h[2] - h[1] for h in ch) + lo
        if anchor is None:
            key = (cover, 0, -first)
        else:
            gap = first - anchor
            key = (cover, 1 if 0 <= gap <= _EXCERPT_GAP else 0, -abs(gap))
        if (key, -k) > best_rank:
            best, best_rank = ch, (key, -k)
    if best is None:
        return None
    return best, best_rank[0][0]


def _key_bound(cover: int, first_d: int, last_d: int, lo: int, anchor: int | None) -> tuple[int, int, int]:
    """A key no core of a chain can exceed, from the words its hits touch (``cover``) and its least and
    greatest diagonals: a core's first source word lies between ``first_d + lo`` and ``last_d + lo``."""
    if anchor is None:
        return cover, 0, -(first_d + lo)
    near = 1 if first_d + lo - anchor <= _EXCERPT_GAP and last_d + lo >= anchor else 0
    return cover, near, -max(0, first_d + lo - anchor, anchor - last_d - lo)


def _cover(hits: _Hits, lo: int, hi: int, anchor: int | None, top: bool) -> list[tuple[int, int, list[_Hit]]]:
    """Chains covering quote words ``[lo, hi)``: the best one, then the best ones for what it leaves.

    Below the top, a chain is kept only when it covers at least half its words and at least four of them
    (or all, when fewer): chains that cannot are never cored.
    """
    need = 0 if top else max(min(4, hi - lo), (hi - lo + 1) // 2)
    if not top:
        hits = hits.within(lo, hi)
    found = _best_chain(hits, lo, hi, anchor, need)
    if found is None:
        return []
    chain, _ = found
    qa = min(h[1] for h in chain)
    qb = max(h[1] + h[3] for h in chain)
    out: list[tuple[int, int, list[_Hit]]] = []
    if qa - lo >= 3:
        out += _cover(hits, lo, qa, None, False)
    out.append((qa, qb, chain))
    if hi - qb >= 3:
        out += _cover(hits, qb, hi, None, False)
    return out


def _align(ix: _Index, qids: Sequence[int], piece: int, q0: int, q1: int, ws: int, we: int) -> _Segment:
    ws, we = max(0, ws), min(len(ix.ids), we)
    we = max(we, ws)
    src = ix.ids[ws:we].tolist()
    ops = [
        (o.tag, o.src_start + ws, o.src_end + ws, o.dest_start + q0, o.dest_end + q0)
        for o in Levenshtein.opcodes(src, list(qids[q0:q1]))
    ]
    # neighbouring differences read as one change ("stipulated" for "provided for")
    merged: list[tuple[str, int, int, int, int]] = []
    for op in ops:
        if merged and op[0] != "equal" and merged[-1][0] != "equal":
            prev = merged.pop()
            op = ("replace", prev[1], op[2], prev[3], op[4])
            if op[1] == op[2]:
                op = ("insert", *op[1:])
            elif op[3] == op[4]:
                op = ("delete", *op[1:])
        merged.append(op)
    ops = merged
    # source words beyond the quote's ends are context, not deletions
    while ops and ops[0][0] == "delete":
        ops.pop(0)
    while ops and ops[-1][0] == "delete":
        ops.pop()
    # nor are they part of a replacement at either end
    if ops and ops[0][0] == "replace" and ops[0][2] - ops[0][1] > ops[0][4] - ops[0][3]:
        tag, a, b, c, d = ops[0]
        ops[0] = (tag, b - (d - c), b, c, d)
    if ops and ops[-1][0] == "replace" and ops[-1][2] - ops[-1][1] > ops[-1][4] - ops[-1][3]:
        tag, a, b, c, d = ops[-1]
        ops[-1] = (tag, a, a + (d - c), c, d)
    s0 = ops[0][1] if ops else ws
    s1 = ops[-1][2] if ops else ws
    return _Segment(piece, q0, q1, s0, s1, tuple(ops))


def _align_padded(
    ix: _Index, qids: Sequence[int], piece: int, q0: int, q1: int, ws: int, we: int
) -> _Segment:
    """Align on the projected window; where an end does not match, widen that end a little and align again.

    Widening only where needed keeps a phrase the source repeats just before the quote from drawing the
    alignment to itself.
    """
    seg = _align(ix, qids, piece, q0, q1, ws, we)
    if not seg.ops:
        return seg
    left = seg.ops[0][0] != "equal"
    right = seg.ops[-1][0] != "equal"
    if left or right:
        seg = _align(ix, qids, piece, q0, q1, ws - _PAD * left, we + _PAD * right)
    return seg


def _window(chain: list[_Hit], q0: int, q1: int) -> tuple[int, int]:
    """The source words quote words ``[q0, q1)`` project onto along the chain.

    Where a quote word has hits on several diagonals (a phrase the source repeats nearby), only the hit
    nearest the chain's median diagonal counts, so the window does not reach back to the repetition.
    """
    hits = _nearest_to_median(chain)
    return min(p - (i - q0) for _, i, p, _ in hits), max(p + (q1 - i) for _, i, p, _ in hits)


def _find_near(ix: _Index, qids: Sequence[int], q0: int, q1: int, lo: int, hi: int, backwards: bool) -> int:
    """Where quote words ``[q0, q1)`` stand exactly in source words ``[lo, hi)``, nearest the given end."""
    want = list(qids[q0:q1])
    n = len(want)
    lo, hi = max(0, lo), min(len(ix.ids), hi)
    starts = range(hi - n, lo - 1, -1) if backwards else range(lo, hi - n + 1)
    for p in starts:
        if ix.ids[p : p + n].tolist() == want:
            return p
    return -1


def _match(quote: _Quote, source: Source) -> _Match:
    ix = source.index
    unknown: dict[str, int] = {}
    qids = [ix.vocab.get(w, -1 - unknown.setdefault(w, len(unknown))) for w in quote.words]
    per_piece: list[list[_Segment]] = []
    anchor: int | None = None
    for n, (lo, hi) in enumerate(quote.pieces):
        hits = _hits(ix, qids, lo, hi)
        segs: list[_Segment] = []
        if hits:
            covers = _cover(hits, lo, hi, anchor, True)
            covers.sort(key=lambda c: c[0])
            for k, (qa, _, chain) in enumerate(covers):
                r0 = lo if k == 0 else qa
                r1 = covers[k + 1][0] if k + 1 < len(covers) else hi
                ws, we = _window(chain, r0, r1)
                segs.append(_align_padded(ix, qids, n, r0, r1, ws, we))
            segs = _join_near(ix, qids, segs)
        if segs:
            anchor = segs[-1].s1
        per_piece.append(segs)
    # short pieces with no hits of their own: look beside their neighbours
    for n, (lo, hi) in enumerate(quote.pieces):
        if per_piece[n] or hi - lo > 4:
            continue
        prev = next((p[-1] for p in reversed(per_piece[:n]) if p), None)
        nxt = next((p[0] for p in per_piece[n + 1 :] if p), None)
        p = -1
        if prev is not None:
            p = _find_near(ix, qids, lo, hi, prev.s1, prev.s1 + _NEAR, False)
        if p < 0 and nxt is not None:
            p = _find_near(ix, qids, lo, hi, nxt.s0 - _NEAR, nxt.s0, True)
        if p >= 0:
            per_piece[n] = [_Segment(n, lo, hi, p, p + hi - lo, (("equal", p, p + hi - lo, lo, hi),))]
    segments = tuple(s for p in per_piece for s in p)
    missing = tuple(rng for rng, p in zip(quote.pieces, per_piece, strict=True) if not p)
    return _Match(source, segments, missing)


def _join_near(ix: _Index, qids: Sequence[int], segs: list[_Segment]) -> list[_Segment]:
    """Merge neighbouring segments of one piece that lie close and in order in the source: the words
    between were dropped or added silently, an alteration rather than a splice."""
    out: list[_Segment] = []
    for s in segs:
        if out and 0 <= s.s0 - out[-1].s1 <= _DRIFT:
            a = out.pop()
            s = _align(ix, qids, s.piece, a.q0, s.q1, a.s0, s.s1)
        out.append(s)
    return out


# --- judging a match -------------------------------------------------------------------------------------


def _categories(words: Sequence[tuple[str, bool]]) -> tuple[list[str], list[str], list[str], list[str]]:
    """Negations, numbers, modals and names among ``(cased word, sentence-initial)`` pairs."""
    neg: list[str] = []
    num: list[str] = []
    modal: list[str] = []
    names: list[str] = []
    for cased, initial in words:
        w = cased.lower()
        if w in _NEGATIONS:
            neg.append("cannot" if w == "cannot" else w)
        if w == "cannot":
            modal.append("can")
        elif w.endswith("n't"):
            neg.append("not")
            base = _CONTRACTED_MODALS.get(w, w[:-3])
            if base in _MODALS:
                modal.append(base)
        elif w in _MODALS and not (w == "may" and cased[0].isupper() and not initial):
            modal.append(w)  # "May" inside a sentence is the month, a name below
        else:
            for suffix, m in _SUFFIX_MODALS.items():
                if w.endswith(suffix):
                    modal.append(m)
        if w[0].isdigit() or w in _NUMBER_WORDS:
            num.append(w)
        if cased[0].isupper() and not initial and w not in _FUNCTION_WORDS:
            names.append(w)
    return sorted(neg), sorted(num), sorted(modal), sorted(names)


_CATEGORY_NAMES = ("a negation", "a number", "a modal", "a name")


def _substantive(qwords: Sequence[tuple[str, bool]], swords: Sequence[tuple[str, bool]]) -> str | None:
    """Which meaning-bearing category differs between the two sides of a change, if any."""
    for name, a, b in zip(_CATEGORY_NAMES, _categories(qwords), _categories(swords), strict=True):
        if a != b:
            return name
    # a capitalized word for another, even where a sentence starts: "Pence Ford" for "Gerald Ford"
    capitalized = [w for w, _ in (*qwords, *swords) if w[0].isupper() and w.lower() not in _FUNCTION_WORDS]
    if qwords and swords and len(capitalized) == len(qwords) + len(swords):
        return "a name"
    return None


def _source_initial(ix: _Index, j: int) -> bool:
    if j == 0:
        return True
    return bool(_SENTENCE_END.search(ix.folded.text[ix.wend[j - 1] : ix.wstart[j]]))


def _source_words(ix: _Index, s0: int, s1: int) -> list[tuple[str, bool]]:
    return [(ix.folded.text[ix.wstart[j] : ix.wend[j]], _source_initial(ix, j)) for j in range(s0, s1)]


def _source_span(source: Source, s0: int, s1: int) -> Span:
    ix = source.index
    if s0 < s1:
        a, b = ix.to_text(ix.wstart[s0], ix.wend[s1 - 1])
    else:
        if s0 < len(ix.ids):
            a, _ = ix.to_text(ix.wstart[s0], ix.wend[s0])
        elif s0 > 0:
            _, a = ix.to_text(ix.wstart[s0 - 1], ix.wend[s0 - 1])
        else:
            a = 0
        b = a
    return Span(a, b, source.text[a:b])


def _passage(source: Source, s0: int, s1: int) -> Passage:
    sp = _source_span(source, s0, s1)
    ix = source.index
    speaker = None
    if source.regions and s0 < len(ix.ids):
        speaker = source.regions[min(ix.region_at(ix.wstart[s0]), len(source.regions) - 1)].speaker
    spoken = ""
    if s0 < s1:
        # the spoken text holds only the words of turns and cues, so a slice of it skips what lies between
        a, b = ix.folded.to_original(ix.wstart[s0], ix.wend[s1 - 1])
        spoken = " ".join(ix.content[a:b].split())
    time = source.passage_time(sp.start, sp.end)
    return Passage(source.name, sp.start, sp.end, sp.text, time, speaker, spoken)


def _quoted(words: Sequence[str]) -> str:
    return " ".join(words) if words else "nothing"


def _judge(quote: _Quote, match: _Match, speaker: Speaker | None, cutoff: int) -> Verification | None:
    """The verification of ``quote`` against its best match, or None below ``cutoff``: the changes at the
    joins of its segments (:func:`_joins`) and inside them (:func:`_differences`), and the verdict of the
    first rule of ``_VERDICT_RULES`` that applies."""
    source, ix = match.source, match.source.index
    n_q = len(quote.words)
    matched, n_s = match.matched, match.source_words
    word_score = 200 * matched / (n_q + n_s) if n_q + n_s else 0.0
    if word_score < cutoff or not match.segments:
        return None
    segs = match.segments
    joins = _joins(quote, match)
    diff = _differences(quote, match)
    changes = sorted((*joins.changes, *diff.changes), key=lambda c: (c.quote.start, c.quote.end))
    q_text = " ".join(quote.inner(s.q0, s.q1) for s in segs if s.q1 > s.q0)
    s_text = " ".join(ix.folded.text[ix.wstart[s.s0] : ix.wend[s.s1 - 1]] for s in segs if s.s1 > s.s0)
    score = round(min(word_score, fuzz.ratio(q_text, s_text)))
    evidence = _Evidence(
        quote,
        match,
        tuple(_passage(source, s.s0, s.s1) for s in segs),
        q_text,
        s_text,
        joins.splices,
        joins.excerpt_joins,
        tuple(m for m in quote.marks if m[0] in ("ellipsis", "bracket")),
        diff.altered,
        diff.cased_only,
    )
    found = next(f for rule in _VERDICT_RULES if (f := rule(evidence)) is not None)
    if found.marks_kept:
        changes = [c for c in changes if c.op not in ("elide", "interpolate")]
    reasons = [found.reason, *diff.reasons]
    if diff.substantive_why:
        reasons.append("The change alters the meaning: " + "; ".join(diff.substantive_why) + ".")
    warnings = _context_flags(quote, match, found.verdict) + _speaker_flags(found.passage, speaker)
    return Verification(
        Span(quote.start, quote.start + len(quote.folded.original), quote.folded.original),
        found.verdict,
        score,
        bool(diff.substantive_why),
        found.passage,
        found.pieces,
        tuple(changes),
        tuple(reasons),
        warnings,
        speaker,
        quote_pieces=_quote_pieces(quote),
    )


@frozen
class _Joins:
    """Where consecutive segments of a match meet: an ellipsis or a bracket standing for the source's words
    between them (an excerpt), or words out of order or far apart (a splice)."""

    changes: tuple[Change, ...]  # an elision or interpolation at each excerpt join
    splices: tuple[str, ...]  # what is wrong at each spliced join, in words
    excerpt_joins: int


def _joins(quote: _Quote, match: _Match) -> _Joins:
    source = match.source
    changes: list[Change] = []
    splices: list[str] = []
    excerpt_joins = 0
    for a, b in pairwise(match.segments):
        explicit = a.piece != b.piece
        gap = b.s0 - a.s1
        if explicit and 0 <= gap <= _EXCERPT_GAP:
            excerpt_joins += 1
            mark = next((m for m in quote.marks if m[3] == b.piece and m[0] in ("ellipsis", "bracket")), None)
            qspan = quote.fspan(mark[1], mark[2]) if mark else quote.span(b.q0, b.q0)
            op: ChangeOp = "interpolate" if mark and mark[0] == "bracket" else "elide"
            changes.append(Change(op, qspan, _source_span(source, a.s1, b.s0)))
        elif gap < 0:
            splices.append(f"'{_excerpt(quote, b.q0, b.q1)}' comes {-gap} words before the words it follows")
        else:
            splices.append(f"'{_excerpt(quote, b.q0, b.q1)}' stands {gap} words after the words it follows")
    return _Joins(tuple(changes), tuple(splices), excerpt_joins)


@frozen
class _Differences:
    """The word-level differences inside a match's segments, and the quote's words found nowhere near."""

    changes: tuple[Change, ...]
    reasons: tuple[str, ...]  # one sentence per change of words
    substantive_why: tuple[str, ...]  # for each change that alters the meaning, what it changed
    altered: int  # changes of words
    cased_only: int  # words that differ only in case


def _differences(quote: _Quote, match: _Match) -> _Differences:
    source, ix = match.source, match.source.index
    changes: list[Change] = []
    reasons: list[str] = []
    substantive_why: list[str] = []
    altered = 0
    cased_only = 0
    for s in match.segments:
        for tag, s0, s1, q0, q1 in s.ops:
            if tag == "equal":
                for d in range(q1 - q0):
                    src_word = ix.folded.text[ix.wstart[s0 + d] : ix.wend[s0 + d]]
                    if src_word != quote.cased(q0 + d):
                        changes.append(
                            Change(
                                "case",
                                quote.span(q0 + d, q0 + d + 1),
                                _source_span(source, s0 + d, s0 + d + 1),
                            )
                        )
                        cased_only += 1
                continue
            qw = [(quote.cased(i), quote.initial(i)) for i in range(q0, q1)]
            sw = _source_words(ix, s0, s1)
            why = _substantive(qw, sw)
            changes.append(
                Change(tag, quote.span(q0, q1), _source_span(source, s0, s1), why is not None)  # type: ignore[arg-type]
            )
            altered += 1
            said = [w for w, _ in sw]
            written = [w for w, _ in qw]
            if tag == "replace":
                text = f"'{_quoted(written)}' where the source has '{_quoted(said)}'"
            elif tag == "insert":
                text = f"'{_quoted(written)}' added"
            else:
                text = f"'{_quoted(said)}' left out without an ellipsis"
            reasons.append(f"The quote has {text}.")
            if why:
                substantive_why.append(f"{why} changed ({text})")
    for q0, q1 in match.missing:
        qw = [(quote.cased(i), quote.initial(i)) for i in range(q0, q1)]
        why = _substantive(qw, [])
        changes.append(Change("insert", quote.span(q0, q1), None, why is not None))
        altered += 1
        text = f"'{_quoted([w for w, _ in qw])}' appears nowhere near the rest"
        reasons.append(f"The quote's words {text}.")
        if why:
            substantive_why.append(f"{why} changed ({text})")
    return _Differences(tuple(changes), tuple(reasons), tuple(substantive_why), altered, cased_only)


@frozen(eq=False)
class _Evidence:
    """What the verdict rules weigh: the match, the source passages of its segments, the quote's words and
    the source's as compared, and what the joins and the differences found."""

    quote: _Quote
    match: _Match
    pieces: tuple[Passage, ...]  # the source passage of each segment
    q_text: str
    s_text: str
    splices: tuple[str, ...]
    excerpt_joins: int
    explicit_marks: tuple[tuple[str, int, int, int], ...]  # the quote's ellipses and brackets
    altered: int
    cased_only: int

    @property
    def whole(self) -> Passage:
        """The passage from the first segment's start to the last one's end."""
        segs = self.match.segments
        return _passage(self.match.source, segs[0].s0, segs[-1].s1)

    def where(self, passage: Passage) -> str:
        return f"{self.match.source.name} at {passage.start}-{passage.end}"


@frozen
class _Finding:
    """A verdict rule's answer: the verdict, the passage and pieces it rests on, and the reason that opens
    the verification's reasons."""

    verdict: Verdict
    passage: Passage
    pieces: tuple[Passage, ...]
    reason: str
    marks_kept: bool = False  # the source has the quote's ellipses or brackets too: they changed nothing


def _spliced(ev: _Evidence) -> _Finding | None:
    if not ev.splices:
        return None
    passage = max(ev.pieces, key=lambda p: p.end - p.start)
    n = len(ev.match.segments)
    why = f"The quote joins {n} passages of {ev.match.source.name} with no ellipsis: {'; '.join(ev.splices)}."
    return _Finding("spliced", passage, ev.pieces, why)


def _altered(ev: _Evidence) -> _Finding | None:
    if not ev.altered:
        return None
    passage = ev.whole
    why = f"Found in {ev.where(passage)}, with {ev.altered} word change{'s' if ev.altered > 1 else ''}."
    return _Finding("altered", passage, ev.pieces, why)


def _marks_in_the_source(ev: _Evidence) -> _Finding | None:
    # the source itself has the ellipsis or the brackets: character for character, or word for word
    if not (ev.explicit_marks or ev.excerpt_joins):
        return None
    segs = ev.match.segments
    held = _marks_in_source(ev.quote, ev.match.source, segs[0].s0, segs[-1].s1)
    if not held:
        return None
    passage = ev.whole
    why = f"The quote, its ellipsis or brackets included, stands in {ev.where(passage)}."
    return _Finding("verbatim" if held == 2 else "normalized", passage, ev.pieces, why, marks_kept=True)


def _an_excerpt(ev: _Evidence) -> _Finding | None:
    if not (ev.explicit_marks or ev.excerpt_joins):
        return None
    passage = ev.whole
    n = len(ev.explicit_marks)
    why = (
        f"The words stand in order in {ev.where(passage)}; "
        f"{n} ellipsis or bracket mark{'s' if n > 1 else ''} show where words were left out or supplied."
    )
    return _Finding("excerpt", passage, ev.pieces, why)


def _verbatim(ev: _Evidence) -> _Finding | None:
    if len(ev.match.segments) != 1 or ev.q_text != ev.s_text:
        return None
    passage = ev.whole
    return _Finding("verbatim", passage, ev.pieces, f"The quote matches {ev.where(passage)} word for word.")


def _verbatim_elsewhere(ev: _Evidence) -> _Finding | None:
    # the same words stand twice, once with other punctuation: the exact place is the one quoted
    if len(ev.match.segments) != 1:
        return None
    exact = _exact_words(ev.match.source.index, ev.q_text)
    if exact is None:
        return None
    passage = _passage(ev.match.source, *exact)
    return _Finding("verbatim", passage, (passage,), f"The quote matches {ev.where(passage)} word for word.")


def _normalized(ev: _Evidence) -> _Finding:
    if not ev.cased_only:
        what = "punctuation differs"
    elif ev.q_text.lower() == ev.s_text.lower():
        what = "case differs"
    else:
        what = "case and punctuation differ"
    passage = ev.whole
    return _Finding("normalized", passage, ev.pieces, f"The words match {ev.where(passage)}; only {what}.")


# The verdicts, tried in order; the first that applies is the quote's.  Words out of order or far apart
# make a splice whatever else holds, and a changed word makes it altered; only then do the quote's own
# marks count (the source may have them too, or they show an excerpt); a quote with none of these is
# verbatim, word for word, here or at the place it quotes exactly; else only case or punctuation differ.
_VerdictRule = Callable[[_Evidence], _Finding | None]
_VERDICT_RULES: tuple[_VerdictRule, ...] = (
    _spliced,
    _altered,
    _marks_in_the_source,
    _an_excerpt,
    _verbatim,
    _verbatim_elsewhere,
    _normalized,
)


def _quote_pieces(quote: _Quote) -> tuple[Span, ...]:
    parts = quote.parts or ((quote.start, quote.start + len(quote.folded.original)),)
    return tuple(Span(a, b, quote.doc[a:b]) for a, b in parts)


def _exact_words(ix: _Index, folded: str) -> tuple[int, int] | None:
    """The words (first, past-last) of the source whose folded text is ``folded`` exactly, or None."""
    pos = ix.folded.text.find(folded)
    if pos < 0 or not folded:
        return None
    s0 = bisect_left(ix.wstart, pos)
    s1 = bisect_left(ix.wend, pos + len(folded))
    if s0 >= len(ix.wstart) or s1 >= len(ix.wend) or ix.wstart[s0] != pos or ix.wend[s1] != pos + len(folded):
        return None  # inside a word: not a match of whole words
    return s0, s1 + 1


def _marks_in_source(quote: _Quote, source: Source, s0: int, s1: int) -> int:
    """2 when the source passage holds the quote character for character, marks and bracketed words
    included (the source itself has the ellipsis); 1 when it does word for word; 0 otherwise."""
    if not quote.fs or any(m[1] < quote.fs[0] or m[2] > quote.fe[-1] for m in quote.marks):
        return 0  # a mark at either end says the quote is cut, whatever the source holds
    ix = source.index
    said = ix.folded.text[ix.wstart[s0] : ix.wend[s1 - 1]] if s1 > s0 else ""
    written = quote.inner(0, len(quote.words), sic=True)
    if said == written:
        return 2
    if len(_MARK.findall(said)) != sum(1 for m in quote.marks if m[0] != "gap"):
        return 0  # the source has no such marks: the quote's are the editor's
    words = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
    return 1 if words.findall(said.lower()) == words.findall(written.lower()) else 0


def _excerpt(quote: _Quote, q0: int, q1: int, limit: int = 6) -> str:
    words = [quote.cased(i) for i in range(q0, min(q1, q0 + limit))]
    return " ".join(words) + (" …" if q1 - q0 > limit else "")


def _flag_words(ix: _Index, positions: Iterable[int]) -> list[str]:
    out = []
    for j in positions:
        w = ix.folded.text[ix.wstart[j] : ix.wend[j]].lower()
        if w in _NEGATIONS or w in _CONDITIONS or w in _QUALIFIERS or w.endswith("n't"):
            out.append(w)
    return out


def _context_flags(quote: _Quote, match: _Match, verdict: Verdict) -> tuple[Flag, ...]:
    if verdict in ("spliced", "not_found") or not match.segments:
        return ()
    ix = match.source.index
    segs = match.segments
    flags: list[Flag] = []
    # before the first word, back to the start of its sentence
    before: list[int] = []
    j = segs[0].s0
    while j > 0 and len(before) < _CONTEXT_REACH and not _source_initial(ix, j):
        j -= 1
        before.append(j)
    dropped = _flag_words(ix, reversed(before))
    if dropped:
        lead = " ".join(ix.folded.text[ix.wstart[k] : ix.wend[k]] for k in reversed(before))
        flags.append(
            Flag(
                "context",
                f"The quote starts after '{lead}', leaving out {', '.join(repr(w) for w in dropped)}.",
            )
        )
    after: list[int] = []
    j = segs[-1].s1
    while j < len(ix.ids) and len(after) < _CONTEXT_REACH and not _source_initial(ix, j):
        after.append(j)
        j += 1
    dropped = _flag_words(ix, after)
    if dropped:
        tail = " ".join(ix.folded.text[ix.wstart[k] : ix.wend[k]] for k in after)
        flags.append(
            Flag(
                "context",
                f"The quote stops before '{tail}', leaving out {', '.join(repr(w) for w in dropped)}.",
            )
        )
    for a, b in pairwise(segs):
        if a.piece != b.piece and 0 < b.s0 - a.s1 <= 60:
            dropped = _flag_words(ix, range(a.s1, b.s0))
            if dropped:
                flags.append(
                    Flag(
                        "context",
                        f"The ellipsis stands for words including {', '.join(repr(w) for w in dropped)}.",
                    )
                )
    return tuple(flags)


def _speaker_names(name: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", name.lower()) if w not in _TITLES}


def _speaker_flags(passage: Passage | None, speaker: Speaker | None) -> tuple[Flag, ...]:
    if passage is None or speaker is None or not passage.speaker:
        return ()
    if speaker.kind != "person" or not speaker.name:
        return ()
    label = passage.speaker.strip()
    if label.upper() == "A":
        return ()  # the answerer: the transcript does not say who
    if label.upper() == "Q":
        return (
            Flag(
                "speaker",
                f"The source passage is the interviewer's question (Q), but the article attributes it to "
                f"{speaker.name}.",
            ),
        )
    if _speaker_names(label) & _speaker_names(speaker.name):
        return ()
    return (
        Flag(
            "speaker",
            f"The source passage is spoken by {label}, but the article attributes it to {speaker.name}.",
        ),
    )


# --- public entry points ---------------------------------------------------------------------------------


def _not_found(
    quote: _Quote, sources: Sequence[Source], best: float, speaker: Speaker | None
) -> Verification:
    span = Span(quote.start, quote.start + len(quote.folded.original), quote.folded.original)
    if not sources:
        return Verification(
            span,
            "not_found",
            0,
            False,
            None,
            (),
            (),
            ("No source was given to check against.",),
            speaker=speaker,
            checked=False,
            quote_pieces=_quote_pieces(quote),
        )
    if not quote.words:
        why = "The quote holds no words to look for."
    else:
        names = ", ".join(s.name for s in sources)
        why = f"No passage of {names} supports the quote (best match {round(best)}/100)."
    return Verification(
        span,
        "not_found",
        round(best),
        False,
        None,
        (),
        (),
        (why,),
        speaker=speaker,
        quote_pieces=_quote_pieces(quote),
    )


def _verify_span(
    doc: str,
    start: int,
    end: int,
    sources: Sequence[Source],
    speaker: Speaker | None,
    cutoff: int,
    *,
    gaps: Sequence[tuple[int, int]] = (),
) -> Verification:
    quote = _read_quote(doc, start, end, gaps=gaps)
    if not sources or not quote.words:
        return _not_found(quote, sources, 0.0, speaker)
    best: Verification | None = None
    best_key: tuple[int, int, int] = (-1, 0, 0)
    best_partial = 0.0
    for source in sources:
        match = _match(quote, source)
        n = len(quote.words) + match.source_words
        partial = 200 * match.matched / n if n else 0.0
        best_partial = max(best_partial, partial)
        v = _judge(quote, match, speaker, cutoff)
        if v is None:
            continue
        key = (match.matched, -len(match.segments), v.score)
        if key > best_key:
            best, best_key = v, key
    return best if best is not None else _not_found(quote, sources, best_partial, speaker)


_Sources = Source | str | Path | Iterable[Source | str | Path]


def verify(
    quote: str, sources: _Sources, *, speaker: Speaker | str | None = None, cutoff: int = 60
) -> Verification:
    """The verdict on ``quote`` against ``sources`` (a :class:`~quotecheck.sources.Source`, a source's text
    as ``str``, a ``Path`` to read, or several of them; the best passage wins).

    ``speaker`` is who the article says spoke (a name or a :class:`~quotecheck.model.Speaker`), for the
    speaker-mismatch warning.  Below ``cutoff`` (0-100, the share of words the best passage supports) the
    verdict is ``not_found``; nothing here raises on a quote that cannot be found.
    """
    if not isinstance(quote, str):
        raise InputError(_not_text("verify()", quote))
    if isinstance(speaker, str):
        speaker = Speaker(speaker, "person")
    return _verify_span(quote, 0, len(quote), as_sources(sources), speaker, cutoff)


def verify_statements(
    text: str, statements: Iterable[Statement], sources: _Sources, *, cutoff: int = 60
) -> tuple[Verification, ...]:
    """A verdict for every quotation (``Statement.quotes``) of already extracted statements of ``text``.

    The pieces of a split quotation ("X," she said, "and Y.") are verified together, as one quotation:
    quotes of one statement that stand in different segments, where the first piece does not end its
    sentence and the words between them (the attribution) do not end one either.
    """
    prepared = as_sources(sources)
    out = []
    for st in statements:
        for group in _split_quotations(text, st):
            first, last = group[0], group[-1]
            gaps = [(_content(text, a)[1], _content(text, b)[0]) for a, b in pairwise(group)]
            v = _verify_span(text, first.start, last.end, prepared, st.speaker, cutoff, gaps=gaps)
            out.append(evolve(v, quote_pieces=tuple(group)))
    out.sort(key=lambda v: v.quote.start)
    return tuple(out)


# Quote marks and white space around a quotation's words.
_OUTER = "\"'“”‘’«»„‟‹›「」『』 \t\n\r\u00a0"
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*$")


def _content(text: str, q: Span) -> tuple[int, int]:
    """The span of a quotation's words, its marks left out."""
    a, b = q.start, q.end
    while a < b and text[a] in _OUTER:
        a += 1
    while b > a and text[b - 1] in _OUTER:
        b -= 1
    return a, b


def _split_quotations(text: str, st: Statement) -> list[list[Span]]:
    """The statement's quotes, the pieces of each split quotation grouped."""

    def segment(q: Span) -> int:
        return next((k for k, s in enumerate(st.segments) if s.start < q.end and q.start < s.end), -1)

    groups: list[list[Span]] = []
    for q in sorted(st.quotes, key=lambda q: q.start):
        if groups:
            prev = groups[-1][-1]
            a, b = _content(text, prev)
            between = text[prev.end : q.start]
            if (
                segment(prev) != segment(q)
                and segment(q) >= 0
                and not _ENDS_SENTENCE.search(text[a:b])
                and not _ENDS_SENTENCE.search(between.rstrip())
                and not any(c in between for c in '\n"“”«»')
            ):
                groups[-1].append(q)
                continue
        groups.append([q])
    return groups


def verify_article(text: str, sources: _Sources, *, cutoff: int = 60) -> tuple[Verification, ...]:
    """A verdict for every quotation an article holds, with the speaker the extractor found for it."""
    from quotecheck.pipeline import analyze  # the extractor sits upstream; imported here to keep flow one-way

    if not isinstance(text, str):
        raise InputError(_not_text("verify_article()", text))

    return verify_statements(text, analyze(text).statements, sources, cutoff=cutoff)


# --- presenting verdicts ---------------------------------------------------------------------------------


def diff_text(v: Verification, *, width: int = 60) -> str:
    """The quote with its changes marked: ``[-source words-]{+quote words+}``, ``[…-elided-…]``.

    >>> v = verify("the deal is not done", "the deal is done")
    >>> diff_text(v)
    'the deal is {+not+} done'
    """
    out: list[str] = []
    pos = v.quote.start
    text = v.quote.text
    for c in v.changes:
        if c.op == "case":
            continue
        out.append(text[pos - v.quote.start : c.quote.start - v.quote.start])
        src = c.source.text if c.source else ""
        if len(src) > width:
            src = src[: width // 2] + " … " + src[-width // 2 :]
        src = " ".join(src.split())
        if c.op in ("replace", "interpolate"):
            out.append(f"[-{src}-]{{+{c.quote.text}+}}" if src else f"{{+{c.quote.text}+}}")
        elif c.op == "insert":
            out.append(f"{{+{c.quote.text}+}}")
        elif c.op == "delete":
            out.append(f"[-{src}-] ")
        else:  # elide
            out.append(f"{c.quote.text}[…-{src}-…]" if src else c.quote.text)
        pos = max(pos, c.quote.end)
    out.append(text[pos - v.quote.start :])
    return "".join(out)


def format_table(verifications: Sequence[Verification]) -> str:
    """A readable report: one block per quote with verdict, score, source passage, word diff, reasons."""
    lines: list[str] = []
    for n, v in enumerate(verifications, 1):
        flags = []
        if v.substantive:
            flags.append("substantive")
        flags += [w.kind + " warning" for w in v.warnings]
        who = f" — {v.speaker.name}" if v.speaker and v.speaker.name else ""
        extra = f", {', '.join(flags)}" if flags else ""
        lines.append(f"{n:>3}. {v.verdict.upper()} (score {v.score}{extra}){who}")
        lines.append(f"     quote  {v.quote.start}-{v.quote.end}: {' '.join(v.quote.text.split())}")
        if v.passage is not None:
            p = v.passage
            when = f" [{_clock(p.time[0])}–{_clock(p.time[1])}]" if p.time else ""
            lines.append(
                f"     source {p.path} {p.start}-{p.end}{when}: {p.spoken or ' '.join(p.text.split())}"
            )
        if any(c.op != "case" for c in v.changes):
            lines.append(f"     diff   {' '.join(diff_text(v).split())}")
        for r in v.reasons:
            lines.append(f"     - {r}")
        for w in v.warnings:
            lines.append(f"     ! {w.message}")
    return "\n".join(lines)


def _clock(seconds: float) -> str:
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"
