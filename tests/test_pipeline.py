"""analyze: statements with their quotations, speakers and cues, on sentences written for this file.

The seed article is checked statement by statement in tests/test_golden.py; here only its basics: the seven
quotations and who says each.  The rules of each stage have their own modules: test_cues.py, test_subject.py
and test_content.py (one sentence's cues, sources and content), test_attribution.py (hearsay, kinds of
source), test_attach.py (quotations attached to statements) and test_resolve.py (speakers across sentences).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from analysis import speaker_of_quote, statements

from quotecheck.errors import InputError
from quotecheck.pipeline import Report, analyze
from quotecheck.quotes import find_quotations
from quotecheck.text import paragraphs

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_6a3cf512a1b1602a.txt"


# the seed -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> tuple[str, Report]:
    with open(SEED, encoding="utf-8", newline="") as f:
        text = f.read()
    return text, analyze(text)


def test_seed_has_seven_quotations_each_in_one_statement(seed: tuple[str, Report]) -> None:
    text, report = seed
    tops = [q for q in find_quotations(text, paragraphs(text)) if q.depth == 0]
    assert len(tops) == 7
    reported = sorted({(q.start, q.end) for s in report.statements for q in s.quotes})
    assert reported == [p for q in tops for p in [(q.start, q.end)]]


@pytest.mark.parametrize(
    ("quote", "name", "kind", "mention"),
    [
        ("“pivotal”", "Hamas", "organization", "Hamas"),
        ("“The meeting between", "Walid Kilani", "person", "Mr Kilani"),
        ("“the outcome should", "Walid Kilani", "person", "He"),
        ("“things have not yet", "Walid Kilani", "person", "he"),
        ("“The agreement between", "Walid Kilani", "person", "he"),
        ("“as part of the efforts", "Hamas", "organization", "Hamas"),
        ("“a step taken", "Donald Trump", "person", "US President Donald Trump"),
    ],
)
def test_seed_speakers(seed: tuple[str, Report], quote: str, name: str, kind: str, mention: str) -> None:
    _, report = seed
    assert speaker_of_quote(report, quote) == (name, kind, mention)


def test_seed_quote_mismatched_marks_are_paired(seed: tuple[str, Report]) -> None:
    text, report = seed
    ends = {text[q.end - 1] for s in report.statements for q in s.quotes}
    assert '"' in ends  # “… ceasefire" and “… conditions," close with a straight mark


# small sentences ----------------------------------------------------------------------------------------


def test_a_superscript_digit_before_a_cue_does_not_crash() -> None:
    assert [s.speaker.kind for s in statements("² officials said the road is shut.")] == ["anonymous"]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "The bridge over the river was built in May."])
def test_text_without_statements(text: str) -> None:
    assert statements(text) == ()


def test_the_report_keeps_the_text_and_serializes() -> None:
    text = "“Ready,” Maria Lopez said."
    report = analyze(text)
    assert report.text is text
    (js,) = report.to_json()["statements"]  # type: ignore[misc]
    assert js["speaker"]["name"] == "Maria Lopez"
    assert text[js["start"] : js["end"]] == js["text"]


def test_a_non_string_is_refused_with_an_input_error() -> None:
    with pytest.raises(InputError, match="str"):
        analyze(b"bytes")  # type: ignore[arg-type]


def test_a_space_after_the_opening_mark_keeps_the_quotation_one_sentence() -> None:
    text = "“We see it,” Ada Henry said. “ You know, that is what we found in every town.”"
    quoted = [s for s in analyze(text).statements if s.quotes]
    assert [s.speaker.name for s in quoted] == ["Ada Henry"]


def test_a_full_stop_inside_quotation_marks_ends_the_sentence() -> None:
    text = "Ada Moss said that the city should release the videos “without delay.” Moss plans to visit."
    said = analyze(text).statements[0]
    assert said.text.endswith("“without delay.”")


def test_a_long_run_of_blanks_in_a_quotation_stays_linear() -> None:
    text = "“It was a long day,\n\n“and" + " " * 20000 + "more to say.”"
    assert len(analyze(text).statements) <= 2


# a quotation no cue claims, in a sentence that names one person ------------------------------------------


# a source inside a relative clause: "which critics say …" -------------------------------------------------


# a lede's description named paragraphs later -----------------------------------------------------------


# "Some say …": a quantifier alone is the vaguest of sources --------------------------------------------


# what review of the session's rules found ----------------------------------------------------------------


