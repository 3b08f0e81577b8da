"""Quotations attached to statements (attach._attach_quotations): a quotation that goes on with the
statement before it, a block after "X said:", signed pull quotes and digest labels, and quotations that are
no one's speech.

Each rule is a table: a row is a sentence written to show the rule, and the facts the extractor must find
in it (the keys are those of ``analysis.check``)."""

from __future__ import annotations

from typing import Any

import pytest
from analysis import check

from quotecheck import analyze, attach

# a quotation that goes on with the statement before it ------------------------------------------------------

GOES_ON = [
    pytest.param(
        "Maria Lopez said:\n\n“The first part.\n\n“The second part.”",
        {"form": "direct", "segments": ["The first part.", "The second part."], "name": "Maria Lopez"},
        id="a colon before a block quotation over two paragraphs",
    ),
    pytest.param(
        "“When the river rises,” Maria Lopez said, “the road closes.”",
        {
            "segments": ["When the river rises,", "the road closes."],
            "quote_count": 2,
            "name": "Maria Lopez",
        },
        id="a split quote is one statement with two segments",
    ),
    pytest.param(
        "Mayor Ann Lee said the bridge would be rebuilt.\n\n“The bridge will be open by spring.”",
        {"among": ("form", "direct"), "pick": "first", "name": "Ann Lee", "continuation": True},
        id="a quotation after a paraphrase paragraph goes on with its speaker",
    ),
    pytest.param(
        "“We will rebuild,” Mayor Ann Lee said.\n\n“The bridge opens in spring.”\n\n“Then the road.”",
        {"names": ["Ann Lee", "Ann Lee", "Ann Lee"]},
        id="quotation paragraphs chain after their speaker",
    ),
    pytest.param(
        "“I was insulted by the term,” Vance Odom told the group, adding that the phrase misleads voters.",
        {"pick": 1, "name": "Vance Odom", "text": "that the phrase misleads voters"},
        id="adding after a quotation's first sentence is the same speaker's",
    ),
    pytest.param(
        "After winning Ohio, Gov. John Kasich (R-OH), said, “I am getting ready.”\n\n"
        "Transcript as follows:\n\n"
        "“Tonight we arrived in Cleveland. People started to cheer.”",
        {"names": ["John Kasich", "John Kasich"]},
        id="a transcript header keeps the speaker's turn",
    ),
    *(
        pytest.param(
            f"“Russia, if you’re listening, find the emails. They are missing.” {tail}\n\nClinton spoke.",
            {"name": "Trump", "form": "direct", "text_ends": "They are missing."},
            id=f"an attribution left a sentence by a stray stop: {tail}",
        )
        for tail in ("Trump said.", "said Trump.")
    ),
    pytest.param(
        "He read the sign, “Keep out.” Trump said.\n\nClinton spoke.",
        {"names_lacks": "Trump"},
        id="a lone attribution does not take a quotation inside narration",
    ),
]


@pytest.mark.parametrize(("text", "facts"), GOES_ON)
def test_a_quotation_goes_on_with_the_statement_before_it(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)


# signed quotations: pull quotes, digest labels, headlines ---------------------------------------------------

SIGNED = [
    pytest.param(
        '"Great speech. She is ready."\n\n-Senator Ann Lee, writing after the debate.',
        {"name": "Ann Lee"},
        id="a signature opening the next paragraph signs the quotation",
    ),
    *(
        pytest.param(
            f'Clinton spoke.\n\n"We may see a return of balanced budgets.\n{signature}"\n\nClinton left.',
            {"name": name, "text": "We may see a return of balanced budgets.", "level": "named_direct"},
            id=f"a pull quote signed on its last line: {name}",
        )
        for signature, name in (
            ("Dean Baker, Center for Economic and Policy Research.", "Dean Baker"),
            ("S.C. Rep. Jim Clyburn.", "Jim Clyburn"),
        )
    ),
    pytest.param(
        'Clinton spoke.\n\nShe said: "We may see a return of budgets.\nBalanced Budgets Forever."',
        {"names_lacks": "Balanced Budgets Forever"},
        id="a quotation over two lines is not signed by its second",
    ),
    pytest.param(
        'Clinton spoke.\n"We may see a return of budgets.\nDean Baker, an economist."\nClinton left.',
        {"name": "Dean Baker", "text": "We may see a return of budgets."},
        id="a pull quote signed on the line after an open quotation",
    ),
    pytest.param(
        "Elizabeth Warren Hammers Bank CEO: ‘You Should Be Criminally Investigated.’\n\nWarren spoke.",
        {"pick": "first", "name": "Elizabeth Warren", "text": "You Should Be Criminally Investigated."},
        id="a headline subject says the quotation after its colon",
    ),
    # a digest label before a colon names the quoted
    pytest.param(
        "POLLS WERE EARLY - Maria Lopez and Ray Ollis: “The polls missed the late swing.”",
        {"pick": "last", "name_starts": "Maria Lopez"},
        id="a digest label before a colon names the quoted: two names",
    ),
    pytest.param(
        '"Club to close," by the Tribune\'s Ann Greer: "The club will close in December."',
        {"pick": "last", "name_starts": "Ann Greer"},
        id="a digest label before a colon names the quoted: a byline",
    ),
]


@pytest.mark.parametrize(("text", "facts"), SIGNED)
def test_a_signed_quotation_is_its_signers(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)


# quotations that are no one's speech, and those with no speaker ---------------------------------------------

NO_ONES = [
    pytest.param(
        "“Nothing is settled.”",
        {"form": "direct", "kind": "unknown", "cue": None},
        id="a quote with no speaker is reported as unknown",
    ),
    pytest.param("The Yale “report” was shelved in May.", {"count": 0}, id="a scare quote is not speech"),
    pytest.param(
        "She read “The Old Harbour” on the train.",
        {"count": 0},
        id="a title of a work is not speech",
        marks=pytest.mark.xfail(
            strict=True, reason="'read' is taken as a cue, so a title of a work is reported as speech"
        ),
    ),
    # a title, a question or a banner is no one's speech
    pytest.param(
        'Obama signed the "Patient Protection and Affordable Care Act" in March 2010.',
        {"kinds_lacks": "person"},
        id="a title of a law is no one's speech",
    ),
    pytest.param(
        'Then a reporter turned to Nancy Pelosi with a question: "Will you hold a vote on it this week?"',
        {"kinds_lacks": "person"},
        id="a question put to someone is not their speech",
    ),
    pytest.param(
        'Protesters outside Mitch McConnell\'s office held a banner: "Stop the war on working families now."',
        {"kinds_lacks": "person"},
        id="a banner is no one's speech",
    ),
]


@pytest.mark.parametrize(("text", "facts"), NO_ONES)
def test_a_quotation_that_is_no_ones_speech(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)


# which rule places a quotation no statement's content holds: the rules of attach._UNCLAIMED_RULES, tried in
# order, the first that places it winning

UNCLAIMED_RULES = [
    pytest.param(
        "The so-called “fine idea” plan was dropped by the council on Tuesday.",
        "_scare_quote",
        id="a scare quote is no statement",
    ),
    pytest.param(
        "The flyer read:\n\n“Lower taxes for every family.\nDean Baker, Center for Tax Policy.”",
        "_signed_pull_quote",
        id="signed on its last line",
    ),
    pytest.param(
        "Elizabeth Warren Hammers Bank Chief: ‘You Should Be Investigated By The Justice Department Soon.’",
        "_headline_subject",
        id="the headline's subject",
    ),
    pytest.param(
        "QUICK TAKE - Mark Lopez and Jon Cohen: “The polls are tightening in the west.”",
        "_digest_label",
        id="a digest's label before a colon",
    ),
    pytest.param(
        "“The bridge will stand for a hundred years.” ― Maria Lopez",
        "_dash_signed",
        id="a name after a dash",
    ),
    pytest.param(
        "“The bridge stays shut until the spring floods pass.” Maria Lopez said.\n\nThe council met.",
        "_attribution_alone_after",
        id="the attribution standing alone after it",
    ),
    pytest.param(
        "Maria Lopez said:\n\n“The bridge stays shut.”", "_block_after_colon", id="a block after a colon"
    ),
    pytest.param(
        "“The bridge stays shut,” Maria Lopez said as she left the hall, “and the road stays open.”",
        "_later_in_the_sentence",
        id="later in a quoted statement's sentence",
    ),
    pytest.param(
        "“The bridge stays shut,” Maria Lopez said. She walked out. “The road stays open for now.”",
        "_after_narration",
        id="after a sentence of narration",
    ),
    pytest.param(
        "The bridge stays shut, Maria Lopez said. “The road stays open for now.”",
        "_after_paraphrase",
        id="right after a paraphrase",
    ),
    pytest.param(
        "Mayor Ann Lee said the bridge would be rebuilt.\n\n“The bridge will be open by spring.”",
        "_opens_next_paragraph",
        id="opening the paragraph after a statement",
    ),
    pytest.param(
        "“The bridge will be open by spring and the road by summer.”", "_unknown_speaker", id="no one's known"
    ),
]


@pytest.mark.parametrize(("text", "rule"), UNCLAIMED_RULES)
def test_the_rule_that_places_an_unclaimed_quotation(
    text: str, rule: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fired: list[str] = []

    def watched(place: Any) -> Any:
        def run(at: Any) -> Any:
            found = place(at)
            if found is not None:
                fired.append(place.__name__)
            return found

        return run

    monkeypatch.setattr(attach, "_UNCLAIMED_RULES", tuple(map(watched, attach._UNCLAIMED_RULES)))
    analyze(text)
    assert fired == [rule]


def test_every_unclaimed_quotation_rule_has_a_row() -> None:
    assert {p.values[1] for p in UNCLAIMED_RULES} == {r.__name__ for r in attach._UNCLAIMED_RULES}
