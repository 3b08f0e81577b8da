"""cues: which word of a sentence is a cue, and which is not: verbs, reporting nouns, adjectives, passives,
titles.

Each rule is a table: a row is a sentence written to show the rule, and the facts the extractor must find
in it (the keys are those of ``analysis.check``)."""

from __future__ import annotations

from typing import Any

import pytest
from analysis import check

# what is a cue, and what is not: nouns, adjectives, passives, titles ----------------------------------------

WHAT_IS_A_CUE = [
    pytest.param(
        "“The court erred,” said Dana Whitcombe, senior counsel at the Harbor Law Project.",
        {"name": "Dana Whitcombe", "cue": "said"},
        id="a title of office is not a cue",
    ),
    pytest.param(
        "The mayor promised to bring back the night buses and reopen the libraries.",
        {"cues_lacks": "back"},
        id="bring back is no cue",
    ),
    # concessive verbs without a clause report nothing
    pytest.param(
        "The program, which allows foreign investors to gain citizenship, is up for renewal.",
        {"count": 0},
        id="concessive verbs without a clause report nothing: allows",
    ),
    pytest.param(
        "The court granted immunity to the aide.",
        {"count": 0},
        id="concessive verbs without a clause report nothing: granted",
    ),
    pytest.param(
        "She accepted the nomination on Thursday.",
        {"count": 0},
        id="concessive verbs without a clause report nothing: accepted",
    ),
    pytest.param(
        "The minister allowed that the plan had flaws.",
        {"stance": "conceding"},
        id="a concession with a clause is reported",
    ),
    # a cue word before an auxiliary is a noun
    pytest.param(
        "Obama's veto is expected before the deadline.",
        {"count": 0},
        id="a cue word before an auxiliary is a noun: veto",
    ),
    pytest.param(
        "The claims were never tested in court.",
        {"count": 0},
        id="a cue word before an auxiliary is a noun: claims",
    ),
    # a participle in an absolute phrase is a passive
    pytest.param(
        "The drive goes on, with both Barack Obama and his wife expected to visit the state.",
        {"count": 0},
        id="a participle in an absolute phrase is a passive: expected",
    ),
    pytest.param(
        "With the number of people on Social Security projected to swell, the hurdle grows.",
        {"count": 0},
        id="a participle in an absolute phrase is a passive: projected",
    ),
    pytest.param(
        "But the U.S. Court of Appeals for the 6th Circuit overruled and said Ohio had early voting.",
        {"kind": "organization", "text": "Ohio had early voting"},
        id="a cue inside a court name is no cue",
    ),
    pytest.param(
        "The deals in the FBI email probe set off a fight: Republicans said the probe was mishandled.",
        {"name": "Republicans", "text_starts": "the probe was mishandled"},
        id="a base form between an acronym and a noun is no cue",
    ),
    pytest.param(
        "Clinton’s reaction to the EPA biofuel rule “could be about distance,” said Jon Doggett, a farmer.",
        {"name": "Jon Doggett"},
        id="a base form after a modified noun is no cue",
    ),
    pytest.param(
        "If a search was requested, Clinton's e-mails would have shown up.",
        {"count": 0},
        id="shown up is no cue",
    ),
    # states and targets as nouns are no cues
    pytest.param(
        "Each state assigned its own emission reduction target to its plan.",
        {"count": 0},
        id="states and targets as nouns are no cues: target",
    ),
    pytest.param(
        "Eighteen states and industry groups filed suit.",
        {"count": 0},
        id="states and targets as nouns are no cues: states",
    ),
    # a title-case headline capitalizes its cue
    pytest.param(
        "Kasich Says He Will Stay In The Race Through The Convention.\n\nJohn Kasich spoke.",
        {"pick": "first", "name": "John Kasich"},
        id="a title-case headline capitalizes its cue: Says",
    ),
    pytest.param(
        "Railing At Trump, Sanders Vows To End Tax Breaks.\n\nBernie Sanders spoke.",
        {"pick": "first", "name": "Bernie Sanders"},
        id="a title-case headline capitalizes its cue: Vows",
    ),
    pytest.param(
        "The Say Yes Foundation Gives Money To Schools In Buffalo.",
        {"count": 0},
        id="a title-case name is not read as a cue",
    ),
    pytest.param(
        "Woman Steps Forward With Bombshell Claim About The Senator.",
        {"count": 0},
        id="a base form in a title-case headline is a noun",
    ),
    # a noun before a reporting verb is its subject, not a cue
    *(
        pytest.param(
            text,
            {"lemmas_lacks": ("state", "report")},
            id=f"a noun before a reporting verb is its subject, not a cue: {word}",
        )
        for text, word in (
            ("The test, which state news media claimed was a success, alarmed Tokyo.", "state"),
            ("Housing reports suggest prices will fall.", "reports"),
        )
    ),
    # a particle, an infinitive's object or an adjective is no cue
    *(
        pytest.param(
            text,
            {"lemmas_lacks": lemma},
            id=f"a particle, an infinitive's object or an adjective is no cue: {lemma}",
        )
        for text, lemma in (
            (
                "The finance minister jabbed back on Monday at complaints that China was dumping steel.",
                "back",
            ),
            ("Prager goes on to list reasons why the party should unite.", "reason"),
            ("The vote went ahead despite repeated warnings from the clerk that it was void.", "repeat"),
        )
    ),
    pytest.param(
        "Judge Ann Nervo's conclusion that judges shouldn't weigh the value of news was praised.",
        {"lemmas_lacks": "judge"},
        id="a plural noun before a negated modal is no cue",
    ),
    # a participle after a reporting verb is an adjective
    *(
        pytest.param(
            text,
            {"lemma": lemma, "name": speaker},
            id=f"a participle after a reporting verb is an adjective: {lemma}",
        )
        for text, lemma, speaker in (
            ("Trump claims alleged voter fraud cost him the election.", "claim", "Trump"),
            ("Powell warns worried investors that rates will rise.", "warn", "Powell"),
            ("The agency says estimated losses reached $3 billion.", "say", "agency"),
        )
    ),
    pytest.param(
        "It is common sense that the border should be secure.",
        {"count": 0},
        id="common sense is no cue",
    ),
    # a contracted "has" before a participle keeps the cue
    *(
        pytest.param(
            text,
            {"lemma": lemma, "name": "Donald Trump"},
            id=f"a contracted has before a participle keeps the cue: {lemma}",
        )
        for text, lemma in (
            ("Donald Trump spoke. He's said that the plan would work.", "say"),
            (
                "Donald Trump spoke. He\N{RIGHT SINGLE QUOTATION MARK}s claimed that the vote was rigged.",
                "claim",
            ),
            ("Donald Trump spoke. He's long argued that taxes are too high.", "argue"),
        )
    ),
    # a contracted "is" before a participle is a passive: it hides its holder, no statement of the subject's
    # own ("He's expected to say" is hearsay)
    *(
        pytest.param(
            text,
            {"every": {"kind": "unknown", "level": "unattributed"}},
            id=f"a contracted is before a participle is a passive: {word}",
        )
        for text, word in (
            ("Donald Trump spoke. He's expected to say that taxes are high.", "expected"),
            ("Ann Lee spoke. She's accused of lying.", "accused"),
        )
    ),
    # a cue form after "less" or "much" is a noun
    pytest.param(
        "Mr. Obama has gotten less credit than aides say he deserves.",
        {"lemmas_lacks": ("credit", "notice")},
        id="a cue form after less is a noun",
    ),
    pytest.param(
        "It got much notice.", {"lemmas_lacks": ("credit", "notice")}, id="a cue form after much is a noun"
    ),
]


@pytest.mark.parametrize(("text", "facts"), WHAT_IS_A_CUE)
def test_what_is_a_cue(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)
