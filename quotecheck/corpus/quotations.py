"""The quotations of one document: every statement's quoted words, as units to match across documents.

>>> from quotecheck.corpus.model import Document
>>> doc = Document("a", "“We will fight for every family in this state,” Senator Ann Marlow said.")
>>> [(q.speaker, q.text, len(q.words)) for q in quotations_of(doc)]
[('Ann Marlow', 'We will fight for every family in this state,', 9)]
"""

from __future__ import annotations

from quotecheck.corpus.model import Document, Quotation
from quotecheck.model import Span, Statement
from quotecheck.verify import _read_quote

__all__ = ["quotations_of"]

# Marks that open or close a quotation; the quoted words lie between them.
_MARKS = "\"'“”‘’„‟«»‹›「」『』 \t\n\r\u00a0"


def _inner(text: str, span: Span) -> Span | None:
    """The quoted words of a quotation-mark span, its marks and surrounding space cut off."""
    a, b = span.start, span.end
    while a < b and text[a] in _MARKS:
        a += 1
    while b > a and text[b - 1] in _MARKS:
        b -= 1
    return Span(a, b, text[a:b]) if a < b else None


def _quotation(document: Document, statement: Statement) -> Quotation | None:
    text = document.text
    pieces = tuple(p for p in (_inner(text, q) for q in statement.quotes) if p is not None)
    if not pieces:
        return None
    words: list[str] = []
    for p in pieces:
        words.extend(_read_quote(text, p.start, p.end).words)
    start, end = pieces[0].start, pieces[-1].end
    speaker = statement.speaker.name if statement.speaker.kind != "unknown" else None
    return Quotation(
        document.id,
        start,
        end,
        text[start:end],
        pieces,
        tuple(words),
        speaker,
        document.outlet,
        document.date,
    )


def quotations_of(document: Document, *, min_words: int = 6) -> tuple[Quotation, ...]:
    """Every quotation of ``document`` with at least ``min_words`` quoted words, in order of place.

    Runs the extractor once, without grading (:func:`quotecheck.pipeline.find_statements`): a quotation's
    speaker is what matching needs, not the strength of its attribution.  A quotation two statements share
    (one continues the other) is given once.
    """
    from quotecheck.pipeline import find_statements  # the extractor is the heavy import: load it when needed

    seen: set[tuple[int, int]] = set()
    out: list[Quotation] = []
    for st in find_statements(document.text):
        q = _quotation(document, st)
        if q is None or len(q.words) < min_words or (q.start, q.end) in seen:
            continue
        seen.add((q.start, q.end))
        out.append(q)
    out.sort(key=lambda q: (q.start, q.end))
    return tuple(out)
