"""Fast code against the slow obvious code it replaced: each speed-up must mean exactly what it stood for.

The identity check (scripts/check_identity.py) holds the output still on real news; these properties hold
each rewritten piece still on text made to hit its corners.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.attribution import Frame
from quotecheck.cues import has_trigger
from quotecheck.grading import _HEDGE_FIRST, _HEDGE_RE
from quotecheck.lexicon.frames import MULTI_FIRST, MULTI_PAIRS, NOUN_CUE_WORDS, TRIGGERS
from quotecheck.lexicon.grades import MODAL_HEDGES
from quotecheck.lexicon.hedges import DISTANCING_ADJECTIVES, HEDGE_PHRASES, HEDGE_WORDS
from quotecheck.model import evolve
from quotecheck.resolve import _NAME_RUN, _alnum, _name_runs, _surname_hits
from quotecheck.speakers import Mention, access_described
from quotecheck.text import _BLOCK, phrase_alternation
from quotecheck.tokens import _CONTRACTION, _PLAIN_WORDS, _TOKEN, Tok, _words_into


def _flat(phrases: list[str]) -> str:
    """The alternation as it was written before: every phrase, longest first."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))


# Small alphabets make phrases that begin alike, begin one another and differ only in case.
_PHRASE = st.text(alphabet="abAB -", min_size=1, max_size=6).filter(lambda p: p.strip() == p)
_TEXT = st.text(alphabet="abAB -\n.", max_size=40)
_CONTEXTS = (
    "(?:{})",  # alone: the longest phrase that begins at a place
    r"\b(?:{})\b",  # between word edges, as the surname pattern is
    r"(?<![\w-])(?:{})(?![\w-])",  # the hedge pattern's edges: a shorter phrase may win where a longer fails
    r"(?:{})(?:\s+b)?(?!\w)",  # something optional after it, as "believed to" takes "be"
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PHRASE, min_size=1, max_size=8), _TEXT, st.sampled_from(_CONTEXTS), st.booleans())
def test_phrase_alternation_finds_what_the_flat_list_finds(
    phrases: list[str], text: str, context: str, ignore_case: bool
) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    tree = re.compile(context.format(phrase_alternation(phrases, ignore_case=ignore_case)), flags)
    flat = re.compile(context.format(_flat(phrases)), flags)
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]
    for start in range(len(text) + 1):  # and from every place, as a search from inside a match is
        found, expected = tree.search(text, start), flat.search(text, start)
        assert (found and found.span()) == (expected and expected.span())


def test_phrase_alternation_shares_beginnings() -> None:
    assert phrase_alternation(["said to", "said", "sources"]) == r"(?:s(?:aid(?:\s+to|)|ources))"
    assert phrase_alternation(["Said", "said"], ignore_case=True) == "(?:said)"
    assert phrase_alternation(["Said", "said"]) == "(?:(?:Said|said))"


def _hedge_pattern(alternation: Callable[..., str]) -> str:
    """grading's hedge pattern, built with the given alternation (the test fails if grading's changes)."""
    return (
        r"\b(?=[" + re.escape(_HEDGE_FIRST) + r"])(?<![\w-])(?:"
        r"(?i:(?:" + alternation(p for p in HEDGE_PHRASES if p.endswith(" to")) + r")(?:\s+(?:be|have))?)"
        r"|(?i:" + alternation(p for p in HEDGE_PHRASES if not p.endswith(" to")) + r")"
        r"|(?i:" + alternation(HEDGE_WORDS | DISTANCING_ADJECTIVES) + r")"
        r"|" + alternation(MODAL_HEDGES) + r")(?![\w-])"
    )


def _tree(phrases: Iterable[str]) -> str:
    phrases = list(phrases)
    return phrase_alternation(phrases, ignore_case=not set(phrases) <= MODAL_HEDGES)


_FLAT_HEDGES = re.compile(_hedge_pattern(lambda phrases: _flat(list(phrases))))
_HEDGE_PIECES = sorted(
    {w for p in (*HEDGE_PHRASES, *HEDGE_WORDS, *DISTANCING_ADJECTIVES, *MODAL_HEDGES) for w in p.split()}
)


def test_the_reference_is_built_as_grading_builds_its_pattern() -> None:
    assert _hedge_pattern(_tree) == _HEDGE_RE.pattern


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(_HEDGE_PIECES).map(lambda w: w.title() if len(w) % 3 == 0 else w)
        | st.sampled_from(["the", "be", "have", "to", ",", "-", "  ", "\n", "x"]),
        max_size=14,
    )
)
def test_the_hedge_pattern_finds_what_the_flat_pattern_found(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert [m.span() for m in _HEDGE_RE.finditer(text)] == [m.span() for m in _FLAT_HEDGES.finditer(text)]


def test_the_grading_patterns_still_find_their_phrases() -> None:
    assert _HEDGE_RE.search("He was reportedly unhappy") is not None
    # access phrases are speakers.py's too: grading asks access_described
    assert access_described("two people familiar with the talks") is not None
    # reasons for anonymity are speakers.py's to find: grading reads them from the statement's facts


_NAME = st.text(alphabet="LeéE_1", min_size=1, max_size=4)
_NAMED_TEXT = st.text(alphabet="LeéE_1 -'.\n", max_size=40)


@settings(max_examples=400, deadline=None)
@given(st.lists(_NAME, min_size=1, max_size=6, unique=True), _NAMED_TEXT)
def test_surnames_are_found_where_the_pattern_of_them_found_them(names: list[str], text: str) -> None:
    expected = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\b(?:" + _flat(names) + r")\b", text)]
    assert list(_surname_hits(text, names)) == expected


def test_surnames_are_found_as_whole_words_only() -> None:
    text = "Lee met Leeds fans; Lee_2 and O'Lee did not. Lee."
    # "Lee_2" is one run of word characters; in "O'Lee" the apostrophe ends one, as \b had it
    found = [(0, 3, "Lee"), (8, 13, "Leeds"), (32, 35, "Lee"), (45, 48, "Lee")]
    assert list(_surname_hits(text, ["Lee", "Leeds"])) == found


def _tokens_by_match(text: str) -> list[tuple[int, int, str]]:
    """The tokenizer as it was: one match object per token, its place read from the match."""
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        c = _CONTRACTION.match(word) if ("'" in word or "\N{RIGHT SINGLE QUOTATION MARK}" in word) else None
        if c is not None:
            cut = m.start() + c.end(1)
            out += [(m.start(), cut, text[m.start() : cut]), (cut, m.end(), text[cut : m.end()])]
        elif word[:2] == "--":
            out.append((m.start(), m.end(), "\N{EM DASH}"))
        else:
            out.append((m.start(), m.end(), word))
    return out


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aB1 \t\n\u00a0\u2003'\N{RIGHT SINGLE QUOTATION MARK}-.,&sheU", max_size=40))
def test_tokens_are_where_one_match_per_token_put_them(text: str) -> None:
    toks: list[Tok] = []
    _words_into(toks, text, 0, len(text))
    assert [(t.start, t.end, t.text) for t in toks] == _tokens_by_match(text)
    assert all(t.text == text[t.start : t.end] or t.text == "\N{EM DASH}" for t in toks)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aB1 \t\u00c9\u00e9'\N{RIGHT SINGLE QUOTATION MARK}-.,&_sheU", max_size=30))
def test_tokens_from_the_word_cache_are_the_tokens_made_afresh(text: str) -> None:
    fresh: list[Tok] = []
    _PLAIN_WORDS.clear()
    _words_into(fresh, text, 0, len(text))  # every word met for the first time: made by Tok()
    cached: list[Tok] = []
    _words_into(cached, text, 0, len(text))  # every plain word now looked up in the cache
    fields = ("start", "end", "text", "low", "quote", "is_word", "cap")
    as_values = [[getattr(t, f) for f in fields] for t in fresh]
    assert [[getattr(t, f) for f in fields] for t in cached] == as_values


_ONE_CHARACTER_BLOCK = re.compile(r"(?:[^\n]|\n(?![ \t\r\f\v\u00a0]*\n))+")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab \t\r\n\u00a0\f", max_size=60))
def test_blocks_are_what_the_character_at_a_time_pattern_found(text: str) -> None:
    expected = [m.span() for m in _ONE_CHARACTER_BLOCK.finditer(text)]
    assert [m.span() for m in _BLOCK.finditer(text)] == expected


def _has_trigger_by_words(text: str) -> bool:
    """The trigger pre-filter as it was: every word of the sentence read by the word pattern."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not TRIGGERS.isdisjoint(words):
        return True
    if "that" in words and not NOUN_CUE_WORDS.isdisjoint(words):
        return True
    return any(pair in MULTI_PAIRS for pair in itertools.pairwise(words) if pair[0] in MULTI_FIRST)


_TRIGGER_PIECES = [*sorted(TRIGGERS)[::7], "that", "claim", "according", "to", "pointed", "out", "the"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(_TRIGGER_PIECES).map(str.upper)
        | st.sampled_from(_TRIGGER_PIECES)
        | st.sampled_from([",", ".", "'", "-", "2", "_", "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}", "x"]),
        max_size=8,
    ),
    st.lists(st.sampled_from(["", " ", "\n", "\u00a0"]), min_size=8, max_size=8),
)
def test_the_trigger_filter_says_what_reading_every_word_said(pieces: list[str], gaps: list[str]) -> None:
    text = "".join(p + g for p, g in zip(pieces, gaps, strict=False))
    assert has_trigger(text, 0, len(text)) == _has_trigger_by_words(text)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="AMrJ.s- '\N{RIGHT SINGLE QUOTATION MARK}x\n_9", max_size=50))
def test_name_runs_are_the_runs_the_pattern_finds_everywhere(text: str) -> None:
    assert [m.span() for m in _name_runs(text)] == [m.span() for m in _NAME_RUN.finditer(text)]


def test_name_runs_start_at_a_word_edge() -> None:
    text = "xMr. Ann Lee met Dr. Bo Ng and McDonald Trump."
    assert [m.group() for m in _name_runs(text)] == [m.group() for m in _NAME_RUN.finditer(text)]
    assert [m.group() for m in _name_runs(text)] == ["Ann Lee", "Dr. Bo Ng", "McDonald Trump"]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_letters_and_digits_are_counted_as_the_pattern_counts_them(piece: str) -> None:
    assert _alnum(piece) == len(re.findall(r"[^\W_]", piece))


_MENTION = st.builds(
    Mention,
    st.integers(0, 50),
    st.integers(50, 99),
    st.sampled_from(["He", "Ann Lee", "officials"]),
    st.sampled_from(["person", "pronoun", "organization", "role"]),
    name=st.sampled_from(["", "Ann Lee"]),
    gender=st.sampled_from(["m", "f", "x", "n"]),
    entity=st.sampled_from([None, "lee#0"]),
)
_FRAME_CHANGES = st.fixed_dictionaries(
    {},
    optional={
        "sentence": st.integers(0, 9),
        "paragraph": st.integers(0, 9),
        "key": st.integers(-1, 9),
        "segments": st.lists(st.tuples(st.integers(0, 5), st.integers(5, 9)), max_size=2),  # a converter runs
        "colon": st.booleans(),
        "continues": st.none() | st.integers(0, 9),
    },
)


@settings(max_examples=200, deadline=None)
@given(_MENTION, _FRAME_CHANGES, st.sampled_from(["m", "f", "x"]), st.none() | st.just("ann#1"))
def test_evolve_makes_what_attrs_evolve_makes(
    mention: Mention, frame_changes: dict[str, Any], gender: str, entity: str | None
) -> None:
    frame = Frame(((0, 9),), mention, (3, 7, "say"), None, sentence=2, hearsay=True, reported_as="quotation")
    assert evolve(frame, **frame_changes) == attrs.evolve(frame, **frame_changes)
    changes: dict[str, Any] = {"gender": gender, "entity": entity}
    assert evolve(mention, **changes) == attrs.evolve(mention, **changes)
    assert type(evolve(mention, entity=entity)) is Mention


def test_evolve_falls_back_to_attrs_for_what_it_does_not_plan() -> None:
    @attrs.frozen
    class Counted:
        a: int
        n: int = attrs.field(init=False, default=0)

    assert evolve(Counted(1), a=2) == Counted(2)
    with pytest.raises(TypeError):
        evolve(Mention(0, 2, "He", "pronoun"), no_such_field=1)
