"""Issue 17: a speaker is a source or nothing.  Rule tables of sentences written for the project, each rule
with cases it must take and cases it must leave."""

from __future__ import annotations

import pytest

from quotecheck import analyze
from quotecheck.errors import InputError
from quotecheck.model import Speaker, Statement


def found(text: str) -> list[Statement]:
    return list(analyze(text).statements)


def said_by(text: str, content: str) -> Statement | None:
    """The statement whose content holds ``content``, or None."""
    return next((s for s in analyze(text).statements if content in s.text), None)


# -- a speaker of no kind has no name ------------------------------------------------------------------


def test_a_speaker_of_no_kind_cannot_be_given_a_name() -> None:
    with pytest.raises(InputError, match="no name"):
        Speaker("48 million", "unknown")
    assert Speaker.unknown().name is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The council approved a $48 million plan to rebuild the wall.", id="number-plan"),
        pytest.param("“We are leaving,” they said.", id="unresolved-they"),
        pytest.param("“Not again,” it said in a post.", id="unresolved-it"),
        pytest.param("Turnout was low. Many had said it would be.", id="many"),
    ],
)
def test_no_statement_names_a_speaker_of_no_kind(text: str) -> None:
    for s in found(text):
        assert s.speaker.kind != "unknown" or s.speaker.name is None, s.speaker


# -- a heading or a line of page furniture is no speaker's turn ------------------------------------------

HEADINGS = [
    pytest.param("MARKETS: The krona slipped against the euro in early trading.", id="section-head-caps"),
    pytest.param(
        "SHARES: Harbour stocks fell.\n\nCURRENCIES: The krona slipped.\n\nMETALS: Copper was flat.",
        id="brief-of-heads",
    ),
    pytest.param("Attendance: 9,204", id="attendance-figure"),
    pytest.param("Contributing: Ola Brandt and Sunniva Lie", id="contributing-line"),
    pytest.param("Revealed: The six roads the county forgot", id="one-word-flourish"),
    pytest.param("Twitter: @harbourdesk", id="handle"),
    pytest.param("Email: desk@harbour.example", id="address"),
    pytest.param("Ohio: Dana Reyes, Tomas Ek, Lu Chen", id="place-list"),
]


@pytest.mark.parametrize("text", HEADINGS)
def test_a_heading_is_no_turn(text: str) -> None:
    assert [s for s in found(text) if s.cue is not None and s.cue.text == ":"] == []


TURNS = [
    pytest.param(
        "HALVORSEN: We start at six.\n\nREPORTER: And the ferry?\n\nHALVORSEN: It sails at seven.",
        "Halvorsen",
        id="transcript",
    ),
    pytest.param(
        "Ingrid Halvorsen spoke on Monday.\n\nHALVORSEN: The ferry will sail.", "Halvorsen",
        id="caps-label-named-elsewhere",
    ),
    pytest.param(
        "Mayor Ingrid Holm met traders.\n\nHolm: We will keep the market open.", "Holm", id="surname-label"
    ),
    pytest.param("Poll: Voters sour on the harbour plan", "Poll", id="document-label"),
    pytest.param(
        "MARKETS: Shares fell.\n\nMARKETS: Shares rose.\n\nANALYST: Odd week.", "Markets",
        id="recurring-labels-are-a-transcript",
    ),
]


@pytest.mark.parametrize(("text", "name"), TURNS)
def test_a_speakers_label_is_a_turn(text: str, name: str) -> None:
    turns = [s for s in found(text) if s.cue is not None and s.cue.text == ":"]
    assert turns
    assert (turns[0].speaker.name or "").split()[-1] == name


# -- what stands before a cue without being a source -----------------------------------------------------

NOT_SOURCES = [
    pytest.param("Story continues below advertisement", id="furniture"),
    pytest.param("Editor’s note: This story was updated on Monday.", id="editors-note"),
    pytest.param("Article continues below advertisement.", id="furniture-article"),
    pytest.param("The new ad says much about how little has changed.", id="ad-says-much-about"),
    pytest.param("His silence said a lot about the campaign.", id="silence-said-a-lot"),
    pytest.param("The mayor's budget tells us little about her plans.", id="tells-little-about"),
    pytest.param("The council approved a $48 million plan to rebuild the sea wall.", id="number-before-plan"),
    pytest.param("Western support for the road bond has never been strong.", id="western-support"),
    pytest.param("British backing for the treaty faded.", id="british-backing"),
]


@pytest.mark.parametrize("text", NOT_SOURCES)
def test_no_statement_rests_on_what_is_no_source(text: str) -> None:
    assert found(text) == []


SOURCES = [
    pytest.param("The new ad says the mayor broke her promise.", "The new ad", id="ad-says-that"),
    pytest.param("Court filings show that Marsh took the money.", "Court filings", id="filings-show"),
    pytest.param("The report says that the bridge is unsafe.", "The report", id="report-says"),
    pytest.param("Of those polled, 39 said they backed the mayor.", "39", id="a-count-of-people-says"),
    pytest.param("Westerners say the tax is unfair.", "Westerners", id="a-people-not-an-adjective"),
    pytest.param("She said little had changed since the vote.", "She", id="little-as-subject-of-content"),
]


@pytest.mark.parametrize(("text", "mention"), SOURCES)
def test_a_source_before_its_cue_still_speaks(text: str, mention: str) -> None:
    (st,) = found(text)
    assert st.speaker.mention is not None
    assert st.speaker.mention.text == mention


# -- the kind of a source: a person, a group, an organization, an anonymous source -----------------------

KINDS = [
    pytest.param("Sources close to the player said he would stay.", "anonymous", id="access-before-role"),
    pytest.param("People familiar with the club said the deal was done.", "anonymous", id="familiar-with"),
    pytest.param("Campaigners said the closure would hurt families.", "organization", id="role-plural-group"),
    pytest.param("Fishermen said the quota was too low.", "organization", id="men-plural-group"),
    pytest.param("Their young children say the school is cold.", "organization", id="irregular-plural"),
    pytest.param("Westray Ferries said sailings would resume.", "organization", id="name-ends-in-plural"),
    pytest.param("Harbour Industries said profits fell.", "organization", id="company-plural-noun"),
    pytest.param("Carmen Ortiz said the vote was fair.", "person", id="given-name-ending-in-men"),
    pytest.param("Mary Stevens said the vote was fair.", "person", id="surname-ending-in-s"),
    pytest.param("Supreme Court justice Ana Ruiz said the law stands.", "person", id="role-then-name"),
    pytest.param("The club captain said the squad was ready.", "person", id="one-role-is-a-person"),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_the_kind_of_a_source(text: str, kind: str) -> None:
    (st,) = found(text)
    assert st.speaker.kind == kind


def test_a_group_of_people_is_graded_as_unnamed_people_not_a_body() -> None:
    (st,) = found("Tomas Berg spoke first.\n\nThe two men agreed that the harbour was safe.")
    assert st.speaker.kind == "organization"
    assert st.strength is not None
    assert st.strength.level == "anonymous_described"


# -- an anonymous descriptor stops before its relative clause; the clause's reason is kept ----------------

DESCRIPTORS = [
    pytest.param(
        "A deal was near, said two city officials who spoke on condition of anonymity because the "
        "negotiations are not public.",
        "two city officials",
        "spoke on condition of anonymity because the negotiations are not public",
        id="inverted-relative-with-why",
    ),
    pytest.param(
        "Two city officials, who spoke on condition of anonymity because the talks are private, said a deal "
        "was near.",
        "Two city officials",
        "spoke on condition of anonymity because the talks are private",
        id="apposed-relative-with-why",
    ),
    pytest.param(
        "The vote would slip, said a senior aide who asked not to be named.",
        "a senior aide",
        "asked not to be named",
        id="relative-without-why",
    ),
    pytest.param(
        "Two senior officials familiar with the talks said a deal was close.",
        "Two senior officials familiar with the talks",
        None,
        id="access-phrase-stays-in-descriptor",
    ),
    pytest.param(
        "A spokeswoman who declined to be named because of the sensitivity of the audit said it would go on.",
        "A spokeswoman",
        "declined to be named because of the sensitivity of the audit",
        id="a spokesperson whose name is withheld",
    ),
    pytest.param(
        "The audit would go on, said a ministry spokesman who asked not to be identified.",
        "a ministry spokesman",
        "asked not to be identified",
        id="an inverted spokesperson whose name is withheld",
    ),
]


def test_a_spokesperson_with_no_reason_speaks_for_a_body() -> None:
    (st,) = found("A spokeswoman who works for the agency said the audit would go on.")
    assert (st.speaker.kind, st.speaker.name) == ("organization", "A spokeswoman")


@pytest.mark.parametrize(("text", "descriptor", "reason"), DESCRIPTORS)
def test_an_anonymous_descriptor_and_its_reason(text: str, descriptor: str, reason: str | None) -> None:
    (st,) = found(text)
    assert st.speaker.kind == "anonymous"
    assert (st.speaker.name, st.speaker.descriptor) == (descriptor, descriptor)
    assert st.strength is not None
    assert st.strength.anonymity is not None
    assert st.strength.anonymity.reason == reason


# -- words quoted in a clause of time are the clause's speaker's, not the crowd's -------------------------

NESTED = [
    pytest.param("Fishermen cheered when Ruiz told them: “We will keep the quay open.”", "Ruiz", id="colon"),
    pytest.param(
        "The hall fell silent before Mayor Ines Ruiz said “the harbour stays open.”", "Ines Ruiz", id="quote"
    ),
    pytest.param("Some cheer when Ruiz calls for lower taxes.", "Some", id="no-quoted-words-stays"),
    pytest.param(
        "Traders groaned after the harbour board announced that fees would rise.",
        "harbour board",
        id="that-clause",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NESTED)
def test_quoted_words_in_a_clause_of_time(text: str, speaker: str) -> None:
    names = [s.speaker.name for s in found(text)]
    assert names == [speaker]


def test_the_reports_inside_what_is_no_source_are_still_found() -> None:
    text = "Editor’s note: Marsh is a developer who has pledged to build on the green belt."
    (st,) = found(text)
    assert st.cue is not None
    assert st.cue.text == "pledged"
    assert st.text == "to build on the green belt"
