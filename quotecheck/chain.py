"""The chain of sources: a second source a sentence names between the speaker and the reporter.

"The Gazette, citing two officials, said …", "“…,” he said, according to a pool report", "the agency quoted
the minister as saying …": the words reach the reporter through a second source, a hop in the chain.  The
frame finder (:mod:`quotecheck.attribution`) reads each sentence's tokens once; :func:`sentence_hops` reads
the same tokens for the words that open a hop (``HOP_OPENINGS``) and keeps each as a frozen
:class:`~quotecheck.model.Hop`: what kind it is, the words that open it, the phrase that names the second
source.  A phrase that gives a reason instead ("citing the strain of the job") is no hop.  Which hops a
statement's words pass through is for :mod:`quotecheck.facts` to say (a hop inside its quotation is the
speaker's own; its own "according to" is its source), and what a hop does to a grade for
:mod:`quotecheck.grading`.

>>> from quotecheck.text import words
>>> text = "The Gazette, citing two officials familiar with the talks, said the deal was close."
>>> [(h.kind, h.cue.text, h.source.text) for h in hops_in_words(text, list(words(text)), len(text))]
[('citing', 'citing', 'two officials familiar with the talks')]

A statement built by hand has no tokens of the extractor's: :func:`hops_in_words` reads plain words
(:func:`quotecheck.text.words`) the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Protocol

from quotecheck.lexicon.abbreviations import ABBREVIATIONS
from quotecheck.lexicon.anonymous import ANON_HEADS, VAGUE_GROUPS
from quotecheck.lexicon.frames import HEAD_END, HOP_KEYS, HOP_OPENINGS, HOP_WORDS, TEXT_OF
from quotecheck.lexicon.organizations import DOCUMENT_NOUNS, ORG_HEADS
from quotecheck.model import Hop, Span

__all__ = ["hops_in_words", "sentence_hops"]


class Token(Protocol):
    """What the chain reads of a token: where it stands and its lower-case form (a quotation piece, kept
    whole as one token by the extractor, has a form that opens no hop)."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def low(self) -> str: ...


def sentence_hops(text: str, toks: Sequence[Token], end: int) -> tuple[Hop, ...]:
    """The hops of one sentence, in text order: ``toks`` are its tokens (the extractor's, a quotation
    piece one token, so a "citing" inside quoted words is never read), ``end`` where the sentence ends
    (a phrase naming a source runs no further)."""
    if not toks:
        return ()
    window = text[toks[0].start : toks[-1].end].lower()
    if not any(key in window for key in HOP_KEYS):
        return ()  # most sentences: no word every hop of some kind holds ("as" alone is everywhere)
    lows = [t.low for t in toks]
    out: list[Hop] = []
    for i, low in enumerate(lows):
        if low not in HOP_WORDS:
            continue
        hop = _hop_at(text, toks, lows, i, end)
        if hop is not None:
            out.append(hop)
    return tuple(out)


def hops_in_words(text: str, found: Iterable[Span], end: int) -> tuple[Hop, ...]:
    """:func:`sentence_hops` over plain words (:func:`quotecheck.text.words`) rather than the extractor's
    tokens: for a statement built by hand, whose sentence the extractor never read."""
    return sentence_hops(text, [_Word(w.start, w.end, w.text.lower()) for w in found], end)


class _Word:
    __slots__ = ("end", "low", "start")

    def __init__(self, start: int, end: int, low: str) -> None:
        self.start = start
        self.end = end
        self.low = low


def _hop_at(text: str, toks: Sequence[Token], lows: list[str], i: int, end: int) -> Hop | None:
    """The hop whose opening words begin at token ``i``, or None: the words of a ``HOP_OPENINGS`` entry,
    one space apart or more, then white space and the phrase that names the source."""
    for words, kind in HOP_OPENINGS:
        last = i + len(words) - 1
        if tuple(lows[i : last + 1]) != words or not _spaced(text, toks, i, last):
            continue
        cue = Span(toks[i].start, toks[last].end, text[toks[i].start : toks[last].end])
        if kind == "quoted as saying":
            return _quoted_as_saying(text, toks, lows, i, end, cue)
        start = _after_space(text, cue.end, end)
        if start is None:
            return None
        phrase = _cited_phrase(text, start, end)
        if not phrase.strip() or not _names_a_source(phrase):
            return None  # "citing the release of prisoners": a reason, not a source
        return Hop(kind, cue, Span(start, start + len(phrase), phrase))
    return None


def _spaced(text: str, toks: Sequence[Token], a: int, b: int) -> bool:
    """Whether tokens ``a`` to ``b`` stand one after another with white space, and only that, between."""
    return all(text[toks[k].end : toks[k + 1].start].isspace() for k in range(a, b))


def _after_space(text: str, pos: int, end: int) -> int | None:
    """Where the words after ``pos`` begin, past at least one white-space character; None when none."""
    k = pos
    while k < end and text[k].isspace():
        k += 1
    return k if pos < k < end else None


def _quoted_as_saying(
    text: str, toks: Sequence[Token], lows: list[str], i: int, end: int, cue: Span
) -> Hop | None:
    """ "quoted the minister as saying": the source stands between "quoted" and the first "as saying" after
    it, two to a hundred characters with no mark that would end a phrase (a comma, a colon, brackets)."""
    start = _after_space(text, cue.end, end)
    if start is None:
        return None
    for j in range(i + 2, len(toks) - 1):
        stop = toks[j - 1].end
        if stop - start > 100:
            break  # past any phrase of a hundred characters
        if lows[j] != "as" or lows[j + 1] != "saying" or not _spaced(text, toks, j - 1, j + 1):
            continue
        phrase = text[start:stop]
        if len(phrase) < 2:
            continue
        if _PHRASE_MARKS.search(phrase):
            return None  # a later "as saying" holds the same mark
        return Hop("quoted as saying", cue, Span(start, stop, phrase))
    return None


_PHRASE_MARKS = re.compile(r"[,;:()]")
# What ends the phrase a source is named by: a mark, a clause ("who", "that", "as saying"), a full stop
# (unless an abbreviation's: see _cited_phrase) or the end of the search.
_CITED_END = re.compile(
    r"\s*(?:(?P<stop>\.)|[,;:()\N{EM DASH}\N{EN DASH}]|\s+as\s+saying\b|\s+who\b|\s+that\b|$)"
)
_CLOSERS_ONLY = re.compile(r"[\s\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK})]*")
_STOPPED_WORD = re.compile(r"[\w&'\N{RIGHT SINGLE QUOTATION MARK}.-]*\Z")
_INITIALS = re.compile(r"[A-Z](?:\.-?[A-Z])*")  # "J", "U.S", "A.F.L.-C.I.O"
_WORD = re.compile(r"[^\W_]+(?:['\N{RIGHT SINGLE QUOTATION MARK}\-.][^\W_]+)*")


def _cited_phrase(text: str, start: int, end: int) -> str:
    """The phrase that names a source from ``start``: at least two characters, at most 120, to its end.

    The search stays inside the extractor's sentence, but a full stop there may still end one: a
    sentence kept whole around a quotation holds another's end ("…, quoting an official. “They …").  So
    a full stop ends the phrase unless it follows an abbreviation or initials ("citing data from the
    U.S. State Department", "citing Mrs. Clinton's emphasis on …").
    """
    limit = min(end, start + 120)
    if start + 2 > end:
        return ""
    for t in _CITED_END.finditer(text, start + 2, end):
        if t.start() > limit:
            break
        if t.group("stop") is not None and not _CLOSERS_ONLY.fullmatch(text, t.end(), end):
            # not the sentence's last full stop (that one ends it, "according to the Las Vegas Sun.")
            word = _STOPPED_WORD.search(text, start, t.end() - 1)
            written = word.group() if word is not None else ""
            if written.lower() in ABBREVIATIONS or _INITIALS.fullmatch(written):
                continue
        return text[start : t.start()]
    return ""


# The heads of a phrase that names a source by what it is: an unnamed source, an institution, a document,
# the press.
_SOURCE_NOUNS = (
    ANON_HEADS | VAGUE_GROUPS | ORG_HEADS | DOCUMENT_NOUNS | {"reports", "media", "outlets", "press"}
)


def _names_a_source(phrase: str) -> bool:
    """Whether a phrase after "citing" is a source: its head (the last word before "of", "familiar", …) is
    a name, an unnamed source, an institution, a document or the press ("sources", "two people familiar
    with", "a report in the Times", "Reuters"), not a reason ("concerns about", "the release of")."""
    head = ""
    ended_by = ""
    for w in _WORD.findall(phrase):
        if head and w.lower() in HEAD_END:
            ended_by = w.lower()
            break
        head = w
    if not head:
        return False
    low = head.lower()
    if (
        ended_by == "of"
        and (low in DOCUMENT_NOUNS or low.rstrip("s") in DOCUMENT_NOUNS)
        and low not in TEXT_OF
    ):
        return False  # "the release of political prisoners": an event, not a press release
    return head[0].isupper() or low in _SOURCE_NOUNS or low.rstrip("s") in _SOURCE_NOUNS

