"""Hypothesis properties of the extraction core: offsets, order, determinism, purity, fold's map, pairing.

Texts are drawn from an alphabet heavy in what breaks parsers (every quote mark, apostrophes, newlines,
dashes, white space of every sort, ligatures, zero-width characters), from arbitrary Unicode, and from
news-like copy made by :mod:`quotecheck.strategies`.
"""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.model import Span, Statement
from quotecheck.normalize import fold
from quotecheck.pipeline import analyze
from quotecheck.quotes import find_quotations
from quotecheck.strategies import news_text, quoted_statement
from quotecheck.text import paragraphs

_MARKS = "\"'`“”‘’„‚«»‹›"
_TRICKY = _MARKS + "\n\n\r\t \u00a0\u2003\u200b\u00ad\ufb01—–-.,:;!?…()"
_WORDS = ["said", "told", "he", "she", "Maria", "Lopez", "Mr", "the", "ministry", "that", "sources", "Hamas"]

# Every character but lone surrogates (which a str read from a file cannot hold), superscript digits
# ("²", category No) included: they once crashed the source-count reader.
_CHARS = st.characters(exclude_categories=["Cs"])
tricky_text = st.lists(
    st.one_of(
        st.sampled_from(list(_TRICKY)), st.sampled_from(_WORDS), st.text(_CHARS, min_size=1, max_size=3)
    ),
    max_size=60,
).map(lambda parts: "".join(p if p in _TRICKY else p + " " for p in parts))
any_text = st.one_of(tricky_text, st.text(_CHARS, max_size=200), news_text(max_paragraphs=4))

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans(s: Statement) -> list[Span]:
    out: list[Span] = [Span(s.start, s.end, s.text), *s.segments, *s.quotes]
    if s.speaker.mention is not None:
        out.append(s.speaker.mention)
    if s.cue is not None:
        out.append(Span(s.cue.start, s.cue.end, s.cue.text))
    return out


@SETTINGS
@given(any_text)
def test_every_span_round_trips_and_lies_in_bounds(text: str) -> None:
    for s in analyze(text).statements:
        for span in _spans(s):
            assert 0 <= span.start <= span.end <= len(text)
            assert text[span.start : span.end] == span.text


@SETTINGS
@given(any_text)
def test_segments_sorted_disjoint_and_inside_the_statement(text: str) -> None:
    for s in analyze(text).statements:
        assert s.segments
        for a, b in zip(s.segments, s.segments[1:], strict=False):
            assert a.end <= b.start
        assert s.segments[0].start == s.start
        assert s.segments[-1].end == s.end
        assert [q.start for q in s.quotes] == sorted(q.start for q in s.quotes)


@SETTINGS
@given(any_text)
def test_statements_sorted_by_start(text: str) -> None:
    starts = [s.start for s in analyze(text).statements]
    assert starts == sorted(starts)


@SETTINGS
@given(any_text)
def test_analyze_is_deterministic_and_leaves_its_input_alone(text: str) -> None:
    before = copy.copy(text)
    first = analyze(text)
    second = analyze(text)
    assert text == before
    assert first.statements == second.statements
    assert first.to_json() == second.to_json()


@SETTINGS
@given(quoted_statement())
def test_a_generated_quote_is_found_with_its_speaker(case: tuple[str, tuple[int, int], str]) -> None:
    text, (start, end), name = case
    holders = [s for s in analyze(text).statements if any((q.start, q.end) == (start, end) for q in s.quotes)]
    assert len(holders) == 1, text
    assert holders[0].speaker.name == name, text
    assert holders[0].kind == "direct", text


@SETTINGS
@given(news_text())
def test_every_quotation_in_generated_copy_is_reported(text: str) -> None:
    """No quotation is ever dropped: each top-level one belongs to exactly one statement."""
    tops = {(q.start, q.end) for q in find_quotations(text, paragraphs(text)) if q.depth == 0}
    reported = [(q.start, q.end) for s in analyze(text).statements for q in s.quotes]
    assert sorted(reported) == sorted(tops)


# fold ---------------------------------------------------------------------------------------------------

fold_text = st.one_of(
    st.lists(st.sampled_from(list("ab -\n\r\t\u00a0\u2028\u200b\u00ad\ufb01“”’—")), max_size=40).map("".join),
    st.text(max_size=60),
)


@settings(max_examples=300, deadline=None)
@given(fold_text, st.booleans(), st.data())
def test_folds_map_inverts(text: str, hyphenation: bool, data: st.DataObject) -> None:
    """Folding the original span a folded span maps to gives the folded span back, widened to whole edits.

    A folded character that is part of a replacement (the "f" of the ligature "ﬁ", the " " of a squeezed
    run) maps back to the whole replaced run, and folding that run gives the whole replacement; characters
    copied one to one map to themselves; deleted characters (soft hyphens, zero-width spaces) never sit
    at the edge of a mapped span.  So with [A, B) the widest folded span mapping to the same original span,
    folding the original span gives exactly folded[A:B], and [A, B) contains [a, b).  No white-space slack
    is needed: a run is always mapped and refolded whole.
    """
    f = fold(text, hyphenation=hyphenation)
    n = len(f.text)
    a = data.draw(st.integers(0, n), label="a")
    b = data.draw(st.integers(a, n), label="b")
    o1, o2 = f.to_original(a, b)
    assert 0 <= o1 <= o2 <= len(text)
    if a == b:
        assert o1 == o2
        return
    widest_a = min(i for i in range(n + 1) if f.original_start(i) == o1)
    widest_b = max(i for i in range(n + 1) if f.original_end(i) == o2)
    assert widest_a <= a
    assert b <= widest_b
    assert fold(text[o1:o2], hyphenation=hyphenation).text == f.text[widest_a:widest_b]


@settings(max_examples=200, deadline=None)
@given(fold_text)
def test_fold_maps_the_whole_text_to_the_whole_text(text: str) -> None:
    f = fold(text)
    if f.text:
        o1, o2 = f.to_original(0, len(f.text))
        assert text[:o1].strip("\u200b\u00ad") == ""
        assert text[o2:].strip("\u200b\u00ad") == ""


# find_quotations ----------------------------------------------------------------------------------------


@SETTINGS
@given(any_text)
def test_quotation_pieces_never_cross_a_paragraph(text: str) -> None:
    pars = paragraphs(text)
    for q in find_quotations(text, pars):
        assert text[q.start : q.end] == q.text
        assert len(q.pieces) == len(q.inner)
        for piece, inner in zip(q.pieces, q.inner, strict=True):
            assert text[piece.start : piece.end] == piece.text
            assert piece.start <= inner.start <= inner.end <= piece.end
            assert any(s <= piece.start and piece.end <= e for s, e in pars), (piece, pars)
        owners = [k for k, (s, e) in enumerate(pars) for p in q.pieces if s <= p.start < e]
        assert owners == sorted(set(owners)), "one piece per paragraph, in order"
        assert owners == list(range(owners[0], owners[0] + len(owners))), "consecutive paragraphs"
