"""The text model: paragraphs, sentences and words, every one a span of the original text.

Sentences come from NLTK's Punkt with parameters this module sets itself (no data download, ever), then are
made quote-aware by the caller: :func:`merge_inside` joins sentences whose boundary falls inside a quotation,
so ``“We are done. We leave,” he said.`` stays one sentence with its speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

from quotecheck.lexicon.abbreviations import ABBREVIATIONS
from quotecheck.model import Span

__all__ = ["merge_inside", "paragraphs", "phrase_alternation", "sentence_spans", "words"]

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
_LINE = re.compile(r"[^\n]+")
_LONE_CR = re.compile(r"\r(?!\n)")
# a block of lines up to a blank one; a line's run of characters is taken whole, not a character per turn of
# the repetition (six times faster), and nothing follows the repetition, so no match ever backtracks into it
_BLOCK = re.compile(r"(?:[^\n]+|\n(?![ \t\r\f\v\u00a0]*\n))+")
# A word: letters or digits, with inner apostrophes, periods (U.S.), hyphens and ampersands (AT&T).
WORD = re.compile(r"\w+(?:['\N{RIGHT SINGLE QUOTATION MARK}.&\-]\w+)*")


def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Paragraph extents as (start, end), trimmed of surrounding white space.

    Copy whose paragraphs are separated by blank lines keeps single newlines as mere line wrapping;
    copy with no blank lines treats every line as a paragraph.
    """
    # a lone carriage return (old Mac copy) ends a line as a newline does; swapped one for one, offsets hold
    view = _LONE_CR.sub("\n", text) if "\r" in text else text
    blank = len(_BLANK_LINE.findall(view))
    single = view.count("\n") - 2 * blank
    pattern = _BLOCK if blank and blank >= single else _LINE
    out: list[tuple[int, int]] = []
    for m in pattern.finditer(view):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return tuple(out)


# NLTK 3.10 compiles Punkt's patterns with the third-party ``regex`` engine and runs every match under a
# wall-clock timeout (5 s by default), its guard against catastrophic backtracking.  A timeout turns a long
# paragraph on a busy machine into a TimeoutError, so an answer would depend on the machine's load.  Punkt's
# patterns need no such guard: each is a character class, a bounded alternation or a lazy run checked by a
# fixed-width look-ahead, so the standard ``re`` matches them in time linear in what they read.  The same
# pattern sources are compiled here with ``re`` (about three times faster, too).  ``re`` and ``regex`` agree
# on the classes these patterns use (``\s``, ``\S``, ``\W``, ``\d``) for ordinary text; they differ only on
# rare characters (``regex`` counts combining marks in ``\w``, ``re`` counts U+001C-U+001F as space).


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    """Punkt with this module's parameters and patterns, made on first use: importing NLTK takes a second
    or more (it pulls in SciPy where that is installed), which ``import quotecheck``, ``--help`` and a
    pytest run that loads the plugin but checks nothing need not pay."""
    from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

    def compiled(fmt: str, non_word: str, flags: int, sent_end: str = "") -> re.Pattern[str]:
        return re.compile(
            fmt
            % {
                "NonWord": non_word,
                "MultiChar": PunktLanguageVars._re_multi_char_punct,
                "WordStart": PunktLanguageVars._re_word_start,
                "SentEndChars": sent_end,
            },
            flags,
        )

    class LanguageVars(PunktLanguageVars):  # type: ignore[misc]  # nltk is untyped
        """Punkt's English conventions, with the patterns compiled by ``re``."""

        re_boundary_realignment = re.compile(PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE)

        @lru_cache(maxsize=1)  # noqa: B019  # one instance, made once
        def _word_tokenizer_re(self) -> re.Pattern[str]:
            return compiled(self._word_tokenize_fmt, self._re_non_word_chars, re.VERBOSE)

        @lru_cache(maxsize=1)  # noqa: B019
        def period_context_re(self) -> re.Pattern[str]:
            fmt, sent_end = self._period_context_fmt, self._re_sent_end_chars
            return compiled(fmt, self._re_non_word_chars, re.VERBOSE, sent_end)

    class Token(PunktToken):  # type: ignore[misc]  # nltk is untyped
        """Punkt's token, its per-token patterns compiled by ``re``."""

        _RE_ELLIPSIS = re.compile(PunktToken._RE_ELLIPSIS.pattern)
        _RE_NUMERIC = re.compile(PunktToken._RE_NUMERIC.pattern)
        _RE_INITIAL = re.compile(PunktToken._RE_INITIAL.pattern)
        _RE_ALPHA = re.compile(PunktToken._RE_ALPHA.pattern)

        @property
        def is_non_punct(self) -> bool:
            return _NON_PUNCT.search(self.type) is not None

    class SentenceTokenizer(PunktSentenceTokenizer):  # type: ignore[misc]  # nltk is untyped
        """Punkt, remembering its answer for each context around a possible sentence end ("Mr. Trump",
        "said. The"): a pure function of the context's text under fixed parameters, and news repeats its
        contexts (about one in four for 600 articles), while each answer tokenizes and annotates anew."""

        @lru_cache(maxsize=1 << 14)  # noqa: B019  # one instance, made once
        def text_contains_sentbreak(self, text: str) -> bool:
            return bool(super().text_contains_sentbreak(text))

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return SentenceTokenizer(params, lang_vars=LanguageVars(), token_cls=Token)


_NON_PUNCT = re.compile(r"[^\W\d]")


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


def phrase_alternation(phrases: Iterable[str], *, ignore_case: bool = False) -> str:
    """A regular expression alternative for each phrase, a space in a phrase matching any run of white
    space, and a longer phrase preferred to a shorter one it begins with ("said to have" before "said").

    It means what the flat list ``longest|…|shortest`` means, but is written as a tree of shared beginnings:
    the engine tries a flat list's alternatives one by one at every position it tries the pattern (hundreds
    of them for a lexicon), the tree's in a few steps.  Only phrases that begin alike share a branch, and
    two phrases can both match at one place only when one begins the other, so the order of branches does
    not matter; the deeper one is tried first, as the longer phrase is in the flat list.  With
    ``ignore_case`` (for a pattern that reads the result under ``(?i)``) phrases that differ only in the
    case of ASCII letters share a branch, as they match the same text.

    >>> phrase_alternation(["said to", "said", "sources"])
    '(?:s(?:aid(?:\\s+to|)|ources))'
    >>> import re
    >>> re.compile(phrase_alternation(["said to", "said"])).match("said  to be").group()
    'said  to'
    """
    tree: dict[str, Any] = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            key = char.lower() if ignore_case and char.isascii() else char
            node = node.setdefault(r"\s+" if char == " " else re.escape(key), {})
        node[""] = {}  # a phrase ends here
    return "(?:" + _branches(tree) + ")"


def _branches(node: dict[str, Any]) -> str:
    alternatives = [piece + _branches(rest) for piece, rest in sorted(node.items()) if piece]
    if "" in node:
        alternatives.append("")  # the phrase that ends here, tried after every longer one
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"
