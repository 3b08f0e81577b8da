"""attribution: the statements one sentence makes: hearsay with no source, and what kind of source a cue's
phrase names.  The rules of each stage of the frame finder have their own modules: test_cues.py (which word
is a cue), test_subject.py (where its source lies) and test_content.py (where its words are).

Each rule is a table: a row is a sentence written to show the rule, and the facts the extractor must find
in it (the keys are those of ``analysis.check``)."""

from __future__ import annotations

from typing import Any

import pytest
from analysis import check


def test_a_row_fails_when_a_fact_is_wrong() -> None:
    # the tables below can fail: a wrong fact, an unknown one, a wrong count of statements
    with pytest.raises(AssertionError):
        check("Maria Lopez said the bridge stays shut.", {"name": "Tom Okafor"})
    with pytest.raises(AssertionError):
        check("Maria Lopez said the bridge stays shut.", {"speaker": "Maria Lopez"})
    with pytest.raises(AssertionError):
        check("Maria Lopez said the bridge stays shut. Tom Okafor said it is open.", {"name": "Maria Lopez"})
    check("Maria Lopez said the bridge stays shut.", {"name": "Maria Lopez", "text": "the bridge stays shut"})


# hearsay: a statement with no source, by the text's own say ("reportedly", "seems to") ----------------------

HEARSAY = [
    # with no source, hearsay takes its cue and stance from the hedge
    *(
        pytest.param(
            text,
            {"kind": "unknown", "cue": cue, "level": "unattributed", "stance": stance},
            id=f"hearsay with no source takes its cue and stance from the hedge: {cue}",
        )
        for text, cue, stance in (
            ("Trump is expected to win the primary.", "expected", "tentative"),
            ("Trump seems to be winning the state.", "seems", "tentative"),
            ("Clinton is widely seen as the favorite.", "seen", "tentative"),
            ("The man allegedly stole a car.", "allegedly", "distancing"),
            ("The plan was reportedly shelved.", "reportedly", "neutral"),
        )
    ),
    pytest.param(
        "The poll showed that either would win, though Mr. Sanders appears to have the stronger position.",
        {
            "statements": [
                {"level": "institutional"},
                {"text": "Mr. Sanders appears to have the stronger position"},
            ]
        },
        id="a verb of seeming's clause after a conjunction is its own",
    ),
    pytest.param(
        "Chris Christie seemed to acknowledge that the race was over.",
        {"name": "Chris Christie", "level": "named_indirect", "stance": "tentative"},
        id="a verb of seeming before a cue leaves the subject its statement",
    ),
    pytest.param(
        "It's said that the vote was rigged.",
        {"kind": "unknown", "level": "unattributed"},
        id="it's said that is hearsay, not its statement",
    ),
]


@pytest.mark.parametrize(("text", "facts"), HEARSAY)
def test_hearsay(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)


# what kind of source a phrase is: person, organization, anonymous, group ------------------------------------

KIND_OF_SOURCE = [
    pytest.param(
        "The ministry said in a statement that the talks went well.",
        {"form": "indirect", "text": "that the talks went well", "name": "ministry", "kind": "organization"},
        id="an organization in a statement",
    ),
    pytest.param(
        "“We lost the vote,” Marine Le Pen said.",
        {"name": "Marine Le Pen"},
        id="a first name that is also a title",
        marks=pytest.mark.xfail(
            strict=True, reason="'Marine' is read as a title (a marine) and dropped from the name"
        ),
    ),
    pytest.param(
        "The official said the border would reopen on Friday.",
        {"text": "the border would reopen on Friday", "kind": "anonymous"},
        id="the official said is a statement",
    ),
    pytest.param(
        "A Maria Lopez ad in 2019 said the mayor had broken every promise.",
        {"kind": "organization"},
        id="a campaign ad speaks for the campaign",
    ),
    pytest.param(
        "Rosa M. Lind, 63, an independent voter, said she wanted change.",
        {"name": "Rosa M Lind"},
        id="an age in apposition is not the speaker",
    ),
    pytest.param(
        "Keith Lamont Scott, 43, was shot on Tuesday. Rakeyia Scott can be heard yelling at the officers.\n\n"
        "“Don't shoot him,” she says.",
        {"among": ("quoted", True), "names": ["Rakeyia Scott"]},
        id="a relative with an unlisted given name is a person",
    ),
    # titles, chains and heads before a name
    *(
        pytest.param(text, {"names": [name]}, id=f"titles, chains and heads before a name: {why}")
        for text, name, why in (
            (
                "“The city will never go back,” said the Rev. Peter Wherry, of Mayfield Church.",
                "Peter Wherry",
                "the Rev.",
            ),
            (
                "Geoff Garin, a pollster who works with Priorities USA, a super PAC, said the primaries "
                "helped her.",
                "Geoff Garin",
                "a chain of appositions",
            ),
            (
                "Campaign spokesman Brian Fallon replied on Twitter, calling it “pathetic.”",
                "Brian Fallon",
                "a head before the name",
            ),
        )
    ),
    pytest.param(
        "Keith Scott was shot. Scott's family has called on police to release the videos.",
        {"level": "anonymous_described"},
        id="a family is described people, and family is no adverb",
    ),
    # partisans and people in the audience
    pytest.param(
        "Ben Carson spoke. “It might surprise you,” the Republican said this week.",
        {"pick": "last", "level": "named_direct"},
        id="partisans and people in the audience: the Republican",
    ),
    pytest.param(
        "“We have problems,” Cruz said as the heckler yelled: “You lie!”",
        {"pick": "last", "level": "anonymous_described"},
        id="partisans and people in the audience: the heckler",
    ),
    pytest.param(
        "At a forum, one questioner claimed that the military was weakened.",
        {"pick": "last", "level": "anonymous_described"},
        id="partisans and people in the audience: one questioner",
    ),
    pytest.param(
        "A Feb. 1 letter from the American Legion warns that “any further talk will be through a lawyer.”",
        {"kind": "organization"},
        id="a date is not a name",
    ),
    pytest.param(
        "New Hampshire Public Radio asked Clinton how voters “should view the fees.”",
        {"kind": "organization"},
        id="a public radio station is an outlet",
    ),
    pytest.param(
        'Rep. Robert C. "Bobby" Scott said the plan was “dead on arrival.”',
        {"name": "Bobby Scott", "text": "the plan was “dead on arrival.”"},
        id="a nickname inside a name is part of the name",
    ),
    pytest.param(
        "Even China, Pyongyang's only ally, said it was “resolutely opposed” to the test.",
        {"kind": "organization"},
        id="a sentence adverb before a country is no given name",
    ),
    # shares of those polled, and everyone
    pytest.param(
        "A poll came out. One in five say it is not an improvement.",
        {"pick": "last", "level": "institutional"},
        id="shares of those polled and everyone: one in five",
    ),
    pytest.param(
        "Everyone criticized the plan as complicated.",
        {"pick": "last", "level": "anonymous"},
        id="shares of those polled and everyone: everyone",
    ),
    pytest.param(
        "Not everyone agrees that it is over.",
        {"pick": "last", "level": "anonymous"},
        id="shares of those polled and everyone: not everyone",
    ),
    pytest.param(
        "“I don't think there is bad publicity,” said Atlantic City Mayor Don Guardian.\n\n"
        "“You could write a whole history book on that,” said Guardian.",
        {"names": ["Don Guardian", "Don Guardian"], "every": {"level": "named_direct"}},
        id="a mayor whose surname is an outlet head is a person",
    ),
    pytest.param(
        "Bernie Sanders Supporters Boo Clinton: “We Will Never Vote for Her, Ever”\n\nThey left.",
        {"pick": "first", "name_not": "Bernie Sanders"},
        id="a headline name that modifies a noun does not speak",
    ),
    pytest.param(
        "“Lock her up!” one in the crowd shouted.",
        {"kind_not": "organization"},
        id="one in the crowd is no poll",
    ),
    # a quantifier alone is an anonymous source
    *(
        pytest.param(
            text,
            {"kind": "anonymous", "level": "anonymous"},
            id=f"a quantifier alone is an anonymous source: {word}",
        )
        for text, word in (
            ("Some say the plan will fail.", "some"),
            ("Many believe the plan will fail.", "many"),
            ("Others argue that the plan will fail.", "others"),
            ("The vote was close, but few expected the plan to pass.", "few"),
        )
    ),
    # a quantifier before a noun or a deed is no vague source
    pytest.param(
        "Many reports say the plan failed.",
        {"mentions_lacks": ("Many", "Some")},
        id="a quantifier before a noun is no vague source",
    ),
    pytest.param(
        "Some forged signatures and committed identity theft.",
        {"mentions_lacks": ("Many", "Some")},
        id="a quantifier before a deed is no vague source",
    ),
    # a long label is a name; a short one is a name when the text writes it so ("Paul Ryan"), else an acronym
    pytest.param(
        "Paul Ryan spoke to CNN on Sunday. Partial transcript as follows:\n\nTAPPER: Will you run?\n\n"
        "RYAN: I have no plans to run this year.\n\nNRA: We object to the rule entirely.",
        {"labels": {"Tapper": "person", "Paul Ryan": "person", "NRA": "organization"}},
        id="a transcript speaker in capitals is a person",
    ),
    pytest.param(
        "WASHINGTON, Dec. 8 (UPI) — In response, the senator rallied supporters, saying: “We win.”",
        {"pick": "last", "name": "the senator"},
        id="a dateline with a date is no speaker",
    ),
    pytest.param(
        "Donald Trump made a demand. “Mr. President, will you pledge it?” he asks.",
        {"pick": "last", "name": "Donald Trump"},
        id="Mr. President is a title, not a name",
    ),
]


@pytest.mark.parametrize(("text", "facts"), KIND_OF_SOURCE)
def test_kind_of_source(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)
