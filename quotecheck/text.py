"""The text model: paragraphs, sentences and words, every one a span of the original text.

Sentences come from NLTK's Punkt with parameters this module sets itself (no data download, ever), then are
made quote-aware by the caller: :func:`merge_inside` joins sentences whose boundary falls inside a quotation,
so ``“We are done. We leave,” he said.`` stays one sentence with its speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from quotecheck.lexicon.abbreviations import ABBREVIATIONS
from quotecheck.model import Span

__all__ = ["merge_inside", "paragraphs", "sentence_spans", "words"]

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_LINE = re.compile(r"[^\n]+")
_BLOCK = re.compile(r"(?:[^\n]|\n(?![ \t\r\f\v\u00a0]*\n))+")
# A word: letters or digits, with inner apostrophes, periods (U.S.), hyphens and ampersands (AT&T).
WORD = re.compile(r"\w+(?:['\N{RIGHT SINGLE QUOTATION MARK}.&\-]\w+)*")


def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Paragraph extents as (start, end), trimmed of surrounding white space.

    Copy whose paragraphs are separated by blank lines keeps single newlines as mere line wrapping;
    copy with no blank lines treats every line as a paragraph.
    """
    blank = len(_BLANK_LINE.findall(text))
    single = text.count("\n") - 2 * blank
    pattern = _BLOCK if blank and blank >= single else _LINE
    out: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return tuple(out)


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Punkt's sentences of ``text[start:end]`` (one paragraph), as absolute (start, end).

    Punkt keeps a single initial inside its sentence ("Robert C. Byrd") but ends one at a pair: "CBC
    Chairman G.K. Butterfield said" is joined again when a capitalized word precedes the initials and a
    name, not a sentence's usual first word, follows them.
    """
    piece = text[start:end]
    out: list[tuple[int, int]] = []
    for s, e in list(_tokenizer().span_tokenize(piece)):
        # only the end of the sentence before is read: a joined sentence is never scanned again
        tail = out[-1][1] - start if out else 0
        if out and _INITIALS_END.search(piece, max(out[-1][0] - start, tail - 40), tail):
            first = _FIRST_WORD.match(piece, s)
            if first is not None and first.group(1).lower() not in _SENTENCE_OPENERS:
                out[-1] = (out[-1][0], start + e)
                continue
        out.append((start + s, start + e))
    return out


# Two initials after a capitalized word, ending a Punkt sentence: "Chairman G.K." (not "the U.S.").
_INITIALS_END = re.compile(r"\b[A-Z][\w.'-]* (?!(?:U\.S|D\.C|U\.K|U\.N|E\.U|L\.A)\.$)[A-Z]\.[A-Z]\.$")
_FIRST_WORD = re.compile(r"([A-Z][a-z'\N{RIGHT SINGLE QUOTATION MARK}-]+)\b")
# Capitalized words that open a new sentence rather than finish a name.
_SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i you his her their its our this that these those there here in on at
    for but and or so yet if when while after before since as by with from to of what who why how where
    meanwhile however still also then now later earlier today yesterday""".split()
)


def merge_inside(
    sentences: Sequence[tuple[int, int]], inside: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Join consecutive sentences whose boundary lies inside one of the ``inside`` spans (sorted, disjoint).

    One pass over both lists: linear in their lengths.
    """
    out: list[tuple[int, int]] = []
    k = 0
    for s, e in sentences:
        if out:
            boundary = out[-1][1]
            while k < len(inside) and inside[k][1] <= boundary:
                k += 1
            if k < len(inside) and inside[k][0] <= boundary and s < inside[k][1]:
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


def words(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """The words of ``text[start:end]`` as spans of ``text``.

    >>> [w.text for w in words("Mr. Kilani’s U.S. plan, AT&T’s cease-fire said.")]
    ['Mr', 'Kilani’s', 'U.S', 'plan', 'AT&T’s', 'cease-fire', 'said']
    """
    for m in WORD.finditer(text, start, len(text) if end is None else end):
        yield Span(m.start(), m.end(), m.group())
