"""Fast code against the slow obvious code it replaced: each speed-up must mean exactly what it stood for.

The identity check (scripts/check_identity.py) holds the output still on real news; these properties hold
each rewritten piece still on text made to hit its corners.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.grading import _HEDGE_FIRST, _HEDGE_RE, _REASON_RE
from quotecheck.lexicon.grades import MODAL_HEDGES
from quotecheck.lexicon.hedges import DISTANCING_ADJECTIVES, HEDGE_PHRASES, HEDGE_WORDS
from quotecheck.text import phrase_alternation


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
    assert _REASON_RE.search("who asked not to be named") is not None
