"""The text model: paragraphs, Punkt sentences (the project's own parameters), quote-aware merging, words."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk import redos
from nltk.tokenize.punkt import PunktSentenceTokenizer

from quotecheck.text import _tokenizer, merge_inside, paragraphs, sentence_spans, words


def _texts(text: str, spans: object) -> list[str]:
    return [text[s:e] for s, e in spans]  # type: ignore[attr-defined]


# paragraphs ---------------------------------------------------------------------------------------------


def test_blank_lines_separate_paragraphs_and_single_newlines_wrap() -> None:
    text = "The first paragraph\nwraps onto a second line.\n\nThe second one.\n\n\n  The third, indented.  "
    assert _texts(text, paragraphs(text)) == [
        "The first paragraph\nwraps onto a second line.",
        "The second one.",
        "The third, indented.",
    ]


def test_copy_without_blank_lines_has_a_paragraph_per_line() -> None:
    text = "Line one.\nLine two.\nLine three.\n"
    assert _texts(text, paragraphs(text)) == ["Line one.", "Line two.", "Line three."]


def test_mostly_single_newlines_mean_a_paragraph_per_line() -> None:
    # one blank line among many single ones: the blank line is a slip, every line is a paragraph
    text = "A.\nB.\nC.\nD.\n\nE."
    assert _texts(text, paragraphs(text)) == ["A.", "B.", "C.", "D.", "E."]


def test_windows_line_ends_and_blank_lines_holding_white_space() -> None:
    text = "First.\r\n \t\r\nSecond.\r\n"
    assert _texts(text, paragraphs(text)) == ["First.", "Second."]


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", " \t\n \n"])
def test_white_space_alone_has_no_paragraphs(text: str) -> None:
    assert paragraphs(text) == ()


def test_paragraphs_are_trimmed_sorted_and_disjoint() -> None:
    text = "\n\n  alpha beta \n\n gamma\n\n\n\ndelta  \n"
    pars = paragraphs(text)
    assert list(pars) == sorted(pars)
    for (_, e1), (s2, _) in itertools.pairwise(pars):
        assert e1 < s2
    for s, e in pars:
        assert text[s:e] == text[s:e].strip()
        assert s < e


# sentences ----------------------------------------------------------------------------------------------


def test_titles_initials_and_dates_do_not_end_sentences() -> None:
    text = "Mr. Hardy met Sen. Ruiz and Gov. Abbott at 9 a.m. in the U.S. on Jan. 5. They met. Dr. Lee left!"
    assert _texts(text, sentence_spans(text, 0, len(text))) == [
        "Mr. Hardy met Sen. Ruiz and Gov. Abbott at 9 a.m. in the U.S. on Jan. 5.",
        "They met.",
        "Dr. Lee left!",
    ]


ISSUE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "St", "Jr", "Inc")


@pytest.mark.parametrize("abbreviation", ISSUE_ABBREVIATIONS)
def test_every_title_the_issue_names_is_an_abbreviation(abbreviation: str) -> None:
    text = f"The panel heard {abbreviation}. Okafor on Monday. It then closed."
    assert len(sentence_spans(text, 0, len(text))) == 2


def test_sentence_offsets_are_absolute() -> None:
    text = "Header line.\n\nFirst one here. Second one here."
    start = text.index("First")
    spans = sentence_spans(text, start, len(text))
    assert _texts(text, spans) == ["First one here.", "Second one here."]
    assert spans[0][0] == start


def test_the_tokenizer_is_built_once_from_the_projects_parameters() -> None:
    assert _tokenizer() is _tokenizer()
    params = _tokenizer()._params
    assert {"mr", "u.s", "a.m", "jan", "inc"} <= params.abbrev_types


def test_no_punkt_data_is_downloaded(monkeypatch: pytest.MonkeyPatch) -> None:
    import nltk

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("nltk.download must never be called")

    monkeypatch.setattr(nltk, "download", refuse)
    _tokenizer.cache_clear()
    text = "It works. It still works."
    assert len(sentence_spans(text, 0, len(text))) == 2


# merge_inside -------------------------------------------------------------------------------------------


def test_a_boundary_inside_a_quotation_joins_its_sentences() -> None:
    text = "Intro here. “We are done. We leave,” he said. Next one."
    spans = sentence_spans(text, 0, len(text))
    assert len(spans) == 4  # Punkt alone cuts the quotation
    quote = (text.index("“") + 1, text.index("”"))
    assert _texts(text, merge_inside(spans, [quote])) == [
        "Intro here.",
        "“We are done. We leave,” he said.",
        "Next one.",
    ]


def test_a_quotation_over_three_sentences_joins_all_three() -> None:
    sentences = [(0, 10), (11, 20), (21, 30), (31, 40)]
    assert merge_inside(sentences, [(12, 25)]) == [(0, 10), (11, 30), (31, 40)]


def test_boundaries_outside_every_quotation_stay() -> None:
    sentences = [(0, 10), (11, 20), (21, 30)]
    assert merge_inside(sentences, [(1, 9), (22, 29)]) == sentences
    assert merge_inside(sentences, []) == sentences
    assert merge_inside([], [(0, 5)]) == []


def test_several_quotations_each_join_their_own_boundary() -> None:
    sentences = [(0, 10), (11, 20), (21, 30), (31, 40), (41, 50)]
    assert merge_inside(sentences, [(5, 15), (35, 45)]) == [(0, 20), (21, 30), (31, 50)]


# words --------------------------------------------------------------------------------------------------


def test_words_keep_inner_apostrophes_stops_hyphens_and_ampersands() -> None:
    text = "Ruiz’s cease-fire: AT&T’s U.S. deal, don't 2-3 odds."
    want = ["Ruiz’s", "cease-fire", "AT&T’s", "U.S", "deal", "don't", "2-3", "odds"]
    assert [w.text for w in words(text)] == want


def test_words_are_spans_of_the_text_within_the_range() -> None:
    text = "skip these; count these words"
    start = text.index("count")
    found = list(words(text, start, len(text) - 6))
    assert [w.text for w in found] == ["count", "these"]
    for w in found:
        assert text[w.start : w.end] == w.text


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("CBC Chairman G.K. Butterfield of North Carolina said he was outraged.", 1),
        ("He met Chairman G.K. He said hello.", 2),  # a sentence's usual first word after the initials
        ("The bill passed in the U.S. Senate leaders cheered.", 1),
        ("The funds went to Chairman J.D. The panel then adjourned.", 2),
    ],
)
def test_a_pair_of_initials_in_a_name_does_not_end_the_sentence(text: str, count: int) -> None:
    assert len(sentence_spans(text, 0, len(text))) == count


# Punkt compiled with the standard re ---------------------------------------------------------------------


def test_punkts_patterns_are_plain_re_patterns() -> None:
    tok = _tokenizer()
    lang = tok._lang_vars
    patterns = [lang.period_context_re(), lang._word_tokenizer_re(), lang.re_boundary_realignment]
    token = tok._Token("x")
    patterns += [token._RE_ELLIPSIS, token._RE_NUMERIC, token._RE_INITIAL, token._RE_ALPHA]
    assert all(type(p) is re.Pattern for p in patterns)


def test_splitting_sentences_never_runs_nltks_timed_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    # the timed engine raises TimeoutError when the machine is slow: it must never be reached
    text = "Dr. Ann Roe said so. “It’s done,” he said... Really?! (Yes.) The U.S. team, e.g. J.K. Lee, left."
    expected = list(PunktSentenceTokenizer(_tokenizer()._params).span_tokenize(text))

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("nltk.redos was used")

    for name in ("search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"):
        monkeypatch.setattr(redos.TimedPattern, name, refuse)
    assert len(expected) >= 4
    assert list(_tokenizer().span_tokenize(text)) == expected


def test_a_multi_megabyte_paragraph_splits_whatever_the_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # nltk's own limit, set so small that any use of it would fail: Punkt must not depend on it
    monkeypatch.setattr(redos, "DEFAULT_TIMEOUT", 1e-9)
    sentence = "The council said the harbour road will open in May, after talks. "
    text = sentence * (2_000_000 // len(sentence))
    spans = sentence_spans(text, 0, len(text))
    assert len(spans) == text.count(". ")
    assert all(text[s:e] == sentence.strip() for s, e in spans)


def test_long_runs_of_punctuation_and_one_long_word_split_without_trouble() -> None:
    # the shapes a backtracking pattern would choke on: runs of dots, of closers, a word with no end
    shapes = ("." * 200_000, "!)" * 100_000 + " A.", "a" * 300_000 + ". B.", ". " * 100_000, "a.)" * 70_000)
    for text in shapes:
        spans = sentence_spans(text, 0, len(text))
        assert spans
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
        assert all(0 <= s < e <= len(text) for s, e in spans)


_NEWS_CHARS = st.sampled_from(
    [*"abcdefXYZ019 .,;:!?()'\"-\n", "Mr.", "U.S.", "e.g.", "“", "”", "’", "...", "J.K.", " A", ". The"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_NEWS_CHARS, max_size=60).map("".join))
def test_sentences_are_those_of_nltks_own_punkt(text: str) -> None:
    reference = PunktSentenceTokenizer(_tokenizer()._params)
    assert list(_tokenizer().span_tokenize(text)) == list(reference.span_tokenize(text))
