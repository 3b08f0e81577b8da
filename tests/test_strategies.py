"""quotecheck.strategies keeps its promises: the verdict of every drawn pair and the statements of every drawn
article are what quotecheck reports.  A failure here is a bug in the strategy or in the library, and the
drawn case says which."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotecheck
import quotecheck.strategies
from quotecheck.errors import InputError
from quotecheck.model import LEVELS
from quotecheck.strategies import (
    GeneratedArticle,
    QuoteSourcePair,
    articles,
    quote_source_pairs,
)
from quotecheck.verify import (
    _CONDITIONS,
    _FUNCTION_WORDS,
    _MODALS,
    _NEGATIONS,
    _NUMBER_WORDS,
    _QUALIFIERS,
    VERDICTS,
)


def explain(pair: QuoteSourcePair) -> str:
    return f"{pair.how}\nquote:  {pair.quote!r}\nsource: {pair.source!r}"


@pytest.mark.parametrize("verdict", VERDICTS)
def test_verify_agrees_with_every_drawn_pair(verdict: str) -> None:
    @settings(max_examples=30, deadline=None)
    @given(quote_source_pairs(verdict))  # type: ignore[arg-type]
    def check(pair: QuoteSourcePair) -> None:
        v = quotecheck.verify(pair.quote, pair.source)
        assert (v.verdict, v.substantive) == (pair.verdict, pair.substantive), explain(pair)
        if pair.verdict in ("verbatim", "normalized"):
            assert v.passage is not None
            assert (v.passage.start, v.passage.end) == pair.taken_from, explain(pair)

    check()


@pytest.mark.parametrize("substantive", [True, False])
def test_altered_pairs_of_either_kind(substantive: bool) -> None:
    @settings(max_examples=25, deadline=None)
    @given(quote_source_pairs("altered", substantive=substantive))
    def check(pair: QuoteSourcePair) -> None:
        assert pair.substantive is substantive
        v = quotecheck.verify(pair.quote, pair.source)
        assert (v.verdict, v.substantive) == ("altered", substantive), explain(pair)

    check()


@settings(max_examples=30, deadline=None)
@given(quote_source_pairs())
def test_any_pair_is_a_quote_taken_from_its_source(pair: QuoteSourcePair) -> None:
    assert pair.verdict in VERDICTS
    if pair.taken_from is not None:
        a, b = pair.taken_from
        assert 0 <= a < b <= len(pair.source)
    assert pair.substantive is False or pair.verdict == "altered"


def test_pairs_reject_what_they_cannot_make() -> None:
    with pytest.raises(InputError, match="unknown verdict 'close'"):
        quote_source_pairs("close")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="substantive applies to altered quotes only"):
        quote_source_pairs("verbatim", substantive=True)


def test_source_words_cannot_make_a_change_substantive_by_accident() -> None:
    special = _NEGATIONS | _MODALS | _NUMBER_WORDS | _CONDITIONS | _QUALIFIERS | _FUNCTION_WORDS
    vocabulary = set(quotecheck.strategies._SOURCE_WORDS) | set(quotecheck.strategies._FOREIGN_WORDS)
    assert not vocabulary & special
    assert not set(quotecheck.strategies._SOURCE_WORDS) & set(quotecheck.strategies._FOREIGN_WORDS)
    # and the substantive words are all judged so
    assert set(quotecheck.strategies._SUBSTANTIVE) <= _NEGATIONS | _MODALS | _NUMBER_WORDS


# --- articles -------------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(articles())
def test_analyze_reports_exactly_the_statements_an_article_was_built_with(case: GeneratedArticle) -> None:
    report = quotecheck.analyze(case.text)
    got = [
        (
            s.kind,
            s.start,
            s.end,
            s.text,
            tuple((q.start, q.end) for q in s.quotes),
            s.speaker.name,
            s.speaker.kind,
            s.strength.level if s.strength else None,
        )
        for s in report.statements
    ]
    want = [
        (e.kind, e.start, e.end, e.text, e.quotes, e.speaker, e.speaker_kind, e.level)
        for e in case.statements
    ]
    assert got == want, case.text


@settings(max_examples=60, deadline=None)
@given(articles())
def test_expected_spans_round_trip(case: GeneratedArticle) -> None:
    for e in case.statements:
        assert case.text[e.start : e.end] == e.text
        for a, b in e.quotes:
            assert a <= e.start < e.end <= b
    assert list(case.statements) == sorted(case.statements, key=lambda e: e.start)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(LEVELS).flatmap(lambda level: articles(levels=(level,)).map(lambda a: (level, a))))
def test_levels_limit_what_an_article_holds(drawn: tuple[str, GeneratedArticle]) -> None:
    level, case = drawn
    assert case.statements
    assert {e.level for e in case.statements} == {level}
    summary = quotecheck.analyze(case.text).summary
    assert summary.count(level) == len(case.statements)  # type: ignore[arg-type]


@settings(max_examples=40, deadline=None)
@given(articles(levels=("named_direct", "named_indirect")))
def test_named_sources_are_the_people_of_the_article(case: GeneratedArticle) -> None:
    named = quotecheck.analyze(case.text).summary.named_sources
    assert sorted(n.name for n in named) == sorted(case.speakers)


def test_every_public_name_is_in_the_strategies_page() -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "strategies.md").read_text(encoding="utf-8")
    missing = [name for name in quotecheck.strategies.__all__ if f"`{name}" not in page]
    assert not missing, f"docs/strategies.md does not name {missing}"


def test_the_module_examples_run() -> None:
    result = doctest.testmod(
        quotecheck.strategies, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    )
    assert result.attempted > 0
    assert result.failed == 0
