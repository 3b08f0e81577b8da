"""cues: which word of a sentence is a cue, and which is not: verbs, reporting nouns, adjectives, passives,
titles.

Each rule is a table: a row is a sentence written to show the rule, and the facts the extractor must find
in it (the keys are those of ``analysis.check``)."""

from __future__ import annotations

from typing import Any

import pytest
from analysis import check

from quotecheck import analyze, grammar

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
    # a past tense after an adjective that also stands as a predicate is the verb of the clause it ends
    *(
        pytest.param(text, {"lemma": lemma, "text": content}, id=f"a past tense after a predicate: {lemma}")
        for text, lemma, content in (
            (
                "Aides who asked not to be named because the memo is not yet public said the vote slipped.",
                "say",
                "the vote slipped",
            ),
            (
                "Two clerks who were granted anonymity because the audit is private told me the books "
                "are short.",
                "tell",
                "the books are short",
            ),
        )
    ),
]


@pytest.mark.parametrize(("text", "facts"), WHAT_IS_A_CUE)
def test_what_is_a_cue(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)


# whether a cue word stands as a verb there: the rules of grammar._VERB_RULES, tried in order, the first that
# answers deciding; a row is a sentence, the word asked about, the rule that decides and its answer

VERB_RULES = [
    pytest.param(
        "The mayor had this to say about the bridge: it stays shut.",
        "say",
        "_had_this_to_say",
        True,
        id="had this to say",
    ),
    pytest.param(
        "Her claim that the bridge is unsafe was rejected.",
        "claim",
        "_owned_reporting_noun",
        True,
        id="owned reporting noun",
    ),
    pytest.param(
        "The mayor's repeated calls to close the bridge went unheard.",
        "calls",
        "_participle_before_a_noun",
        False,
        id="participle before a noun",
    ),
    pytest.param(
        "The mayor's claims that the bridge is unsafe were rejected.",
        "claims",
        "_after_an_owner",
        True,
        id="after an owner",
    ),
    pytest.param(
        "The reported deal on the bridge collapsed.",
        "reported",
        "_participle_as_adjective",
        False,
        id="participle as adjective",
    ),
    pytest.param(
        "When asked about the bridge, the mayor left.",
        "asked",
        "_passive_after_when",
        False,
        id="passive after when",
    ),
    pytest.param(
        "With the mayor expected to speak, the hall filled.",
        "expected",
        "_absolute_with",
        False,
        id="absolute with",
    ),
    pytest.param(
        "What she says is true, the engineer added.",
        "says",
        "_subject_of_a_verb",
        False,
        id="subject of a verb",
    ),
    pytest.param(
        "Reports suggest the bridge is unsafe.",
        "reports",
        "_plural_subject_of_a_cue",
        False,
        id="plural subject of a cue",
    ),
    pytest.param(
        "After a brief pause the mayor left.",
        "brief",
        "_brief",
        False,
        id="brief",
    ),
    pytest.param(
        "The documents would have shown up in the archive.",
        "shown",
        "_show_up",
        False,
        id="show up",
    ),
    pytest.param(
        "Each state assigned its own inspector to the bridge.",
        "state",
        "_counted_states",
        False,
        id="counted states",
    ),
    pytest.param(
        "State Senator Ann Lee visited the bridge.",
        "state",
        "_state_before_a_title",
        False,
        id="state before a title",
    ),
    pytest.param(
        "Ann Lee met state officials at the bridge.",
        "state",
        "_state_modifying_a_noun",
        False,
        id="state modifying a noun",
    ),
    pytest.param(
        "The mayor further related that the bridge is unsafe.",
        "related",
        "_past_after_an_adverb",
        True,
        id="past after an adverb",
    ),
    pytest.param(
        "Aides who spoke because the plans are not public said the bridge is unsafe.",
        "said",
        "_past_after_an_adverb",
        True,
        id="past after a predicate adjective",
    ),
    pytest.param(
        "The private reports on the bridge came late.",
        "reports",
        "_after_a_noun_word",
        False,
        id="plural after a predicate adjective is a noun",
    ),
    pytest.param(
        "The rules say judges shouldn't decide on the bridge.",
        "judges",
        "_plural_before_a_negated_modal",
        False,
        id="plural before a negated modal",
    ),
    pytest.param(
        "She sent a message that said the bridge is unsafe.",
        "said",
        "_relative_that",
        True,
        id="relative that",
    ),
    pytest.param(
        "Some say the bridge is unsafe.",
        "say",
        "_quantifier_subject",
        True,
        id="quantifier subject",
    ),
    pytest.param(
        "The official report on the bridge came late.",
        "report",
        "_after_a_noun_word",
        False,
        id="after a noun word",
    ),
    pytest.param(
        "The senior counsel for the city visited the bridge.",
        "counsel",
        "_rank_title",
        False,
        id="rank title",
    ),
    pytest.param(
        "The mayor wants to bring back the old bridge.",
        "back",
        "_particle_back",
        False,
        id="particle back",
    ),
    pytest.param(
        "The report goes on to list reasons why the bridge failed.",
        "reasons",
        "_object_of_an_infinitive",
        False,
        id="object of an infinitive",
    ),
    pytest.param(
        "Despite repeated warnings the bridge stayed open.",
        "repeated",
        "_participle_before_a_plural",
        False,
        id="participle before a plural",
    ),
    pytest.param(
        "The city press secretary visited the bridge.",
        "press",
        "_press_noun",
        False,
        id="press noun",
    ),
    pytest.param(
        "He made a controversial comment about the bridge.",
        "comment",
        "_base_form_after_a_determiner",
        False,
        id="base form after a determiner",
    ),
    pytest.param(
        "The FBI report alert went out on Monday.",
        "report",
        "_after_an_acronym",
        False,
        id="after an acronym",
    ),
    pytest.param(
        "The second nomination contest Tuesday was close.",
        "contest",
        "_before_a_weekday",
        False,
        id="before a weekday",
    ),
    pytest.param(
        "Some 32% of Republican claims about the bridge were false.",
        "claims",
        "_noun_after_a_count",
        False,
        id="noun after a count",
    ),
    pytest.param(
        "The mayor appeared to suggest that the bridge is unsafe.",
        "suggest",
        "_infinitive_after_seeming",
        True,
        id="infinitive after seeming",
    ),
    pytest.param(
        "The mayor learned of the closure via email.",
        "email",
        "_after_a_preposition",
        False,
        id="after a preposition",
    ),
    pytest.param(
        "The mayor was told the bridge is unsafe.",
        "told",
        "_passive_after_be",
        False,
        id="passive after be",
    ),
    pytest.param(
        "The bridge is widely expected to close.",
        "expected",
        "_passive_after_be_and_adverb",
        False,
        id="passive after be and adverb",
    ),
    pytest.param(
        "The mayor was also told the bridge is unsafe.",
        "told",
        "_passive_after_auxiliaries",
        False,
        id="passive after auxiliaries",
    ),

]


@pytest.mark.parametrize(("text", "word", "rule", "verb"), VERB_RULES)
def test_the_rule_that_decides_whether_a_cue_word_is_a_verb(
    text: str, word: str, rule: str, verb: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    decided: list[tuple[str, str, bool]] = []

    def watched(decide: Any) -> Any:
        def run(toks: Any, i: int, prev: str, low: str) -> Any:
            answer = decide(toks, i, prev, low)
            if answer is not None:
                decided.append((decide.__name__, low, answer))
            return answer

        return run

    monkeypatch.setattr(grammar, "_VERB_RULES", tuple(map(watched, grammar._VERB_RULES)))
    analyze(text)
    assert {(name, answer) for name, low, answer in decided if low == word} == {(rule, verb)}


def test_every_verb_rule_has_a_row() -> None:
    assert {p.values[2] for p in VERB_RULES} == {r.__name__ for r in grammar._VERB_RULES}
