"""content: where a statement's words begin and end, and which place of ``content._CONTENT_PLACES`` holds
them.

Each rule is a table: a row is a sentence written to show the rule, and the facts the extractor must find
in it (the keys are those of ``analysis.check``)."""

from __future__ import annotations

from typing import Any

import pytest
from analysis import check

from quotecheck import analyze, content, grammar

# content: where a statement's words begin and end -----------------------------------------------------------

CONTENT = [
    pytest.param(
        "“The bridge stays shut,” Maria Lopez said.",
        {
            "form": "direct",
            "text": "The bridge stays shut,",
            "quotes": ["“The bridge stays shut,”"],
            "name": "Maria Lopez",
            "kind": "person",
            "cue": "said",
            "lemma": "say",
        },
        id="a quote and its speaker after it",
    ),
    pytest.param(
        "Maria Lopez called the plan “dead on arrival”.",
        {"form": "mixed", "quotes": ["“dead on arrival”"], "name": "Maria Lopez"},
        id="a partial quote is mixed",
    ),
    pytest.param(
        "Maria Lopez, the mayor, spoke first. “The bridge stays shut,” she said.",
        {"texts": ["The bridge stays shut,"]},
        id="spoke with no content is no statement",
    ),
    pytest.param(
        "“Why try?” Lichtman said. He added, though, that in the end “it did not work.”",
        {"pick": 1, "name": "Lichtman", "text_starts": "that in the end"},
        id="an aside between the cue and its content",
    ),
    pytest.param(
        "“The meeting was pivotal,” Mr Odom said of the talks, offering no further details.",
        {"texts": ["The meeting was pivotal,"]},
        id="offering no details is no statement",
    ),
    pytest.param(
        "He claimed at one point, a supporter asked people to clap.",
        {"mention": "He"},
        id="an opening phrase inside the content is no new clause",
    ),
    pytest.param(
        "Ada Moss had said, “We'll see,” when asked whether she would run.",
        {"text": "We'll see,"},
        id="when asked after a quotation is not content",
    ),
    pytest.param(
        "Mary Moss was asked, “Would you have told her?” She answered, “I have no idea.”",
        {"statements": [{"kind": "unknown"}, {"name": "Mary Moss", "text": "I have no idea."}]},
        id="a question put to the subject is not the answer",
    ),
    # what was spoken about is the content
    pytest.param(
        "The nominee complained about his microphone the morning after the debate.",
        {"text_starts": "his microphone"},
        id="what was spoken about is the content: complained about",
    ),
    pytest.param(
        "Caddell spoke of Clinton's health.",
        {"text_starts": "Clinton's health"},
        id="what was spoken about is the content: spoke of",
    ),
    pytest.param(
        "With leaders worried about turnout among young voters, Obama talked about the stakes.",
        {
            "texts_lacks": "turnout among young voters, Obama talked about the stakes",
            "texts_has": "the stakes",
        },
        id="a topic ends at a comma",
    ),
    # whom one backs, refers to or discusses is content
    *(
        pytest.param(
            text,
            {"pick": "last", "text_starts": content, "name": speaker},
            id=f"whom one backs, refers to or discusses is content: {why}",
        )
        for text, content, speaker, why in (
            (
                "The Arizona Republic endorsed Hillary Clinton on Tuesday.",
                "Hillary Clinton",
                "Arizona Republic",
                "endorsed",
            ),
            ("“She is a liar,” Trump said, referring to Clinton.", "Clinton", "Trump", "referring to"),
            ("The two leaders discussed trade on Friday.", "trade", "two leaders", "discussed"),
        )
    ),
    pytest.param(
        "As Ms. Simonyan put it in a statement to my colleague Michael M. Grynbaum in July, RT is "
        "“providing a perspective you won't get from the mainstream press.”",
        {"name": "Simonyan"},
        id="as someone put it, with a long occasion",
    ),
    pytest.param(
        "Sanders expressed support for the deal on Friday.",
        {"text_starts": "support for the deal", "name": "Sanders"},
        id="what a speaker expressed is the content",
    ),
    pytest.param(
        "Obama backed Clinton, who went on to win the nomination.",
        {"text": "Clinton"},
        id="the one backed ends at a comma",
    ),
    pytest.param(
        "Rep. Gwen Graham slams Trump, praises Clinton as a “work horse, not a show horse.”",
        {"text_has": "praises Clinton"},
        id="a second verb after a comma goes on with the first",
    ),
    # when it was said is not what was said
    pytest.param(
        "Voting began.\n\n“Alabama is proud to vote!” Senator Jeff Sessions said as he began.\n\nIt ended.",
        {"text": "Alabama is proud to vote!", "name": "Jeff Sessions"},
        id="when it was said is not what was said: after a quotation",
    ),
    pytest.param(
        "Trump said as he left that the plan was dead.",
        {"text": "that the plan was dead"},
        id="when it was said is not what was said: before that",
    ),
    pytest.param(
        "The mayor said the memo came from an official who was not authorized to speak.",
        {"kind_not": "anonymous"},
        id="a reason inside the content is not the speaker's",
    ),
    # a time phrase after the auxiliary is not the source
    *(
        pytest.param(
            text, {"mention": speaker}, id=f"a time phrase after the auxiliary is not the source: {why}"
        )
        for text, speaker, why in (
            ("Donald Trump has for years said that the system is rigged.", "Donald Trump", "for years"),
            (
                "Donald Trump has on several occasions argued that the system is rigged.",
                "Donald Trump",
                "on several occasions",
            ),
            ("Close allies have in the past said he was staying quiet.", "allies", "in the past"),
        )
    ),
    pytest.param(
        "The birther obsession is an insult, top black lawmakers said Friday afternoon, as they bristled.",
        {"text": "The birther obsession is an insult"},
        id="a time and a clause about the saying are not its content",
    ),
    # a place, a parenthetical or a program's title does not break the statement
    *(
        pytest.param(
            text,
            {"name": speaker, "text": content},
            id=f"a place, a parenthetical or a program's title does not break the statement: {why}",
        )
        for text, speaker, content, why in (
            (
                "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he was "
                "alarmed.",
                "Jeffrey Salkin",
                "he was alarmed",
                "a place",
            ),
            (
                "Marco Rubio says, win or lose in Tuesday's primary, he's staying in the race.",
                "Marco Rubio",
                "win or lose in Tuesday's primary, he's staying in the race",
                "a parenthetical",
            ),
            (
                'Sanders said on ABC\'s "This Week With George Stephanopoulos" that he would "take a look" '
                "at it.",
                "Sanders",
                'that he would "take a look" at it',
                "a program's title",
            ),
        )
    ),
    # an occasion or a clause about it does not take the statement
    *(
        pytest.param(
            text,
            {"mention": speaker, "text": content},
            id=f"an occasion or a clause about it does not take the statement: {why}",
        )
        for text, speaker, content, why in (
            (
                "Powell's office, when contacted by Reuters, said the former diplomat could not recall it.",
                "Powell's office",
                "the former diplomat could not recall it",
                "when contacted",
            ),
            (
                "Ann Lee said on CNN, where she is now a paid contributor, that Manafort should be held to "
                "account.",
                "Ann Lee",
                "that Manafort should be held to account",
                "where",
            ),
            (
                'Walking in to chants of "Marco! Marco!," the senator said his campaign was '
                '"closing strong."',
                "the senator",
                'his campaign was "closing strong."',
                "chants of",
            ),
        )
    ),
    # a report inside a subject's relative clause is its own statement
    pytest.param(
        "Graham, who says the country should send ground forces, tweeted that the strategy would fail.",
        {
            "statements": [
                {"text": "the country should send ground forces", "name": "Graham"},
                {"text": "that the strategy would fail"},
            ]
        },
        id="a report inside a subject's relative clause is its own statement",
    ),
    pytest.param(
        "Two officials, who spoke on condition of anonymity, said the plan would fail.",
        {"text": "the plan would fail"},
        id="a cue inside a subject's relative clause with no report describes the source",
    ),
    # a time or an occasion after the verb is not content
    *(
        pytest.param(
            text, {"text": content}, id=f"a time or an occasion after the verb is not content: {why}"
        )
        for text, content, why in (
            (
                "Sheldon Adelson said on Friday he met Donald Trump earlier this week.",
                "he met Donald Trump earlier this week",
                "on Friday",
            ),
            ("Ann Smith said Tuesday the plan would fail.", "the plan would fail", "Tuesday"),
            ("Ann Smith said in an interview the plan would fail.", "the plan would fail", "in an interview"),
            ("Ann Smith said on Twitter he was wrong.", "he was wrong", "on Twitter"),
        )
    ),
    # an occasion with nothing after it is no statement
    pytest.param(
        "Ann Smith said on Tuesday.",
        {"count": 0},
        id="an occasion with nothing after it is no statement: a day",
    ),
    pytest.param(
        "Trump said in a statement on Monday.",
        {"count": 0},
        id="an occasion with nothing after it is no statement: a statement",
    ),
    # each of these was lost or cut wrong by a first version of a rule that narrows what makes a statement
    *(
        pytest.param(
            text, {"texts_has": content}, id=f"the session's narrowings keep what they should: {why}"
        )
        for text, content, why in (
            ("McDonald's said on Tuesday that sales rose.", "that sales rose", "a possessive name"),
            ("Moody's said the outlook is stable.", "the outlook is stable", "a possessive name alone"),
            (
                "Most of those polled said they would vote for Clinton.",
                "they would vote for Clinton",
                "most of",
            ),
            (
                "Jane Doe, a lawyer for Will Smith, said the case was weak.",
                "the case was weak",
                "a lawyer for",
            ),
            ("The report proves conclusively that he lied.", "that he lied", "an adverb"),
            (
                "Trump, who has said that the system is rigged, won the primary, defeated Cruz and moved on.",
                "that the system is rigged",
                "a relative clause",
            ),
        )
    ),
]


@pytest.mark.parametrize(("text", "facts"), CONTENT)
def test_content(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)


# which place holds a verb's words: the rules of content._CONTENT_PLACES, tried in order; "according to"
# has a rule of its own, and a cue whose words are nowhere makes no statement

CONTENT_PLACES = [
    pytest.param("“The bridge stays shut,” Maria Lopez said.", ("_content_before",), id="before the source"),
    pytest.param(
        "The deal, officials said, is close.", ("_content_before",), id="before the source, split by it"
    ),
    pytest.param(
        "“When the river rises,” Maria Lopez said, “the road closes.”",
        ("_content_before",),
        id="before the source, a split quotation's second half with it",
    ),
    pytest.param("Maria Lopez said the bridge stays shut.", ("_content_after",), id="after the cue"),
    pytest.param(
        "In one tweet, Maria Lopez said: “The bridge stays shut.”",
        ("_content_after",),
        id="after the cue, outdoing a short opening before the source",
    ),
    pytest.param(
        "Maria Lopez said:\n\n“The first part.”",
        ("_content_in_next_block",),
        id="in the next block after a colon",
    ),
    pytest.param(
        "“Russia, find the emails. They are missing.” Trump said.\n\nClinton spoke.",
        ("_content_in_quotation_before",),
        id="in the quotation before an attribution standing alone",
    ),
    pytest.param(
        "The crews would rather strike than sign the offer, according to a union survey.",
        (),
        id="according to has its own rule",
    ),
    pytest.param("Maria Lopez, the mayor, spoke first.", (), id="nowhere: no statement"),
]


@pytest.mark.parametrize(("text", "places"), CONTENT_PLACES)
def test_the_place_that_holds_a_verbs_words(
    text: str, places: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    fired: list[str] = []

    def watched(place: Any) -> Any:
        def run(*args: Any) -> Any:
            found = place(*args)
            if found is not None:
                fired.append(place.__name__)
            return found

        return run

    monkeypatch.setattr(content, "_CONTENT_PLACES", tuple(map(watched, content._CONTENT_PLACES)))
    analyze(text)
    assert tuple(dict.fromkeys(fired)) == places


# where words after a cue open: the rules of grammar._AFTER_CUE_RULES, tried in order, the first that knows
# answering (a token, or no content after the cue); with none, the words open right after the cue

AFTER_CUE_RULES = [
    pytest.param("Maria Lopez said that the bridge stays shut.", ("_that_right_after",), id="that"),
    pytest.param("Maria Lopez said: the bridge stays shut.", ("_after_a_colon",), id="a colon"),
    pytest.param("Maria Lopez said “the bridge stays shut.”", ("_quotation_right_after",), id="a quotation"),
    pytest.param(
        "Maria Lopez said on Tuesday in a statement that the bridge stays shut.",
        ("_that_after_the_occasion",),
        id="that past the occasion",
    ),
    pytest.param(
        "Maria Lopez told reporters the bridge stays shut.", ("_after_whom_told",), id="whom one told"
    ),
    pytest.param(
        "Maria Lopez says, rain or shine, she is keeping the bridge shut.",
        ("_after_a_phrase_in_commas",),
        id="a phrase in commas, then a subject",
    ),
    pytest.param("The bridge stays shut, Maria Lopez said.", ("_clause_ends",), id="the clause ends"),
    pytest.param(
        "Maria Lopez said on Friday she would keep the bridge shut.", ("_after_the_time",), id="after a time"
    ),
    pytest.param(
        "Maria Lopez said as she left the hall that the bridge stays shut.",
        ("_when_it_was_said",),
        id="when it was said",
    ),
    pytest.param(
        "Maria Lopez wants to rebuild the bridge.", ("_infinitive",), id="an intention's infinitive"
    ),
    pytest.param(
        "The Daily Courier endorsed Maria Lopez for mayor.", ("_whom_one_backs",), id="whom one backs"
    ),
    pytest.param(
        "The bridge stays shut, Maria Lopez said on Tuesday in a statement.",
        ("_only_adverbials",),
        id="adverbials alone",
    ),
    pytest.param(
        "Maria Lopez complained about the bridge.", ("_what_was_spoken_about",), id="what was spoken about"
    ),
    pytest.param(
        "Maria Lopez said of the bridge, “It stays shut.”",
        ("_after_an_occasion",),
        id="a quotation after the occasion",
    ),
    pytest.param("Maria Lopez said the bridge stays shut.", (), id="none: right after the cue"),
]


@pytest.mark.parametrize(("text", "rules"), AFTER_CUE_RULES)
def test_where_words_after_a_cue_open(
    text: str, rules: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    fired: list[str] = []

    def watched(rule: Any) -> Any:
        def run(cue: Any) -> Any:
            found = rule(cue)
            if found is not None:
                fired.append(rule.__name__)
            return found

        return run

    monkeypatch.setattr(grammar, "_AFTER_CUE_RULES", tuple(map(watched, grammar._AFTER_CUE_RULES)))
    analyze(text)
    assert tuple(fired) == rules


def test_every_after_cue_rule_has_a_row() -> None:
    named = {rule for p in AFTER_CUE_RULES for rule in p.values[1]}
    assert named == {r.__name__ for r in grammar._AFTER_CUE_RULES}
