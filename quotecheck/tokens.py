"""The tokens of a sentence: words and marks as :class:`Tok`, each quotation piece one token.

Takes the text, a range of it and the quotation pieces inside the range; gives :class:`Tok` values (a
sentence's list of them is never changed after it is made).  A sentence of megabytes is tokenized a batch at
a time and cut into windows at clause marks, so memory and time stay linear.  One linear pattern makes every
token: nothing here can backtrack.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from quotecheck.quotes import Quotation

__all__ = ["Tok", "tokenize"]


# Initials ("U.S."), numbers with thousands ("2,093"), words with inner marks, a typed dash ("--"), a mark.
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\w+(?:['\N{RIGHT SINGLE QUOTATION MARK}&\-.]\w+)*|--+|[^\w\s]"
)

_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")

_CONTRACTION = re.compile(
    r"(?i)(he|she|it|they|we|i|you|who)['\N{RIGHT SINGLE QUOTATION MARK}](?:s|re|ve|ll|d|m)$"
)


class Tok:
    """A token of a sentence: a word, a punctuation mark, or a whole quotation piece."""

    __slots__ = ("cap", "end", "is_word", "low", "quote", "start", "text")

    def __init__(self, start: int, end: int, text: str, low: str, quote: Quotation | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = low
        self.quote = quote  # a quotation piece, kept whole as one token
        first = text[0]
        # worked out once: the frame walks ask these of every token many times
        self.is_word = quote is None and (first.isalnum() or first == "_")
        self.cap = quote is None and first.isupper()

    @classmethod
    def _word(cls, start: int, end: int, text: str, low: str, is_word: bool, cap: bool) -> Tok:
        """A word or mark whose lower case and kind are known already (the tokenizer's cache): no
        character of it looked at again."""
        tok = cls.__new__(cls)
        tok.start = start
        tok.end = end
        tok.text = text
        tok.low = low
        tok.quote = None
        tok.is_word = is_word
        tok.cap = cap
        return tok


def _words_into(toks: list[Tok], text: str, a: int, b: int) -> None:
    append = toks.append
    # tokens stand apart by white space alone (every other character starts one), so one scan that reads
    # each token with the white space before it gives every place by adding lengths: no match object per
    # token (a third of a million tokens for 600 articles)
    pos = a
    known = _PLAIN_WORDS
    for gap, word in _SPACED_TOKEN.findall(text, a, b):
        st = pos + len(gap)
        pos = en = st + len(word)
        seen = known.get(word)
        if seen is not None:
            # most tokens of news are a few thousand words and marks over and over: their lower case and
            # kind are looked up, not worked out, and the token is made without a call to ``__init__``
            append(_new_tok(st, en, word, *seen))
            continue
        c = _CONTRACTION.match(word) if ("'" in word or "\N{RIGHT SINGLE QUOTATION MARK}" in word) else None
        if c is not None:
            # "He’s claiming", "they’ve said": the pronoun and its auxiliary are two tokens
            cut = st + c.end(1)
            append(Tok(st, cut, text[st:cut], text[st:cut].lower()))
            rest = text[cut:en]
            append(Tok(cut, en, rest, "'" + rest[1:].lower()))
        elif word[:2] == "--":
            # a typed dash is an em dash: "John Dickey -- the production company's chief -- told me"
            append(Tok(st, en, "\N{EM DASH}", "\N{EM DASH}"))
        else:
            tok = Tok(st, en, word, word.lower())
            append(tok)
            if len(known) >= _PLAIN_WORDS_MAX:
                known.clear()  # a long run over a large vocabulary: start again rather than grow without end
            known[word] = (tok.low, tok.is_word, tok.cap)


# Each plain token's text (not a contraction, not a typed dash: those are cut or replaced) to what a Tok of
# it holds besides its places: (lower case, is_word, cap).  Kept across texts, as the vocabulary of news is.
_PLAIN_WORDS: dict[str, tuple[str, bool, bool]] = {}
_PLAIN_WORDS_MAX = 200_000
_new_tok = Tok._word


def tokenize(text: str, start: int, end: int, pieces: Sequence[tuple[int, int, Quotation]]) -> list[Tok]:
    """Tokens of ``text[start:end]``, each quotation piece (sorted, inside the range) as a single token."""
    toks: list[Tok] = _Toks()
    for batch in _token_batches(text, start, end, pieces):
        toks.extend(batch)
    return toks


def _token_batches(
    text: str, start: int, end: int, pieces: Sequence[tuple[int, int, Quotation]]
) -> Iterator[list[Tok]]:
    """The tokens of :func:`tokenize`, a few thousand characters' worth at a time, so a sentence of
    megabytes need not hold all its tokens at once."""
    pos = start
    for ps, pe, q in pieces:
        if ps < pos:
            continue
        yield from _word_batches(text, pos, ps)
        if _nickname(text, ps, pe):
            # Marcia "Cia" Price, Robert C. "Bobby" Scott: a nickname inside a name is part of the name
            nick = text[ps + 1 : pe - 1].strip()
            yield [Tok(ps, pe, nick, nick.lower())]
        else:
            yield [Tok(ps, pe, text[ps:pe], '"', q)]
        pos = pe
    yield from _word_batches(text, pos, end)


def _word_batches(text: str, a: int, b: int) -> Iterator[list[Tok]]:
    # no token holds white space, so tokens read up to a space are the tokens of the whole range
    while a < b:
        space = _SPACE.search(text, a + _BATCH_CHARS, b) if b - a > _BATCH_CHARS else None
        cut = space.start() if space is not None else b
        toks: list[Tok] = []
        _words_into(toks, text, a, cut)
        yield toks
        a = cut


_SPACE = re.compile(r"\s")
_BATCH_CHARS = 4000


_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def _nickname(text: str, ps: int, pe: int) -> bool:
    """Whether the quotation piece ``text[ps:pe]`` is a nickname between a given name and a surname: one
    or two capitalized words, right after a capitalized word (not one that ends a sentence) and right
    before another."""
    inner = text[ps + 1 : pe - 1].split()
    if not (0 < len(inner) <= 2 and all(w[:1].isupper() for w in inner)):
        return False
    # the name may begin before the sentence does: Punkt ends one at an initial ("Robert C.")
    before = _NAME_BEFORE.search(text, max(0, ps - 40), ps)
    if before is None or _NAME_AFTER.match(text, pe) is None:
        return False
    word = before.group().strip()
    # "Robert C. “Bobby” Scott": an initial's stop; "… City Hall. “No Justice” …": a sentence's end
    return not word.endswith(".") or len(word) == 2


_NAME_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w'.-]*[ \t]\Z")


def _windows(toks: list[Tok]) -> list[list[Tok]]:
    """A sentence's tokens, cut at clause marks into windows of at most ``_WINDOW_TOKENS`` when it is
    longer: a run-on "sentence" of thousands of clauses (a list, a feed with no full stops) is read clause
    by clause, so its cost stays linear; a real sentence is far shorter and read whole."""
    if len(toks) <= _WINDOW_TOKENS:
        return [toks]
    out: list[list[Tok]] = []
    a = 0
    while a < len(toks):
        b = min(len(toks), a + _WINDOW_TOKENS)
        if b < len(toks):
            b = _window_cut(toks, a, b)
        out.append(toks[a:b])
        a = b
    return out


_WINDOW_TOKENS = 400


def _stream_windows(
    text: str, s_start: int, s_end: int, pieces: Sequence[tuple[int, int, Quotation]]
) -> Iterator[list[Tok]]:
    """The windows of :func:`_windows` over the sentence's tokens, made while tokenizing: a sentence of
    megabytes (a feed, a list, a scrape with no full stops) keeps one window of tokens in memory, not all
    of them.  A sentence short enough to be one window is tokenized whole, as before."""
    if s_end - s_start <= _BATCH_CHARS:
        yield from _windows(tokenize(text, s_start, s_end, pieces))
        return
    buf: list[Tok] = []
    cut_any = False
    for batch in _token_batches(text, s_start, s_end, pieces):
        buf.extend(batch)
        while len(buf) > _WINDOW_TOKENS:  # more tokens follow this window: cut it as _windows does
            b = _window_cut(buf, 0, _WINDOW_TOKENS)
            yield buf[:b]
            del buf[:b]
            cut_any = True
    if not cut_any:
        yield from _windows(_Toks(buf))
    elif buf:
        yield buf


def _window_cut(toks: list[Tok], a: int, b: int) -> int:
    """Where a window from ``a`` ends when tokens go on past ``b``: after its last clause mark in the second
    half, else at ``b``."""
    marks = (j for j in range(b - 1, a + _WINDOW_TOKENS // 2, -1) if toks[j].text in (",", ";", ":"))
    cut = next(marks, None)
    return cut + 1 if cut is not None else b


class _Toks(list[Tok]):
    """A sentence's tokens, with what every cue asks of the whole sentence worked out once: where its
    content can end (the last token before the closing stops) and where contrasting clauses open."""

    ends: tuple[int, list[int]] | None = None
