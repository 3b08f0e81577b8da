"""Speakers resolved across sentences (resolve._resolve): later references and pronouns, lede
descriptions named later, plural roles that point back, and unclaimed quotations given to the one person
a sentence names.

Each rule is a table: a row is a text written to show the rule, and the facts the extractor must find in
it (the keys are those of ``analysis.check``)."""

from __future__ import annotations

from typing import Any

import pytest
from analysis import check

from quotecheck import analyze, resolve

# pronouns: "he", "they", the writer's "we" ------------------------------------------------------------------

PRONOUNS = [
    pytest.param(
        "“The bridge stays shut,” Maria Lopez said. “We start in May,” she added.",
        {"names": ["Maria Lopez", "Maria Lopez"], "pick": 1, "mention": "she"},
        id="a pronoun takes the previous speaker",
    ),
    pytest.param(
        "Maria Lopez arrived late. “Nothing is settled,” she said.",
        {"name": "Maria Lopez"},
        id="a pronoun takes a person named before who did not speak",
    ),
    pytest.param(
        "“Nothing is settled,” she said.",
        {"kind": "unknown", "mention": "she"},
        id="an unresolvable pronoun keeps its mention",
    ),
    pytest.param(
        "Sources told reporters the deal was close. They said it would be signed soon.",
        {
            "statements": [
                {"form": "indirect", "kind": "anonymous", "name": "Sources"},
                {"form": "indirect", "kind": "anonymous", "name": "Sources"},
            ]
        },
        id="anonymous sources and they",
    ),
    pytest.param(
        "The council spoke first. We believe the plan fails the people it was written for.",
        {"among": ("text_starts", "the plan"), "pick": "first", "kind": "unknown", "level": "unattributed"},
        id="the writer's we is no one else",
    ),
    pytest.param(
        "Critics, like Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy, Democrat of "
        "Vermont, sent a letter on Thursday.\n\n“The program is plagued by fraud,” they wrote.",
        {"name": "Charles E Grassley and Patrick J Leahy", "level": "named_direct"},
        id="they after two people named together is the pair",
    ),
    pytest.param(
        "Voters in Ohio backed Donald Trump and Mike Pence by wide margins. “We want change,” they said.",
        {"pick": "last", "name_not": "Donald Trump and Mike Pence"},
        id="they after the object pair is not the pair",
    ),
    pytest.param(
        "Dorothy Woods responded to those who believe he erred.\n\n“I was disturbed,” she said.",
        {"pick": "last", "name": "Dorothy Woods"},
        id="those who believe is not she",
    ),
    # an honorific and a surname name a person pronouns may stand for
    *(
        pytest.param(
            text,
            {"pick": "last", "kind": "person", "name_in": ("Oh", "Ban"), "level": "named_indirect"},
            id=f"an honorific and a surname name a person pronouns may stand for: {name}",
        )
        for text, name in (
            (
                "Oh Jae-sun, the envoy, arrived. Analysts praised Mr. Oh's record. He said the talks would "
                "resume.",
                "Mr. Oh",
            ),
            (
                "Ban Ki-moon spoke. The delegates, a leader of a rival group among them, cheered Mr. Ban. He "
                "said the plan would hold.",
                "Mr. Ban",
            ),
        )
    ),
    # a pronoun stands for the subject of the sentence before
    *(
        pytest.param(
            text,
            {"pick": "last", "mention_lower_in": ("he", "she"), "name": speaker},
            id=f"a pronoun stands for the subject of the sentence before: {why}",
        )
        for text, speaker, why in (
            # the subject of the sentence before, not the person named after it
            (
                "Peter Westmacott praised Barack Obama's record on Saturday. “It is not bad,” he told a "
                "paper.",
                "Peter Westmacott",
                "not the object",
            ),
            # a possessive is no subject: "Mr. Trump's" opens the sentence, but the speaker is named at its
            # end
            (
                "Mr. Trump's plan is simpler, Mr. Kamin said on Monday. ''It works,'' he added.",
                "Kamin",
                "not a possessive",
            ),
            # a name that modifies a title is no subject
            (
                "Clinton communication director Jennifer Palmieri said Trump was angry. “It is sad,” she "
                "said.",
                "Jennifer Palmieri",
                "not a name modifying a title",
            ),
            # nor is the object of a preposition
            (
                "While he served under Barack Obama, Jim Ham grew tired. “We lost,” he said.",
                "Jim Ham",
                "not the object of a preposition",
            ),
        )
    ),
    pytest.param(
        "In the weeks since Labor Day, Mrs. Clinton has held rallies. She spoke about her faith.",
        {"pick": "last", "name": "Clinton"},
        id="a holiday is no one a pronoun stands for",
    ),
    pytest.param(
        "Peter Westmacott spoke on Saturday. “President Barack Obama seems to me to be fond of the UK,” he "
        "said.",
        {"pick": "last", "name": "Peter Westmacott"},
        id="a pronoun outside quotation marks is not someone the quotation names",
    ),
]


@pytest.mark.parametrize(("text", "facts"), PRONOUNS)
def test_pronouns(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)


# a relative "who" and the phrase it stands for --------------------------------------------------------------

RELATIVE_WHO = [
    pytest.param(
        "The firm was slow to pay an architect who said he was owed money for the clubhouse.",
        {"among": ("text_starts", "he was owed"), "pick": "first", "kind": "person", "name": "an architect"},
        id="who makes its antecedent a person",
    ),
    pytest.param(
        "Joe Biden spoke in Scranton. “They deserve better,” said the man who built his career.",
        {"among": ("quoted", True), "names": ["Joe Biden"]},
        id="the man who points back at the person named",
    ),
]


@pytest.mark.parametrize(("text", "facts"), RELATIVE_WHO)
def test_a_relative_who(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)


# later references: a surname, a company's first name, "the remarks", "the book" -----------------------------

LATER_REFERENCES = [
    pytest.param(
        "“We are ready,” Spokesman Tom Okafor said. “We will talk,” Mr Okafor added.",
        {
            "statements": [
                {"name": "Tom Okafor", "mention": "Spokesman Tom Okafor"},
                {"name": "Tom Okafor", "mention": "Mr Okafor"},
            ]
        },
        id="later references share the full name",
    ),
    pytest.param(
        "“We will talk,” Mr Okafor said. Later, Tom Okafor, the mayor, said the bridge would stay shut.",
        {
            "statements": [
                {"name": "Tom Okafor", "mention": "Mr Okafor"},
                {"name": "Tom Okafor", "mention": "Tom Okafor"},
            ]
        },
        id="an earlier reference takes the full name given later",
    ),
    pytest.param(
        "Former first lady Ruth Calloway spoke this week about her work on literacy.\n\n"
        "Q: Why did you take up this cause?\n\n"
        "A: Because nobody else would, I think. The libraries were closing one by one.\n",
        # a transcript gives the speaker's own words
        {
            "among": ("text_starts", "Because"),
            "pick": "first",
            "name": "Ruth Calloway",
            "mention": "A",
            "level": "named_direct",
        },
        id="interview answers are the interviewee's",
    ),
    pytest.param(
        "Rep. Jim Jordan led the hearing. “It raises questions,” Jordan said.",
        {"among": ("quoted", True), "statements": [{"name": "Jim Jordan", "kind": "person"}]},
        id="a surname that is a country stays the person's",
    ),
    pytest.param(
        "“We have started talks,” Mr. Manafort said.\n\nThe remarks suggest the campaign is changing.",
        {"pick": "last", "name": "Manafort"},
        id="the remarks are the words of the person last named",
    ),
    pytest.param(
        "US President Barack Obama will speak tonight.\n\n"
        "Obama will make the case that Clinton is qualified.\n\n"
        "“Nothing prepares you for the office,” the two-term president will say, according to excerpts "
        "released by the White House.\n\n"
        "“You have to sit at that desk,” he will say.",
        {
            "among": ("quoted", True),
            "names": ["Barack Obama", "Barack Obama"],
            "pick": "first",
            "level": "institutional",
            "nested": True,
        },
        id="a role goes to the person titled so, and quoted through excerpts",
    ),
    pytest.param(
        "Patriot was a spinoff of Peabody Energy.\n\nIn a statement, Peabody said: “It did well.”",
        {"kind": "organization", "name": "Peabody Energy", "level": "institutional"},
        id="a company is its first name on second reference",
    ),
    pytest.param(
        "Rep. Jim Jordan founded Jordan Energy. Later, Jordan said: “We won.”",
        {"pick": "last", "name": "Jim Jordan"},
        id="a surname the story gave a person stays the person",
    ),
    pytest.param(
        "Dr. Connie Mariano wrote a book.\n\n“Hillary was back on the trail within days,” the book said.",
        {"pick": "last", "name": "Connie Mariano"},
        id="the book said is its author",
    ),
    # her statement and the speech are the words of the person last named
    pytest.param(
        "Maria Lopez spoke in Ohio on Monday. Later, her statement explained that she had not seen the memo.",
        {"pick": "last", "name": "Maria Lopez"},
        id="her statement is the words of the person last named",
    ),
    pytest.param(
        "Maria Lopez spoke in Ohio on Monday. The speech reflected her eagerness to win over young voters.",
        {"pick": "last", "name": "Maria Lopez"},
        id="the speech is the words of the person last named",
    ),
]


@pytest.mark.parametrize(("text", "facts"), LATER_REFERENCES)
def test_later_references(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)


# descriptions that point back: lede descriptions, roles, definite and counted descriptions ------------------

DESCRIPTIONS = [
    pytest.param(
        "10:10 a.m.\n\nA top campaign adviser says the senator is on a glide path to the nomination.\n\n"
        "Ed Brookline spoke to reporters Thursday after a meeting.",
        {"name": "Ed Brookline", "level": "named_indirect"},
        id="a lede description named in the next sentence",
    ),
    pytest.param(
        "A senior official said the talks would resume. Ed Brookline, the envoy, disagreed.",
        {"kind": "anonymous"},
        id="an anonymous source is not named by the next sentence",
    ),
    pytest.param(
        "Chris Christie got a cold reception.\n\nThe protesters chanted “Chris Christie: Bad for us.”",
        {"name_not": "Chris Christie", "level_not": "named_direct"},
        id="a plural role is not the person named before",
    ),
    # a definite plural role points back to the people named
    pytest.param(
        "Rep. Jason Chaffetz and Rep. Bob Goodlatte sent a letter. “The evidence contradicts her,” the "
        "committee chairmen wrote.",
        {"level_in": ("named_direct", "named_indirect"), "name": "Jason Chaffetz and Bob Goodlatte"},
        id="a definite plural role points back to the people named: the committee chairmen",
    ),
    pytest.param(
        "Ted Cruz met Donald Trump on Friday.\n\nThe two men agreed that the race was close.",
        {"level_in": ("named_direct", "named_indirect")},
        id="a definite plural role points back to the people named: the two men",
    ),
    pytest.param(
        "Ted Cruz spoke.\n\nThe two men agreed that the race was close.",
        {"level": "anonymous_described"},
        id="a plural role with one person named before stays described",
    ),
    pytest.param(
        "Donna Lages runs the shop.\n\nNear the mosque, a cashier was shaken. “Too much hate,” said the "
        "woman, who did not want to be quoted by name because of the sensitivity of the issue. “I think he "
        "is causing a lot of this,” she said.",
        {
            "among": ("quoted", True),
            "kinds": ["anonymous", "anonymous"],
            "every": {"level": "anonymous_described"},
        },
        id="a role kept unnamed for a reason is not the person named before",
    ),
    pytest.param(
        "A former party chairman says the leaders should come up with a plan.\n\n"
        "“Now is the time to come to the aid of the party,” said Don Fowler, who led the party.",
        {"pick": "first", "name": "Don Fowler", "level": "named_indirect"},
        id="a lede description named by the quotation after it",
    ),
    pytest.param(
        "“It helps,” said Ronald Fieldstone, a Miami lawyer who has worked on development projects.",
        {"name": "Ronald Fieldstone"},
        id="a role in apposition to a name is that person",
    ),
    pytest.param(
        "Angelique Brunner, a Washington-based developer, spoke first.\n\n"
        "“People look at what an area looks like after the investment,” she said.",
        {"name": "Angelique Brunner"},
        id="an unlisted given name with a role in apposition is a person",
    ),
    pytest.param(
        "A Chicago judge has refused a request to unseal the file, saying voters have no claim on it.\n\n"
        "The Tribune had asked for the records last month.\n\n"
        "Cook County Circuit Court Judge Maria Delgado rejected that argument on Thursday.",
        {"pick": "first", "name": "Maria Delgado", "level": "named_indirect"},
        id="a lede description is the person named later by the same office",
    ),
    pytest.param(
        "A Chicago judge has refused a request to unseal the file, saying voters have no claim on it.\n\n"
        "The Tribune had asked for the records last month.\n\n"
        "Lawyer Maria Delgado said she would appeal.",
        {"pick": "first", "name_not": "Maria Delgado"},
        id="a lede description with no one of its office named stays unnamed",
    ),
    # a lede description is not whoever is named near its office
    *(
        pytest.param(
            text,
            {"pick": "first", "name_not": not_speaker},
            id=f"a lede description is not whoever is named near its office: {not_speaker}",
        )
        for text, not_speaker in (
            (
                "Lawmakers debated the bill. A Democratic senator said the bill would hurt the poor. "
                "Mitch McConnell dismissed the idea.",
                "Mitch McConnell",
            ),
            (
                "A federal judge ruled that the law was void.\n\nThe state had defended it.\n\n"
                "Attorney General Bob Ferguson praised the judge for the ruling.",
                "Bob Ferguson",
            ),
            (
                "A Democratic strategist said the race was close.\n\nThe polls agreed.\n\n"
                "Democratic strategist James Carville disagreed.",
                "James Carville",
            ),
        )
    ),
    # a definite description is the person the story described so
    pytest.param(
        "Obama has an admirer in British diplomat Sir Peter Westmacott. The diplomat also mused about "
        "the race, saying it was close.",
        {"pick": "last", "level": "named_indirect", "name": "Peter Westmacott"},
        id="a definite description is the person the story described so: a lede title",
    ),
    pytest.param(
        "Peter Westmacott, a veteran diplomat, spoke first. Later the diplomat said that the talks would "
        "resume.",
        {"pick": "last", "level": "named_indirect", "name": "Peter Westmacott"},
        id="a definite description is the person the story described so: an apposition",
    ),
    # an unnamed one of that description came in between: it is that one
    pytest.param(
        "British diplomat Sir Peter Westmacott spoke first. Then a senior diplomat who asked not to be "
        "named spoke. The diplomat said that the talks would fail.",
        {"pick": "last", "level": "anonymous_described"},
        id="a definite description is the unnamed one of that description in between",
    ),
    # the capitalized words of the description must be said of the person too
    pytest.param(
        "President Barack Obama met Francois Hollande. The French president said that the talks would "
        "resume.",
        {"pick": "last", "name_not": "Barack Obama"},
        id="a definite description's capitalized words must be said of the person too",
    ),
    # a definite counted description is the people named before
    pytest.param(
        "Barack Obama ran against John McCain. Then both men said that warming was caused by humans.",
        {"pick": "last", "level": "named_indirect", "name": "Barack Obama and John McCain"},
        id="a definite counted description is the people named before: both men",
    ),
    pytest.param(
        "Richard Nixon began it and Ronald Reagan went on. The two Republican presidents argued that "
        "drugs were a war.",
        {"pick": "last", "level": "named_indirect", "name": "Richard Nixon and Ronald Reagan"},
        id="a definite counted description is the people named before: the two presidents",
    ),
    # an indefinite count, and the usual unnamed, stay unnamed
    pytest.param(
        "Donald Trump spoke. Two officials said the plan would fail.",
        {"pick": "last", "level": "anonymous_described"},
        id="an indefinite counted description stays unnamed",
    ),
    pytest.param(
        "Donald Trump met Ted Cruz. The two sources said the plan would fail.",
        {"pick": "last", "level": "anonymous_described"},
        id="a counted description of sources stays unnamed",
    ),
]


@pytest.mark.parametrize(("text", "facts"), DESCRIPTIONS)
def test_descriptions_that_point_back(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)


# quotations no cue claims, given to the one person a paragraph or sentence names ----------------------------

UNCLAIMED = [
    pytest.param(
        "Maria Lopez has lived on the street for 20 years.\n\n“We are scared.”",
        {"name": "Maria Lopez"},
        id="a lone quotation after a paragraph about one person is theirs",
    ),
    pytest.param(
        "Maria Lopez met Tomas Reyes on the street.\n\n“We are scared.”",
        {"kind": "unknown"},  # two people named before: no guess
        id="a lone quotation after a paragraph about two people is no one's",
    ),
    # the one person a sentence names holds its unclaimed quotation
    *(
        pytest.param(
            text,
            {"among": ("quotes_any_starts", "“" + quote), "name": name},
            id=f"the one person a sentence names holds its unclaimed quotation: {why}",
        )
        for text, quote, name, why in (
            (
                "Maria Barnett waved the crowd quiet, then leaned in and boomed: “We will win this fall.”",
                "We",
                "Maria Barnett",
                "a full name",
            ),
            (
                "Barnett waved the crowd quiet, then leaned in and boomed: “We will win this fall.”",
                "We",
                "Barnett",
                "a surname",
            ),
            (
                "Earlier this week, Barnett shared her worry with donors, “I do not know what happens next.”",
                "I",
                "Barnett",
                "after an opening phrase",
            ),
            (
                "Voters were tired of what Senator Ray Ollis, for one, called “tired old slogans.”",
                "tired",
                "Ray Ollis",
                "for one",
            ),
        )
    ),
    # a sentence without one clear person leaves the quotation unclaimed
    *(
        pytest.param(
            text,
            {"among": ("quotes_any_starts", quote), "every": {"kind_not": "person"}},
            id=f"a sentence without one clear person leaves the quotation unclaimed: {why}",
        )
        for text, quote, why in (
            # two people named: whose words these are is not for the sentence to say
            (
                "Maria Barnett and Ray Ollis met, and one of them boomed: “We will win this fall.”",
                "“We",
                "two people",
            ),
            # a name that modifies a noun speaks for no one: the officials liked an editorial
            (
                "Barnett officials were thrilled with the editorial, entitled “A Long Night for Ollis.”",
                "“A Long",
                "a name modifying a noun",
            ),
            # the question put to a person is not that person's
            ("Barnett was asked, “Would you run again if the party asked?”", "“Would", "a question put"),
            # a pronoun or a place at the sentence's start is no name
            (
                "It’s no mystery why the plan ended as “a bridge to nowhere” in Ohio.",
                "“a bridge",
                "a pronoun",
            ),
            ("Iowa in winter is, by one account, “a frozen kind of democracy.”", "“a frozen", "a place"),
        )
    ),
]


@pytest.mark.parametrize(("text", "facts"), UNCLAIMED)
def test_unclaimed_quotations(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)


# which rule resolves a source: the rules of resolve._SOURCE_RULES, tried in order, the first that applies
# giving the source and what it points at

SOURCE_RULES = [
    pytest.param(
        "Q: Will the bridge open?\n\nA: It will open in spring.",
        "A",
        "_interview_answer",
        id="an interview's A:",
    ),
    pytest.param(
        "Ann Lee, who said the bridge would open in spring, left early.",
        "who",
        "_relative_pronoun",
        id="a relative who",
    ),
    pytest.param(
        "Maria Lopez came to the hall. She said the bridge stays shut.",
        "She",
        "_personal_pronoun",
        id="a pronoun",
    ),
    pytest.param(
        "Maria Lopez spoke for an hour. Her remarks suggest the bridge stays shut.",
        "Her remarks",
        "_words_of_the_last_named",
        id="the words of the person last named",
    ),
    pytest.param(
        "A top city adviser says the bridge stays shut. Ed Brookman spoke to reporters on Monday.",
        "A top city adviser",
        "_named_in_the_next_sentence",
        id="a lede's description named in the next sentence",
    ),
    pytest.param(
        "Mayor Ann Lee met Tom Okafor on Monday.\n\nThe committee chairmen said the bridge stays shut.",
        "The committee chairmen",
        "_the_pair_named",
        id="a plural role for the people just named",
    ),
    pytest.param(
        "Mayor Ann Lee met Tom Okafor on Monday.\n\nBoth men said the bridge stays shut.",
        "Both men",
        "_the_people_counted_back",
        id="a count of the people just named",
    ),
    pytest.param(
        "British diplomat Sir Peter Wells spoke first. The diplomat said the bridge stays shut.",
        "The diplomat",
        "_the_description_given",
        id="the description the story gave a person",
    ),
    pytest.param(
        "Maria Lopez is the city's engineer. The engineer said the bridge stays shut.",
        "The engineer",
        "_the_role_named_before",
        id="the role of the person named before",
    ),
    pytest.param("Maria Lopez said the bridge stays shut.", "Maria Lopez", "_as_named", id="a name as named"),
]


@pytest.mark.parametrize(("text", "source", "rule"), SOURCE_RULES)
def test_the_rule_that_resolves_a_source(
    text: str, source: str, rule: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fired: list[tuple[str, str]] = []

    def watched(resolver: Any) -> Any:
        def run(story: Any, fr: Any, src: Any) -> Any:
            found = resolver(story, fr, src)
            if found is not None:
                fired.append((resolver.__name__, src.text))
            return found

        return run

    monkeypatch.setattr(resolve, "_SOURCE_RULES", tuple(map(watched, resolve._SOURCE_RULES)))
    analyze(text)
    assert [name for name, src in fired if src == source] == [rule]


def test_every_source_rule_has_a_row() -> None:
    assert {p.values[2] for p in SOURCE_RULES} == {r.__name__ for r in resolve._SOURCE_RULES}
