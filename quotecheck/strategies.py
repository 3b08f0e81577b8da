"""Hypothesis strategies for news copy with attributed quotations, for fact-check tests of your own.

Two kinds of cases with the answer known by construction, for property tests of code built on quotecheck
(``docs/strategies.md`` is the guide):

- :func:`articles`: articles whose every statement is known, as :class:`GeneratedArticle` values: the
  text and its :class:`ExpectedStatement` tuple (kind, content span, quotation spans, speaker, level);
- :func:`quote_source_pairs`: a quote and a source with the verdict :func:`quotecheck.verify` must give,
  as :class:`QuoteSourcePair` values, for every verdict (``verbatim`` to ``not_found``).

The older strategies :func:`quoted_statement`, :func:`news_text` and :func:`speaker_names` give plainer
values: one quotation as a tuple, an article as a string, a name.

This module imports Hypothesis, which is a development dependency of quotecheck (the ``dev`` extra), not a
runtime one: ``import quotecheck`` never loads it, and only tests that import ``quotecheck.strategies``
need it installed.

>>> from hypothesis import given
>>> from quotecheck.pipeline import analyze
>>> from quotecheck.strategies import quoted_statement
>>> @given(quoted_statement())
... def test_speaker_found(case):
...     text, (start, end), name = case
...     assert any(name == s.speaker.name for s in analyze(text).statements)
>>> test_speaker_found()

The words are made up here, from a small vocabulary of plain English, and the speakers are drawn from
first names in :mod:`quotecheck.lexicon.people` and surnames listed below; the cue verbs come from
:mod:`quotecheck.lexicon.cues`.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen
from hypothesis import strategies as st

from quotecheck.errors import InputError
from quotecheck.lexicon._words import words
from quotecheck.lexicon.cues import AMBIGUOUS_FORMS, CUE_FORMS, CUE_VERBS, inflect
from quotecheck.lexicon.people import FIRST_NAMES, HONORIFICS, ROLE_NOUNS, TITLES
from quotecheck.model import LEVELS, Level, SpeakerKind, StatementKind
from quotecheck.verify import VERDICTS, Verdict

__all__ = [
    "CUE_PAST_FORMS",
    "QUOTE_STYLES",
    "ExpectedStatement",
    "GeneratedArticle",
    "QuoteSourcePair",
    "articles",
    "news_text",
    "quote_source_pairs",
    "quoted_statement",
    "speaker_names",
]

#: (opening, closing) marks of the quoting conventions news copy uses, mismatched pairs included
QUOTE_STYLES: tuple[tuple[str, str], ...] = (
    ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),  # US and most news copy
    ('"', '"'),  # typewriter copy
    ("\N{LEFT DOUBLE QUOTATION MARK}", '"'),  # mismatched, as pasted copy often is
    ("\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}", "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"),
    ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"),  # German copy
    ("``", "''"),  # LaTeX and Penn Treebank
    ("''", "''"),  # NYT-style ASCII
    ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),  # British copy
    ("'", "'"),
)

# Past forms of the plain speech verbs ("said", "wrote", "added"): the ones a quotation's tag uses.  Verbs
# that need an object (called it "…", described it as "…") or an addressee (told reporters, assured them)
# cannot end a tag alone, and forms that are also common nouns ("reports", "notes") read either way: both
# are left out.
_NEEDS_ADDRESSEE = frozenset(words("tell inform assure reassure advise notify brief instruct"))
_SPEECH_LEMMAS = sorted(
    lemma
    for lemma, verb in CUE_VERBS.items()
    if verb.group == "speech"
    and verb.stance == "neutral"
    and verb.that_clause
    and " " not in lemma
    and lemma not in _NEEDS_ADDRESSEE
)
#: past forms of neutral speech cue verbs, each of which the lexicon maps back to its lemma
CUE_PAST_FORMS: tuple[str, ...] = tuple(
    sorted(
        {
            forms[2]
            for forms in map(inflect, _SPEECH_LEMMAS)
            if len(forms) > 2 and forms[2] not in AMBIGUOUS_FORMS and CUE_FORMS.get(forms[2]) is not None
        }
    )
)

# Surnames: common in English, not words of their own that copy uses in lower case.
_SURNAMES = words(
    "Abbott Alvarez Barnes Brennan Castillo Chaudhry Delgado Donovan Eriksen Fairbanks Fitzgerald Gallagher"
    " Haddad Hargreaves Ibarra Jablonski Kowalski Lindqvist Mahoney Nakamura Okafor Pemberton Quintero"
    " Rasmussen Santoro Takahashi Underwood Valdez Whitaker Yilmaz Zielinski"
)
# First names that are also titles or roles ("Marine") are left out: the extractor drops a title before a
# name, and which reading is right needs knowledge these strategies do not model.
_NOT_FIRST = {w.lower().rstrip(".") for w in (*TITLES, *ROLE_NOUNS, *HONORIFICS)}
_FIRST = sorted(
    name.capitalize() for name in FIRST_NAMES if name.isalpha() and len(name) > 2 and name not in _NOT_FIRST
)

# Plain words for the quoted content: no names, no cue verbs, no apostrophes (a single-mark quotation
# would read them as closing marks), nothing a sentence splitter treats as an abbreviation.
_NOUNS = words("plan bridge budget council road water school price deal vote market harbour")
# Nouns that are never verbs, for the sentences of articles() outside quotation marks: "every new plan
# holds" can read as a source ("every new") planning something.
_PLAIN_NOUNS = tuple(n for n in _NOUNS if n not in ("plan", "deal", "vote"))
_VERBS = words("works fails matters changes helps waits grows holds ends starts")
_ADJECTIVES = words("new old whole local final clear simple fair late early")
_ADVERBS = words("today again now soon still always")


def speaker_names() -> st.SearchStrategy[str]:
    """A person's full name: a first name the lexicon knows and a surname."""
    return st.builds(lambda f, s: f"{f} {s}", st.sampled_from(_FIRST), st.sampled_from(_SURNAMES))


@st.composite
def _clause(draw: st.DrawFn, nouns: Sequence[str] = _NOUNS) -> str:
    words = [
        draw(st.sampled_from(("the", "this", "our", "every"))),
        draw(st.sampled_from(_ADJECTIVES)),
        draw(st.sampled_from(nouns)),
        draw(st.sampled_from(_VERBS)),
    ]
    if draw(st.booleans()):
        words.append(draw(st.sampled_from(_ADVERBS)))
    return " ".join(words)


@st.composite
def _sentence_words(draw: st.DrawFn, nouns: Sequence[str] = _NOUNS) -> str:
    """One to three clauses joined by commas and "and", without final punctuation, capitalized."""
    clauses = draw(st.lists(_clause(nouns), min_size=1, max_size=3))
    body = " and ".join(clauses)
    return body[0].upper() + body[1:]


@st.composite
def quoted_statement(draw: st.DrawFn) -> tuple[str, tuple[int, int], str]:
    """``(text, (start, end), name)``: a one-sentence direct quotation, its span with marks, its speaker.

    The shapes: “Q,” NAME said. / “Q,” said NAME. / NAME said: “Q.” / NAME said, “Q.” with a quoting style
    from :data:`QUOTE_STYLES` and a cue verb from :data:`CUE_PAST_FORMS`.
    """
    opening, closing = draw(st.sampled_from(QUOTE_STYLES))
    content = draw(_sentence_words())
    name = draw(speaker_names())
    cue = draw(st.sampled_from(CUE_PAST_FORMS))
    shape = draw(st.integers(0, 3))
    if shape in (0, 1):
        quote = f"{opening}{content},{closing}"
        tag = f" {name} {cue}." if shape == 0 else f" {cue} {name}."
        return quote + tag, (0, len(quote)), name
    lead = f"{name} {cue}{':' if shape == 2 else ','} "
    quote = f"{opening}{content}.{closing}"
    return lead + quote, (len(lead), len(lead) + len(quote)), name


@st.composite
def _plain_sentence(draw: st.DrawFn, nouns: Sequence[str] = _NOUNS) -> str:
    return draw(_sentence_words(nouns)) + "."


@st.composite
def _indirect_sentence(draw: st.DrawFn) -> str:
    name = draw(speaker_names())
    cue = draw(st.sampled_from(CUE_PAST_FORMS))
    return f"{name} {cue} that {draw(_clause())}."


@st.composite
def news_text(draw: st.DrawFn, *, max_paragraphs: int = 6) -> str:
    """An article: paragraphs (blank lines between) of plain, quoted and reported sentences."""
    quoted = quoted_statement().map(lambda case: case[0])
    sentence = st.one_of(_plain_sentence(), quoted, _indirect_sentence())
    paragraph = st.lists(sentence, min_size=1, max_size=3).map(" ".join)
    return "\n\n".join(draw(st.lists(paragraph, min_size=1, max_size=max_paragraphs)))


# --- articles whose statements are known --------------------------------------------------------------------


@frozen
class ExpectedStatement:
    """A statement an article was built with, as :func:`quotecheck.analyze` must report it.

    ``start``/``end``/``text`` are the statement's content (``Statement.start``, ``.end``, ``.text``);
    ``quotes`` the spans of its quotations, marks included (``Statement.quotes``); ``speaker`` the
    canonical name (``Speaker.name``: a person's full name, an anonymous or organizational source's words as
    written) or None, with ``speaker_kind``; ``level`` its attribution-strength level.
    """

    kind: StatementKind
    start: int
    end: int
    text: str
    quotes: tuple[tuple[int, int], ...]
    speaker: str | None
    speaker_kind: SpeakerKind
    level: Level


@frozen
class GeneratedArticle:
    """An article and every statement in it, in order: ``text[s.start:s.end] == s.text`` for each."""

    text: str
    statements: tuple[ExpectedStatement, ...]

    @property
    def speakers(self) -> tuple[str, ...]:
        """The named people quoted or paraphrased, in order of first appearance."""
        people = (s.speaker for s in self.statements if s.speaker_kind == "person" and s.speaker)
        return tuple(dict.fromkeys(people))


# A sentence: its text, and the statement in it with offsets relative to the sentence (None: plain).
_Sentence = tuple[str, ExpectedStatement | None]

_ANONYMOUS_COUNTS = words("Two Three Several")
_ANONYMOUS_GROUPS = words("officials people diplomats")
_ANONYMOUS_ACCESS = ("familiar with the talks", "close to the council", "with knowledge of the talks")
_VAGUE_SOURCES = words("Sources Officials Critics")
_INSTITUTIONS = words("ministry council company")
_HEDGES = words("reportedly allegedly")


@st.composite
def _direct(draw: st.DrawFn, name: str) -> _Sentence:
    opening, closing = draw(st.sampled_from(QUOTE_STYLES))
    content = draw(_sentence_words())
    cue = draw(st.sampled_from(CUE_PAST_FORMS))
    shape = draw(st.integers(0, 3))
    if shape in (0, 1):
        inner = f"{content},"
        quote = f"{opening}{inner}{closing}"
        text = quote + (f" {name} {cue}." if shape == 0 else f" {cue} {name}.")
        q0 = 0
    else:
        inner = f"{content}."
        quote = f"{opening}{inner}{closing}"
        q0 = len(f"{name} {cue}{':' if shape == 2 else ','} ")
        text = f"{name} {cue}{':' if shape == 2 else ','} {quote}"
    start = q0 + len(opening)
    return text, ExpectedStatement(
        "direct",
        start,
        start + len(inner),
        inner,
        ((q0, q0 + len(quote)),),
        name,
        "person",
        "named_direct",
    )


def _indirect(lead: str, clause: str, that: bool) -> tuple[str, int, str]:
    content = f"that {clause}" if that else clause
    return f"{lead} {content}.", len(lead) + 1, content


@st.composite
def _reported(draw: st.DrawFn, name: str) -> _Sentence:
    cue = draw(st.sampled_from(CUE_PAST_FORMS))
    text, start, content = _indirect(f"{name} {cue}", draw(_clause(_PLAIN_NOUNS)), True)
    return text, ExpectedStatement(
        "indirect", start, start + len(content), content, (), name, "person", "named_indirect"
    )


@st.composite
def _anonymous_described(draw: st.DrawFn) -> _Sentence:
    who = " ".join(
        (
            draw(st.sampled_from(_ANONYMOUS_COUNTS)),
            draw(st.sampled_from(_ANONYMOUS_GROUPS)),
            draw(st.sampled_from(_ANONYMOUS_ACCESS)),
        )
    )
    text, start, content = _indirect(f"{who} said", draw(_clause(_PLAIN_NOUNS)), False)
    return text, ExpectedStatement(
        "indirect", start, start + len(content), content, (), who, "anonymous", "anonymous_described"
    )


@st.composite
def _anonymous_vague(draw: st.DrawFn) -> _Sentence:
    who = draw(st.sampled_from(_VAGUE_SOURCES))
    text, start, content = _indirect(f"{who} said", draw(_clause(_PLAIN_NOUNS)), False)
    return text, ExpectedStatement(
        "indirect", start, start + len(content), content, (), who, "anonymous", "anonymous"
    )


@st.composite
def _institutional(draw: st.DrawFn) -> _Sentence:
    body = draw(st.sampled_from(_INSTITUTIONS))
    channel = " in a statement" if draw(st.booleans()) else ""
    text, start, content = _indirect(f"The {body} said{channel}", draw(_clause(_PLAIN_NOUNS)), True)
    return text, ExpectedStatement(
        "indirect", start, start + len(content), content, (), body, "organization", "institutional"
    )


@st.composite
def _hedged(draw: st.DrawFn) -> _Sentence:
    # "The new plan reportedly works": an assertion that rests on no one
    noun = draw(st.sampled_from(_PLAIN_NOUNS))
    content = " ".join(
        (
            "The",
            draw(st.sampled_from(_ADJECTIVES)),
            noun,
            draw(st.sampled_from(_HEDGES)),
            draw(st.sampled_from(_VERBS)),
        )
    )
    return content + ".", ExpectedStatement(
        "indirect", 0, len(content), content, (), None, "unknown", "unattributed"
    )


@st.composite
def _plain(draw: st.DrawFn) -> _Sentence:
    return draw(_plain_sentence(_PLAIN_NOUNS)), None


@st.composite
def articles(
    draw: st.DrawFn,
    *,
    min_statements: int = 1,
    max_statements: int = 8,
    levels: tuple[Level, ...] | None = None,
) -> GeneratedArticle:
    """An article of paragraphs holding statements of every level, each known with its span, speaker and
    level, between plain sentences; ``levels`` limits the statements to those levels.

    The people are distinct (no first name or surname shared, so nobody can be taken for another); the
    quoting styles are those of :data:`QUOTE_STYLES`.
    """
    allowed = levels or LEVELS
    n = draw(st.integers(min_statements, max_statements))
    firsts = draw(st.lists(st.sampled_from(_FIRST), min_size=n, max_size=n, unique=True))
    surnames = draw(st.lists(st.sampled_from(_SURNAMES), min_size=n, max_size=n, unique=True))
    sentences: list[_Sentence] = []
    for k in range(n):
        level = draw(st.sampled_from(allowed))
        name = f"{firsts[k]} {surnames[k]}"
        if level == "named_direct":
            sentences.append(draw(_direct(name)))
        elif level == "named_indirect":
            sentences.append(draw(_reported(name)))
        elif level == "institutional":
            sentences.append(draw(_institutional()))
        elif level == "anonymous_described":
            sentences.append(draw(_anonymous_described()))
        elif level == "anonymous":
            sentences.append(draw(_anonymous_vague()))
        else:
            sentences.append(draw(_hedged()))
        if draw(st.booleans()):
            sentences.append(draw(_plain()))
    parts: list[str] = []
    found: list[ExpectedStatement] = []
    pos = 0
    for i, (text, statement) in enumerate(sentences):
        if i:
            sep = "\n\n" if draw(st.booleans()) else " "
            parts.append(sep)
            pos += len(sep)
        if statement is not None:
            found.append(
                ExpectedStatement(
                    statement.kind,
                    statement.start + pos,
                    statement.end + pos,
                    statement.text,
                    tuple((a + pos, b + pos) for a, b in statement.quotes),
                    statement.speaker,
                    statement.speaker_kind,
                    statement.level,
                )
            )
        parts.append(text)
        pos += len(text)
    return GeneratedArticle("".join(parts), tuple(found))


# --- quotes and sources with known verdicts --------------------------------------------------------------


@frozen
class QuoteSourcePair:
    """A quote, the source it was made from, and the verdict :func:`quotecheck.verify` must give.

    ``substantive`` is what the verdict's ``substantive`` must be (True only for an ``altered`` quote whose
    change is a negation, number or modal); ``taken_from`` is the stretch of ``source`` the quote's words
    were taken from (first word to last; the whole stretch an excerpt spans), None for ``spliced`` and
    ``not_found`` quotes; ``how`` says in words how the quote was made.
    """

    quote: str
    source: str
    verdict: Verdict
    substantive: bool
    taken_from: tuple[int, int] | None
    how: str


# Plain lower-case words for sources: no negation, modal, number, condition, qualifier, name or cue verb, so
# that no change the strategies make is substantive by accident.  A source draws distinct words, so the
# place every piece of a quote comes from is beyond doubt.
_SOURCE_WORDS = words(
    "harbour bridge budget road water school price market garden ferry engine tunnel museum library station"
    " airport clinic factory village river forest meadow island valley harvest season winter summer autumn"
    " weather rainfall drought flood storm traffic railway platform ticket fare salary pension tax permit"
    " licence contract tender design drawing model survey chart table ledger account balance deposit loan"
    " profit revenue expense invoice receipt supplier customer tenant landlord builder plumber painter"
    " teacher student nurse farmer fisherman baker driver pilot sailor crew passenger visitor resident"
    " neighbour family parent child uncle cousin friend stranger worker committee panel union league club"
    " team match goal trophy medal lamp window door roof wall floor ceiling stair corridor kitchen bedroom"
    " garage cellar attic chimney fence hedge lawn orchard vineyard barn stable pond canal dock pier quay"
    " lighthouse beacon pipe valve pump boiler furnace kettle oven bread cheese butter honey apple pear plum"
    " cherry lemon carrot onion potato cabbage pepper salt sugar flour rice bean coffee cocoa ribbon button"
    " pocket collar sleeve jacket boot glove scarf blanket pillow mirror candle basket bucket ladder chisel"
    " shovel rake wheel saddle quietly slowly gladly warmly loudly green yellow purple silver golden wooden"
    " narrow broad heavy gentle bright steady sudden rapid calm busy empty crowded ancient modern rural"
    " urban coastal northern southern eastern western"
)
# Words no source holds: what a quote found nowhere is made of, and what replaces a word in an alteration.
_FOREIGN_WORDS = words(
    "zephyr quasar nebula comet meteor galaxy orbit rocket satellite asteroid eclipse crater plasma photon"
    " magnet prism lens quartz granite basalt marble cobalt nickel zinc copper bronze iron tungsten"
)
# Substantive insertions and replacements: a negation, numbers, modals.
_SUBSTANTIVE = words("not never seven twelve must should")
_ELLIPSES = (" … ", " ... ", "… ", " …")
_MARKS = (("", ""), ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"), ('"', '"'))


@st.composite
def _source(draw: st.DrawFn, min_words: int = 60) -> tuple[str, list[str], list[tuple[int, int]]]:
    """A source text of distinct words in sentences, its words, and each word's span."""
    chosen = draw(
        st.lists(st.sampled_from(_SOURCE_WORDS), min_size=min_words, max_size=min_words + 60, unique=True)
    )
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    sentence_left = 0
    for n, w in enumerate(chosen):
        if sentence_left == 0:
            sentence_left = draw(st.integers(6, 14))
            if n:
                parts.append(". ")
                pos += 2
            w = w.capitalize()
        elif n:
            sep = draw(st.sampled_from((" ", " ", " ", ", ")))
            parts.append(sep)
            pos += len(sep)
        spans.append((pos, pos + len(w)))
        parts.append(w)
        pos += len(w)
        sentence_left -= 1
    parts.append(".")
    return "".join(parts), [w.lower() for w in chosen], spans


def _marked(draw: st.DrawFn, quote: str) -> str:
    opening, closing = draw(st.sampled_from(_MARKS))
    return f"{opening}{quote}{closing}"


@st.composite
def _verbatim(draw: st.DrawFn) -> QuoteSourcePair:
    text, words_, spans = draw(_source())
    i = draw(st.integers(0, len(words_) - 3))
    j = draw(st.integers(i + 3, min(len(words_), i + 25)))
    a, b = spans[i][0], spans[j - 1][1]
    return QuoteSourcePair(
        _marked(draw, text[a:b]), text, "verbatim", False, (a, b), f"source words {i}-{j} as they stand"
    )


@st.composite
def _normalized(draw: st.DrawFn) -> QuoteSourcePair:
    text, words_, spans = draw(_source())
    i = draw(st.integers(0, len(words_) - 4))
    j = draw(st.integers(i + 4, min(len(words_), i + 25)))
    a, b = spans[i][0], spans[j - 1][1]
    # one word's case changed, and a comma where the source has only a space (or the other way round)
    k = draw(st.integers(i, j - 1))
    pieces = []
    for n in range(i, j):
        w = text[spans[n][0] : spans[n][1]]
        if n == k:
            w = w.upper() if w.islower() else w.lower()
        pieces.append(w)
        if n < j - 1:
            gap = text[spans[n][1] : spans[n + 1][0]]
            pieces.append(" " if gap != " " else ", ")
    return QuoteSourcePair(
        _marked(draw, "".join(pieces)),
        text,
        "normalized",
        False,
        (a, b),
        f"source words {i}-{j} with the case of word {k} and the punctuation between words changed",
    )


@st.composite
def _excerpt(draw: st.DrawFn) -> QuoteSourcePair:
    text, words_, spans = draw(_source())
    i = draw(st.integers(0, len(words_) - 9))
    j = draw(st.integers(i + 9, min(len(words_), i + 30)))
    a = draw(st.integers(i + 3, j - 5))  # words [a, b) are left out
    b = draw(st.integers(a + 1, j - 3))
    head = text[spans[i][0] : spans[a - 1][1]]
    tail = text[spans[b][0] : spans[j - 1][1]]
    quote = head + draw(st.sampled_from(_ELLIPSES)) + tail
    return QuoteSourcePair(
        _marked(draw, quote),
        text,
        "excerpt",
        False,
        (spans[i][0], spans[j - 1][1]),
        f"source words {i}-{j} with words {a}-{b} left out at an ellipsis",
    )


@st.composite
def _altered(draw: st.DrawFn, substantive: bool | None) -> QuoteSourcePair:
    text, words_, spans = draw(_source())
    i = draw(st.integers(0, len(words_) - 8))
    j = draw(st.integers(i + 8, min(len(words_), i + 25)))
    k = draw(st.integers(i + 2, j - 3))  # an inner word: the quote's ends stay anchored
    meaningful = draw(st.booleans()) if substantive is None else substantive
    change = draw(
        st.sampled_from(("replace", "insert", "delete") if not meaningful else ("replace", "insert"))
    )
    before = text[spans[i][0] : spans[k][0]]
    after = text[spans[k][1] : spans[j - 1][1]]
    word = text[spans[k][0] : spans[k][1]]
    new = draw(st.sampled_from(_SUBSTANTIVE if meaningful else _FOREIGN_WORDS))
    if change == "replace":
        quote = before + new + after
        how = f"word {k} '{word}' replaced by '{new}'"
    elif change == "insert":
        quote = before + new + " " + word + after
        how = f"'{new}' inserted before word {k}"
    else:
        quote = before.rstrip(" ,") + " " + after.lstrip(" ,")
        how = f"word {k} '{word}' left out with no ellipsis"
    return QuoteSourcePair(
        _marked(draw, quote),
        text,
        "altered",
        meaningful,
        (spans[i][0], spans[j - 1][1]),
        f"source words {i}-{j}, {how}",
    )


@st.composite
def _spliced(draw: st.DrawFn) -> QuoteSourcePair:
    text, words_, spans = draw(_source(min_words=70))
    i = draw(st.integers(0, len(words_) - 45))
    k = draw(st.integers(i + 35, len(words_) - 5))  # 30 words or more between the two pieces
    first = text[spans[i][0] : spans[i + 4][1]]
    second = text[spans[k][0] : spans[k + 4][1]]
    swap = draw(st.booleans())
    quote = f"{second} {first}" if swap else f"{first} {second}"
    order = "in reverse order" if swap else "in order"
    return QuoteSourcePair(
        _marked(draw, quote),
        text,
        "spliced",
        False,
        None,
        f"source words {i}-{i + 5} and {k}-{k + 5} joined {order} with no ellipsis",
    )


@st.composite
def _not_found(draw: st.DrawFn) -> QuoteSourcePair:
    text, _, _ = draw(_source())
    quote = " ".join(draw(st.lists(st.sampled_from(_FOREIGN_WORDS), min_size=3, max_size=20)))
    return QuoteSourcePair(
        _marked(draw, quote.capitalize()), text, "not_found", False, None, "words the source does not hold"
    )


def quote_source_pairs(
    verdict: Verdict | None = None, *, substantive: bool | None = None
) -> st.SearchStrategy[QuoteSourcePair]:
    """Quote/source pairs whose verdict is known: ``verdict`` (one of :data:`quotecheck.verify.VERDICTS`) or
    any; for ``altered``, ``substantive`` asks for a meaningful change (a negation, number or modal) or
    a harmless one (a plain word replaced, inserted or left out); None draws both.

    Each quote is made from its source: a stretch as it stands (``verbatim``), with a word's case and the
    punctuation changed (``normalized``), with words left out at an ellipsis (``excerpt``), with one word
    changed (``altered``), two pieces 30 or more words apart joined with no ellipsis (``spliced``), or words
    the source does not hold (``not_found``); some are wrapped in quotation marks.
    """
    kinds = (verdict,) if verdict is not None else VERDICTS
    if verdict is not None and verdict not in VERDICTS:
        raise InputError(f"unknown verdict {verdict!r}: use one of {', '.join(VERDICTS)}")
    if substantive is not None and verdict != "altered":
        raise InputError("substantive applies to altered quotes only: give verdict='altered'")
    makers = {
        "verbatim": _verbatim(),
        "normalized": _normalized(),
        "excerpt": _excerpt(),
        "altered": _altered(substantive),
        "spliced": _spliced(),
        "not_found": _not_found(),
    }
    return st.one_of(*(makers[k] for k in kinds))
