"""Quotations attached to statements (pipeline._attach_quotations): a quotation that goes on with the
statement before it, a block after "X said:", signed pull quotes and digest labels, and quotations that are
no one's speech."""

from __future__ import annotations

import pytest
from analysis import only, statements

from quotecheck.pipeline import analyze

# a quotation that goes on with the statement before it ------------------------------------------------------


def test_a_colon_before_a_block_quotation_over_two_paragraphs() -> None:
    s = only("Maria Lopez said:\n\n“The first part.\n\n“The second part.”")
    assert s.kind == "direct"
    assert [g.text for g in s.segments] == ["The first part.", "The second part."]
    assert s.speaker.name == "Maria Lopez"


def test_a_split_quote_is_one_statement_with_two_segments() -> None:
    s = only("“When the river rises,” Maria Lopez said, “the road closes.”")
    assert [g.text for g in s.segments] == ["When the river rises,", "the road closes."]
    assert len(s.quotes) == 2
    assert s.speaker.name == "Maria Lopez"


def test_a_quotation_after_a_paraphrase_paragraph_goes_on_with_its_speaker() -> None:
    text = "Mayor Ann Lee said the bridge would be rebuilt.\n\n“The bridge will be open by spring.”"
    quote = next(s for s in analyze(text).statements if s.kind == "direct")
    assert (quote.speaker.name, quote.continuation) == ("Ann Lee", True)


def test_quotation_paragraphs_chain_after_their_speaker() -> None:
    text = "“We will rebuild,” Mayor Ann Lee said.\n\n“The bridge opens in spring.”\n\n“Then the road.”"
    names = [s.speaker.name for s in analyze(text).statements]
    assert names == ["Ann Lee", "Ann Lee", "Ann Lee"]


def test_adding_after_a_quotation_first_sentence_is_the_same_speakers() -> None:
    text = "“I was insulted by the term,” Vance Odom told the group, adding that the phrase misleads voters."
    added = analyze(text).statements[1]
    assert added.speaker.name == "Vance Odom"
    assert added.text == "that the phrase misleads voters"


def test_a_transcript_header_keeps_the_speakers_turn() -> None:
    text = (
        "After winning Ohio, Gov. John Kasich (R-OH), said, “I am getting ready.”\n\n"
        "Transcript as follows:\n\n"
        "“Tonight we arrived in Cleveland. People started to cheer.”"
    )
    assert [s.speaker.name for s in analyze(text).statements] == ["John Kasich", "John Kasich"]


@pytest.mark.parametrize("tail", ["Trump said.", "said Trump."])
def test_an_attribution_left_a_sentence_by_a_stray_stop(tail: str) -> None:
    text = f"“Russia, if you’re listening, find the emails. They are missing.” {tail}\n\nClinton spoke."
    (st,) = analyze(text).statements
    assert st.speaker.name == "Trump"
    assert st.kind == "direct"
    assert st.text.endswith("They are missing.")


def test_a_lone_attribution_does_not_take_a_quotation_inside_narration() -> None:
    text = "He read the sign, “Keep out.” Trump said.\n\nClinton spoke."
    assert all(s.speaker.name != "Trump" for s in analyze(text).statements)


# signed quotations: pull quotes, digest labels, headlines ---------------------------------------------------


def test_a_signature_opening_the_next_paragraph_signs_the_quotation() -> None:
    text = "\"Great speech. She is ready.\"\n\n-Senator Ann Lee, writing after the debate."
    (st,) = analyze(text).statements
    assert st.speaker.name == "Ann Lee"


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        ("Dean Baker, Center for Economic and Policy Research.", "Dean Baker"),
        ("S.C. Rep. Jim Clyburn.", "Jim Clyburn"),
    ],
)
def test_a_pull_quote_signed_on_its_last_line(signature: str, name: str) -> None:
    text = f'Clinton spoke.\n\n"We may see a return of balanced budgets.\n{signature}"\n\nClinton left.'
    (st,) = analyze(text).statements
    assert st.speaker.name == name
    assert st.text == "We may see a return of balanced budgets."
    assert st.strength is not None
    assert st.strength.level == "named_direct"


def test_a_quotation_over_two_lines_is_not_signed_by_its_second() -> None:
    text = 'Clinton spoke.\n\nShe said: "We may see a return of budgets.\nBalanced Budgets Forever."'
    assert all(s.speaker.name != "Balanced Budgets Forever" for s in analyze(text).statements)


def test_a_pull_quote_signed_on_the_line_after_an_open_quotation() -> None:
    text = 'Clinton spoke.\n"We may see a return of budgets.\nDean Baker, an economist."\nClinton left.'
    (st,) = analyze(text).statements
    assert st.speaker.name == "Dean Baker"
    assert st.text == "We may see a return of budgets."


def test_a_headline_subject_says_the_quotation_after_its_colon() -> None:
    text = "Elizabeth Warren Hammers Bank CEO: ‘You Should Be Criminally Investigated.’\n\nWarren spoke."
    st = analyze(text).statements[0]
    assert st.speaker.name == "Elizabeth Warren"
    assert st.text == "You Should Be Criminally Investigated."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("POLLS WERE EARLY - Maria Lopez and Ray Ollis: “The polls missed the late swing.”", "Maria Lopez"),
        ('"Club to close," by the Tribune\'s Ann Greer: "The club will close in December."', "Ann Greer"),
    ],
)
def test_a_digest_label_before_a_colon_names_the_quoted(text: str, speaker: str) -> None:
    st = analyze(text).statements[-1]
    assert st.speaker.name is not None
    assert st.speaker.name.startswith(speaker)


# quotations that are no one's speech, and those with no speaker ---------------------------------------------


def test_a_quote_with_no_speaker_is_reported_as_unknown() -> None:
    s = only("“Nothing is settled.”")
    assert s.kind == "direct"
    assert s.speaker.kind == "unknown"
    assert s.cue is None


def test_a_scare_quote_is_not_speech() -> None:
    assert statements("The Yale “report” was shelved in May.") == ()


@pytest.mark.xfail(strict=True, reason="'read' is taken as a cue, so a title of a work is reported as speech")
def test_a_title_of_a_work_is_not_speech() -> None:
    assert statements("She read “The Old Harbour” on the train.") == ()


@pytest.mark.parametrize(
    "text",
    [
        'Obama signed the "Patient Protection and Affordable Care Act" in March 2010.',
        'Then a reporter turned to Nancy Pelosi with a question: "Will you hold a vote on it this week?"',
        'Protesters outside Mitch McConnell\'s office held a banner: "Stop the war on working families now."',
    ],
)
def test_a_title_a_question_or_a_banner_is_no_ones_speech(text: str) -> None:
    assert all(s.speaker.kind != "person" for s in analyze(text).statements)
