"""The extractor's facts about where a statement stands, handed to grading (:class:`~quotecheck.model.Facts`).

Grading asks three things of the text around a statement: which sentence holds it, whether the words
pass through a second source on their way ("…, citing two officials", only in that sentence), and whether
the speaker's sentence gives a reason for anonymity. The extractor has answered all three already: it split
the text into sentences (Punkt's, never cut inside a quotation), it read each sentence's hops
(:mod:`quotecheck.chain`), and ``speakers`` owns the phrasing of a reason. :func:`attach_facts` hands those
answers on with each statement, so a sentence has one model, and a hop and a reason one owner each.
Which of a sentence's hops a statement's words pass through is decided here: not one inside its own
quotation (a "citing" there is the speaker's), and an "according to" only after its words (before them, or
as its cue, it names the statement's own source).

A statement built by hand has no facts; :func:`facts_alone` finds them for it as near as it can without
the rest of the extraction: Punkt's sentences of the paragraphs around it, kept whole inside its own
quotations (the extractor also keeps them whole inside every other quotation, and joins a speaker tag to
the quotation before it), and the hops their plain words give outside quotations (as the extractor's
tokens, which keep a quotation whole).

>>> from quotecheck.model import Span, Speaker, Statement
>>> text = "A senior official, who asked not to be named, said the talks had stalled. Talks resume Monday."
>>> st = Statement("indirect", 51, 72, text[51:72], (Span(51, 72, text[51:72]),), (),
...                Speaker("A senior official", "anonymous", Span(0, 17, text[:17])))
>>> f = facts_alone(text, st)
>>> text[slice(*f.sentence)]
'A senior official, who asked not to be named, said the talks had stalled.'
>>> [r.text for r in f.reasons]
['asked not to be named']
>>> text = "The talks had stalled, the paper said, citing two diplomats. Talks resume Monday."
>>> st = Statement("indirect", 0, 21, text[:21], (Span(0, 21, text[:21]),), (),
...                Speaker("the paper", "organization", Span(23, 32, text[23:32])))
>>> [(h.kind, h.source.text) for h in facts_alone(text, st).hops]
[('citing', 'two diplomats')]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from quotecheck.chain import hops_in_words
from quotecheck.lexicon.anonymous import REASON_PHRASES
from quotecheck.model import Facts, Hop, Span, Statement
from quotecheck.quotes import find_quotations
from quotecheck.speakers import anonymity_reason_spans
from quotecheck.text import merge_inside, paragraphs, sentence_spans, words

__all__ = ["attach_facts", "facts_alone"]


def attach_facts(
    text: str,
    statements: Sequence[Statement],
    sentences: Sequence[tuple[int, int, int]],
    hops: Sequence[Hop] = (),
) -> tuple[Statement, ...]:
    """``statements`` with their facts, read from ``sentences`` ((start, end, paragraph), in text order,
    as the extractor split ``text``) and from the ``hops`` the extractor read in them, in text order."""
    starts = [s for s, _, _ in sentences]
    bounds = [(s, e) for s, e, _ in sentences]
    chain = _Chain(hops)
    reasons: dict[int, tuple[Span, ...]] = {}  # each sentence is read once, however many statements it holds
    # attrs.evolve, without its per-call look-up of the fields (as grading.grade_all): once per statement
    return tuple(
        Statement(
            st.kind,
            st.start,
            st.end,
            st.text,
            st.segments,
            st.quotes,
            st.speaker,
            st.cue,
            st.continuation,
            st.strength,
            _facts(text, st, starts, bounds, chain, reasons),
            reported_as=st.reported_as,
        )
        for st in statements
    )


def facts_alone(text: str, statement: Statement) -> Facts:
    """The facts of a statement built by hand, its offsets pointing into ``text``: Punkt's sentences of the
    paragraphs it and its speaker stand in, kept whole inside its quotations."""
    inside = sorted((q.start + 1, q.end - 1) for q in statement.quotes if q.end - q.start > 2)
    points = [statement.start, max(statement.start, statement.end - 1)]
    if statement.cue is not None:
        points += [statement.cue.start, statement.cue.end]
    if statement.speaker.mention is not None:
        points.append(statement.speaker.mention.start)
    lo, hi = min(points), max(points)
    around = [(a, b) for a, b in paragraphs(text) if b >= lo and a <= hi]
    bounds = [span for a, b in around for span in merge_inside(sentence_spans(text, a, b), inside)]
    if not bounds:  # a statement in white space only: its own extent stands for its sentence
        bounds = [(statement.start, statement.end)]
    # as the extractor's tokens keep each quotation whole, no word inside one opens a hop
    quoted = [(p.start, p.end) for q in find_quotations(text, around) if q.depth == 0 for p in q.pieces]
    chain = _Chain(
        [
            hop
            for a, b in bounds
            for hop in hops_in_words(
                text, (w for w in words(text, a, b) if not any(s <= w.start < e for s, e in quoted)), b
            )
        ]
    )
    return _facts(text, statement, [a for a, _ in bounds], bounds, chain, {})


class _Chain:
    """A text's hops, found by where they begin."""

    __slots__ = ("hops", "starts")

    def __init__(self, hops: Sequence[Hop]) -> None:
        self.hops = hops
        self.starts = [h.cue.start for h in hops]

    def passed_through(self, st: Statement, first: int, last: int, a: int, b: int) -> tuple[Hop, ...]:
        """The hops of ``text[a:b]``, the sentence(s) holding the statement's words and cue (``first`` to
        ``last``), that its words pass through."""
        if not self.hops:
            return ()
        # a second source stands near the words it passes on: bounded by a reach, the look stays short in a
        # text whose "sentence" is thousands of statements long (one with no full stops, a stray mark)
        lo, hi = max(a, first - _REACH), min(b, last + _REACH)
        cue = st.cue
        out: list[Hop] = []
        for k in range(bisect_left(self.starts, lo), len(self.hops)):
            hop = self.hops[k]
            at = hop.cue.start
            if hop.cue.end > hi:
                break
            if any(q.start <= at < q.end for q in st.quotes):
                continue  # a "citing" inside the quoted words is the speaker's own, not the reporter's chain
            if hop.kind == "according to" and (at < last or (cue is not None and cue.start <= at < cue.end)):
                # an "according to" is a second hop only after the statement, in its sentence: "…,” he
                # said, according to a pool report."; the statement's own "according to" is its source
                continue
            out.append(hop)
        return tuple(out)


_REACH = 600  # characters before and after a statement: longer than any sentence a "citing" belongs to


def _facts(
    text: str,
    st: Statement,
    starts: list[int],
    bounds: Sequence[tuple[int, int]],
    chain: _Chain,
    reasons_in: dict[int, tuple[Span, ...]],
) -> Facts:
    cue = st.cue
    first = min(cue.start, st.start) if cue is not None else st.start
    last = max(cue.end, st.end) if cue is not None else st.end
    a = bounds[_holding(starts, first)][0]
    b = bounds[_holding(starts, max(first, last - 1))][1]
    reasons: tuple[Span, ...] = ()
    if st.speaker.kind != "unknown":  # only a source's grade reads a reason: no speaker, none to read
        at = st.speaker.mention.start if st.speaker.mention is not None else st.start
        k = _holding(starts, at)
        if k not in reasons_in:
            s, e = bounds[k]
            folded = text[s:e].casefold()
            if any(w in folded for w in _REASON_KEYS):
                reasons_in[k] = tuple(Span(x, y, text[x:y]) for x, y in anonymity_reason_spans(text, s, e))
            else:
                reasons_in[k] = ()  # no reason's longest word: speakers' pattern need not run
        reasons = reasons_in[k]
    a, b = min(a, first), max(b, last)
    return Facts((a, b), reasons, chain.passed_through(st, first, last, a, b), text)


# The longest word of each reason phrase: a sentence holding none of them holds no reason, and most
# sentences hold none, so the pattern (hundreds of alternatives tried at every position) is spared them.
_REASON_KEYS = tuple(sorted({max(p.casefold().split(), key=len) for p in REASON_PHRASES}))


def _holding(starts: list[int], pos: int) -> int:
    """The index of the sentence holding ``pos``: the last to start at or before it, else the first."""
    return max(0, bisect_right(starts, pos) - 1)
