"""The extractor's facts about where a statement stands, handed to grading (:class:`~quotecheck.model.Facts`).

Grading asks two things of the text around a statement: which sentence holds it (a second source,
"…, citing two officials", counts only there) and whether the speaker's sentence gives a reason for
anonymity. The extractor has answered both already: it split the text into sentences (Punkt's, never cut
inside a quotation), and ``speakers`` owns the phrasing of a reason. :func:`attach_facts` hands those
answers on with each statement, so a sentence has one model and a reason one owner.

A statement built by hand has no facts; :func:`facts_alone` finds them for it as near as it can without
the rest of the extraction: Punkt's sentences of the paragraphs around it, kept whole inside its own
quotations (the extractor also keeps them whole inside every other quotation, and joins a speaker tag to
the quotation before it).

>>> from quotecheck.model import Span, Speaker, Statement
>>> text = "A senior official, who asked not to be named, said the talks had stalled. Talks resume Monday."
>>> st = Statement("indirect", 51, 72, text[51:72], (Span(51, 72, text[51:72]),), (),
...                Speaker("A senior official", "anonymous", Span(0, 17, text[:17])))
>>> f = facts_alone(text, st)
>>> text[slice(*f.sentence)]
'A senior official, who asked not to be named, said the talks had stalled.'
>>> [r.text for r in f.reasons]
['asked not to be named']
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from quotecheck.lexicon.anonymous import REASON_PHRASES
from quotecheck.model import Facts, Span, Statement
from quotecheck.speakers import anonymity_reason_spans
from quotecheck.text import merge_inside, paragraphs, sentence_spans

__all__ = ["attach_facts", "facts_alone"]


def attach_facts(
    text: str, statements: Sequence[Statement], sentences: Sequence[tuple[int, int, int]]
) -> tuple[Statement, ...]:
    """``statements`` with their facts, read from ``sentences`` ((start, end, paragraph), in text order,
    as the extractor split ``text``)."""
    starts = [s for s, _, _ in sentences]
    bounds = [(s, e) for s, e, _ in sentences]
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
            _facts(text, st, starts, bounds, reasons),
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
    bounds = [
        span
        for a, b in paragraphs(text)
        if b >= lo and a <= hi
        for span in merge_inside(sentence_spans(text, a, b), inside)
    ]
    if not bounds:  # a statement in white space only: its own extent stands for its sentence
        bounds = [(statement.start, statement.end)]
    return _facts(text, statement, [a for a, _ in bounds], bounds, {})


def _facts(
    text: str,
    st: Statement,
    starts: list[int],
    bounds: Sequence[tuple[int, int]],
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
    return Facts((min(a, first), max(b, last)), reasons)


# The longest word of each reason phrase: a sentence holding none of them holds no reason, and most
# sentences hold none, so the pattern (hundreds of alternatives tried at every position) is spared them.
_REASON_KEYS = tuple(sorted({max(p.casefold().split(), key=len) for p in REASON_PHRASES}))


def _holding(starts: list[int], pos: int) -> int:
    """The index of the sentence holding ``pos``: the last to start at or before it, else the first."""
    return max(0, bisect_right(starts, pos) - 1)
