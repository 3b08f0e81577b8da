"""fold: marks, apostrophes, dashes, white space and ligatures folded, with the way back to the original."""

from __future__ import annotations

import pytest

from quotecheck.normalize import fold


@pytest.mark.parametrize(
    ("original", "folded"),
    [
        ("“Ready,” she said", '"Ready," she said'),
        ("„Bereit“ «prêt» ‹oui›", '"Bereit" "prêt" \'oui\''),
        ("the council’s ‘final’ word", "the council's 'final' word"),
        ("ten – twenty — thirty ― forty", "ten - twenty - thirty - forty"),
        ("a\tb\u00a0c\u2003d\u3000e", "a b c d e"),
        ("one  \n\n  two", "one two"),
        ("line\r\nbreak", "line break"),
        ("\ufb01nal of\ufb02ine e\ufb00ort", "final offline effort"),
        ("soft\u00adhyphen, zero\u200bwidth, no\ufeffbreak", "softhyphen, zerowidth, nobreak"),
        ("wait…", "wait…"),
        ("", ""),
    ],
)
def test_fold_text(original: str, folded: str) -> None:
    assert fold(original).text == folded


def test_original_is_kept_as_given() -> None:
    text = "“Ready,”\u00a0she said"
    assert fold(text).original is text


def test_one_to_one_characters_keep_their_offsets() -> None:
    text = "Kilani’s “plan” — done"
    f = fold(text)
    assert len(f.text) == len(text)
    for i in range(len(text)):
        assert f.to_original(i, i + 1) == (i, i + 1)


def test_a_white_space_run_maps_back_to_the_whole_run() -> None:
    text = "before \n\t  after"
    f = fold(text)
    assert f.text == "before after"
    assert f.to_original(6, 7) == (6, 11)
    start, end = f.to_original(7, 12)
    assert text[start:end] == "after"


def test_a_ligature_maps_back_whole_from_either_half() -> None:
    text = "a \ufb01le"
    f = fold(text)
    assert f.text == "a file"
    assert f.to_original(2, 3) == (2, 3)  # "f" stands for the whole ligature
    assert f.to_original(3, 4) == (2, 3)  # and so does "i"
    assert f.to_original(2, 6) == (2, 5)


def test_deleted_characters_are_inside_a_span_but_never_at_its_edges() -> None:
    text = "\u200bzero\u200bwidth\u200b"
    f = fold(text)
    assert f.text == "zerowidth"
    assert f.to_original(0, 4) == (1, 5)
    assert f.to_original(4, 9) == (6, 11)
    assert f.to_original(0, 9) == (1, 11)


def test_empty_spans_and_the_end_of_the_text() -> None:
    text = "ab  cd"
    f = fold(text)
    assert f.to_original(0, 0) == (0, 0)
    assert f.to_original(len(f.text), len(f.text)) == (len(text), len(text))
    assert f.original_start(len(f.text)) == len(text)
    assert f.original_end(0) == 0


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 2), (0, 99)])
def test_a_span_outside_the_folded_text_is_refused(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="outside a folded text"):
        fold("short").to_original(start, end)


def test_hyphenation_joins_a_word_broken_at_a_line_end() -> None:
    text = "a compre-\n   hensive plan"
    f = fold(text, hyphenation=True)
    assert f.text == "a comprehensive plan"
    start, end = f.to_original(2, 15)
    assert text[start:end] == "compre-\n   hensive"


def test_hyphenation_leaves_numbers_and_inline_hyphens_alone() -> None:
    folded = fold("pages 2-\n3 and a well-known fact", hyphenation=True).text
    assert folded == "pages 2- 3 and a well-known fact"


def test_without_hyphenation_a_line_end_hyphen_stays() -> None:
    assert fold("compre-\nhensive").text == "compre- hensive"


@pytest.mark.xfail(
    strict=True,
    reason="white-space runs are squeezed before zero-width characters are deleted, so a space, a zero-width "
    "space and a space fold to two spaces",
)
def test_no_run_of_spaces_survives_a_deleted_character() -> None:
    assert fold("a \u200b b").text == "a b"
