"""How a source phrase is classified: the rules of ``speakers._CLASSIFY_RULES``, tried in order, the first
that recognizes the phrase giving its whole judgement, and ``_group_or_nothing`` when none does.

A row is a phrase, the rule that decides it and the kind (and name) it gives."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck import speakers

CLASSIFY_RULES = [
    pytest.param("", "_no_words", "unknown", None, id="no words"),
    pytest.param("who", "_relative_pronoun", "pronoun", None, id="relative pronoun"),
    pytest.param("she", "_personal_pronoun", "pronoun", None, id="personal pronoun"),
    pytest.param("Others", "_vague_alone", "anonymous", "Others", id="some say, others argue"),
    pytest.param(
        "the Gazette's Mira Olsen", "_person_of_an_outlet", "person", "Mira Olsen", id="a person of an outlet"
    ),
    pytest.param("the Democrat", "_the_partisan", "role", "the Democrat", id="a partisan by party"),
    pytest.param(
        "appeals court judge", "_role_by_title", "role", "appeals court judge", id="a lower-case title"
    ),
    pytest.param(
        "the Ohio Republican",
        "_the_partisan_of_a_state",
        "role",
        "the Ohio Republican",
        id="a partisan of a state",
    ),
    pytest.param("Hallberg of Minnesota", "_member_by_state", "person", "Hallberg", id="a member by state"),
    pytest.param(
        "Minister of Transport Ana Ruiz", "_titled_of", "person", "Ana Ruiz", id="a title with its of phrase"
    ),
    pytest.param(
        "Friends of Riverside Park",
        "_linked_name",
        "organization",
        "Friends of Riverside Park",
        id="a name joined by of",
    ),
    pytest.param(
        "the White House", "_known_institution", "organization", "White House", id="a known institution"
    ),
    pytest.param("PodShare", "_brand", "organization", "PodShare", id="a capital inside a word"),
    pytest.param(
        "The Harbor Ledger", "_the_proper_name", "organization", "Harbor Ledger", id="the and a proper name"
    ),
    pytest.param("many Canadians", "_a_people", "organization", "many Canadians", id="a people"),
    pytest.param(
        "40 percent of parents", "_poll_share", "organization", "40 percent of parents", id="a poll's share"
    ),
    pytest.param("Ana Ruiz's letter", "_owned", "person", "Ana Ruiz", id="a named person's writing"),
    pytest.param(
        "some in the union", "_part_of_a_group", "organization", "some in the union", id="part of a group"
    ),
    pytest.param(
        "two officials familiar with the plan",
        "_unnamed_head",
        "anonymous",
        "two officials familiar with the plan",
        id="an unnamed head",
    ),
    pytest.param(
        "chairman of the Port Authority",
        "_office_in_a_body",
        "role",
        "chairman of the Port Authority",
        id="an office in a named body",
    ),
    pytest.param(
        "the Ruiz campaign",
        "_named_institution",
        "organization",
        "Ruiz campaign",
        id="a name modifying a body",
    ),
    pytest.param("Valley Tribune", "_outlet_or_document", "organization", "Valley Tribune", id="an outlet"),
    pytest.param(
        "Northgate Ferries", "_company", "organization", "Northgate Ferries", id="a name ending in a plural"
    ),
    pytest.param("Labor Day", "_date", "unknown", None, id="a date the subject search ran into"),
    pytest.param("Mayor Ana Ruiz", "_person", "person", "Ana Ruiz", id="a titled name"),
    pytest.param("Riverside Bank", "_body_named", "organization", "Riverside Bank", id="a body's name"),
    pytest.param("the town council", "_institution", "organization", "town council", id="a lower-case body"),
    pytest.param(
        "neighbours close to the family",
        "_anonymous",
        "anonymous",
        "neighbours close to the family",
        id="an access phrase makes a source",
    ),
    pytest.param("the captain on the ferry", "_role", "role", "the captain on the ferry", id="a role"),
    pytest.param(
        "Riverside residents' new",
        "_capitalized",
        "organization",
        "Riverside residents' new",
        id="capitals left over",
    ),
]

FALLBACK = [
    pytest.param("environmental groups", "organization", id="a group of people"),
    pytest.param("perpetuates", "unknown", id="a verb the subject search ran into"),
]


def _deciding(phrase: str) -> str:
    p = speakers._Phrase.of(phrase)
    return next((r.__name__ for r in speakers._CLASSIFY_RULES if r(p) is not None), "_group_or_nothing")


@pytest.mark.parametrize(("phrase", "rule", "kind", "name"), CLASSIFY_RULES)
def test_the_rule_that_classifies_a_phrase(phrase: str, rule: str, kind: str, name: str | None) -> None:
    assert _deciding(phrase) == rule
    judged = speakers._classify(phrase)
    assert (judged.kind, judged.name) == (kind, name)


@pytest.mark.parametrize(("phrase", "kind"), FALLBACK)
def test_a_phrase_no_rule_recognizes_is_a_group_or_nothing(phrase: str, kind: str) -> None:
    assert _deciding(phrase) == "_group_or_nothing"
    assert speakers._classify(phrase).kind == kind


# a spokesperson speaks for a body, unless the phrase withholds the person's name: then an anonymous source,
# described without the clause that withholds it
SPOKESPERSONS = [
    pytest.param(
        "a ministry spokesman who asked not to be identified",
        "anonymous",
        "a ministry spokesman",
        id="a name withheld",
    ),
    pytest.param("two spokeswomen who declined to be named", "anonymous", "two spokeswomen", id="two"),
    pytest.param("a ministry spokesman", "organization", "a ministry spokesman", id="no clause"),
    pytest.param(
        "a spokesman who briefed reporters",
        "organization",
        "a spokesman who briefed reporters",
        id="a clause that withholds nothing",
    ),
]


@pytest.mark.parametrize(("phrase", "kind", "name"), SPOKESPERSONS)
def test_a_spokesperson_is_anonymous_only_when_unnamed(phrase: str, kind: str, name: str) -> None:
    assert _deciding(phrase) == "_unnamed_head"
    judged = speakers._classify(phrase)
    assert (judged.kind, judged.name) == (kind, name)


def test_every_classify_rule_has_a_row() -> None:
    assert [p.values[1] for p in CLASSIFY_RULES] == [r.__name__ for r in speakers._CLASSIFY_RULES]


# words that open, head and link source phrases, mixed at random
_WORDS = st.sampled_from(
    [
        *"the a two of for Mr Ana Ruiz's officials spokesman".split(),
        *"council Tribune who she Day close to Ohio , percent".split(),
    ]
)


@given(st.lists(_WORDS, max_size=6).map(" ".join))
def test_every_phrase_gets_one_judgement_of_a_known_kind(phrase: str) -> None:
    judged = speakers._classify.__wrapped__(phrase)
    assert judged.kind in ("person", "organization", "anonymous", "role", "unknown", "pronoun")
    assert judged == speakers._classify(phrase)
