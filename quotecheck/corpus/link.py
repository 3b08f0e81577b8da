"""Is a candidate pair one quotation?  Confirmed with the aligner :func:`quotecheck.verify` uses.

The shorter quotation (or, between equals, the later one) is read as a quote and the other as its source,
and ``verify``'s matching and judging run on them unchanged.  A link must also cover most of the quote's
words, so two quotations that merely share a phrase ("the American people") are not linked.

>>> from quotecheck.corpus.model import Quotation
>>> from quotecheck.model import Span
>>> def q(doc, text):
...     return Quotation(doc, 0, len(text), text, (Span(0, len(text), text),), tuple(text.lower().split()))
>>> a = q("a", "We will fight for every family in this state, and we will win.")
>>> link = compare(a, q("b", "we will fight for every family in this state"))
>>> link.verdict, link.score
('excerpt', 98)
>>> compare(a, q("c", "This is a fight for every family we know.")) is None
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from attrs import frozen

from quotecheck.corpus.model import Quotation
from quotecheck.sources import Source
from quotecheck.verify import _judge, _match, _read_quote

__all__ = ["Link", "compare", "judge"]

# verify's own default: below it, verify says not_found
_CUTOFF = 60
# A link leaves at most _SLACK of the quote's words unmatched (_SHORT_SLACK in a quotation of fewer than
# _SHORT words), or a fifth of them if that is more: the issue's "one or two words changed, dropped or
# added", proportionally more in a long quotation, and only one in a short one, where two would let
# "are revealed as part of the" join any quotation holding "as part of the".
_SLACK = 2
_SHORT_SLACK = 1
_SHORT = 10
_COVER = 0.8
_MIN_WORDS = 4


@frozen
class Link:
    """``quote`` read against ``source``: verify's verdict, score (0-100) and ``substantive``, with its
    reasons.  ``covered`` is how many of the source's words the quote gives, of ``source_words``."""

    quote: Quotation
    source: Quotation
    verdict: str
    score: int
    substantive: bool
    reasons: tuple[str, ...]
    covered: int
    source_words: int


def _later(a: Quotation, b: Quotation) -> bool:
    """True when ``a`` is read as the quote of ``b``: fewer words, or as many and later."""
    if len(a.words) != len(b.words):
        return len(a.words) < len(b.words)
    return (a.date is None, a.date or "", a.key) > (b.date is None, b.date or "", b.key)


def judge(
    quote: Quotation,
    source: Quotation,
    *,
    cutoff: int = _CUTOFF,
    guard: bool = True,
    prepared: Source | None = None,
) -> Link | None:
    """``quote`` checked against ``source`` as ``verify`` would check it; None when it is not found there,
    or (with ``guard``) when the found words are less than most of the quote.

    ``prepared`` is ``source``'s quoted words already read as a :class:`Source`, for callers that check
    many quotes against one.
    """
    n = len(quote.words)
    need = max(min(n - (_SLACK if n >= _SHORT else _SHORT_SLACK), _COVER * n), min(_MIN_WORDS, n))
    if guard and (n == 0 or _shared_words(quote.words, source.words) < need):
        return None  # a cheap upper bound: the aligner cannot match words the source does not have
    text = quote.quoted
    q = _read_quote(text, 0, len(text))
    if not q.words:
        return None
    src = prepared if prepared is not None else prepare(source)
    m = _match(q, src)
    if guard and m.matched < need:
        return None
    v = _judge(q, m, None, cutoff)
    if v is None:
        return None
    covered = m.source_words
    total = src.n_words
    verdict: str = v.verdict
    reasons = v.reasons
    if verdict in ("verbatim", "normalized") and covered < total:
        # a part of the quotation given as if whole: within a cluster that is an excerpt, marks or not
        verdict = "excerpt"
        reasons = (f"The quote gives {covered} of the {total} words of the quotation.", *reasons)
    return Link(quote, source, verdict, v.score, v.substantive, reasons, covered, total)


def _shared_words(a: Sequence[str], b: Sequence[str]) -> int:
    """How many words of ``a`` ``b`` has too, repeats counted at most as often as ``b`` has them."""
    have = Counter(b)
    return sum(min(k, have[w]) for w, k in Counter(a).items())


def prepare(quotation: Quotation, *, name: str | None = None) -> Source:
    """The quotation's quoted words as a source to check quotes against; verdict reasons call it ``name``
    (its document's id unless given)."""
    return Source.from_text(quotation.quoted, name=name or quotation.doc, format="text")


def compare(a: Quotation, b: Quotation) -> Link | None:
    """The link between two quotations, or None when they are not the same quotation.

    The shorter one (between equals, the later by date, then place) is the quote, the other its source.
    """
    quote, source = (a, b) if _later(a, b) else (b, a)
    return judge(quote, source)
