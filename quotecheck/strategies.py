"""Hypothesis strategies for news copy with attributed quotations, for fact-check tests of your own.

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

from hypothesis import strategies as st

from quotecheck.lexicon._words import words
from quotecheck.lexicon.cues import AMBIGUOUS_FORMS, CUE_FORMS, CUE_VERBS, inflect
from quotecheck.lexicon.people import FIRST_NAMES, HONORIFICS, ROLE_NOUNS, TITLES

__all__ = ["CUE_PAST_FORMS", "QUOTE_STYLES", "news_text", "quoted_statement", "speaker_names"]

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
_VERBS = words("works fails matters changes helps waits grows holds ends starts")
_ADJECTIVES = words("new old whole local final clear simple fair late early")
_ADVERBS = words("today again now soon still always")


def speaker_names() -> st.SearchStrategy[str]:
    """A person's full name: a first name the lexicon knows and a surname."""
    return st.builds(lambda f, s: f"{f} {s}", st.sampled_from(_FIRST), st.sampled_from(_SURNAMES))


@st.composite
def _clause(draw: st.DrawFn) -> str:
    words = [
        draw(st.sampled_from(("the", "this", "our", "every"))),
        draw(st.sampled_from(_ADJECTIVES)),
        draw(st.sampled_from(_NOUNS)),
        draw(st.sampled_from(_VERBS)),
    ]
    if draw(st.booleans()):
        words.append(draw(st.sampled_from(_ADVERBS)))
    return " ".join(words)


@st.composite
def _sentence_words(draw: st.DrawFn) -> str:
    """One to three clauses joined by commas and "and", without final punctuation, capitalized."""
    clauses = draw(st.lists(_clause(), min_size=1, max_size=3))
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
def _plain_sentence(draw: st.DrawFn) -> str:
    return draw(_sentence_words()) + "."


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
