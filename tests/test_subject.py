"""subject: where a cue's source phrase lies, each rule of ``subject._SOURCE_RULES`` and the fallback
(``_subject_before``) on sentences written to show it.

Each rule is a table: a row is a sentence written to show the rule, and the facts the extractor must find
in it (the keys are those of ``analysis.check``)."""

from __future__ import annotations

from typing import Any

import pytest
from analysis import check

from quotecheck import analyze, grammar

# "according to": the phrase after the cue is the source (_according_to) -------------------------------------

ACCORDING_TO = [
    pytest.param(
        "The crews would rather strike than sign the offer, according to a union survey.",
        {"mention": "a union survey", "text": "The crews would rather strike than sign the offer"},
        id="a trailing according to owns the clause before it",
    ),
    pytest.param(
        "According to a complaint filed by the SEC and one by Vermont, the pair looted the fund.",
        {"kind": "organization", "text": "the pair looted the fund"},
        id="an opening according to runs to its comma",
    ),
    pytest.param(
        "Trump needled his critics. “You've been very critical of me,” he told Sen. Jeff Flake (R-Ariz.), "
        "according to officials with knowledge of the meeting.",
        {"level": "anonymous_described", "last_reason_starts": "nested:"},
        id="according to after a quotation told to a senator",
    ),
]


@pytest.mark.parametrize(("text", "facts"), ACCORDING_TO)
def test_according_to(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)


# an owner's reporting noun: "Trump's claim that …" (_possessive_owner) --------------------------------------

POSSESSIVE_OWNER = [
    pytest.param(
        "The fact-checkers looked into Maria Lopez's claim that the budget had doubled in a decade.",
        {"text": "that the budget had doubled in a decade", "name": "Maria Lopez", "cue": "claim"},
        id="a claim belongs to its owner",
    ),
    pytest.param(
        "After his call for a “deportation force,” Will described Trump as “un-conservative.”",
        {"among": ("name", "Will"), "texts": ["Trump as “un-conservative.”"]},
        id="a quoted comma ends a possessive nominal cue",
    ),
    pytest.param(
        "Officials met to discuss Saudi Arabia's suspected role in the plot.",
        {"count": 0},
        id="a participle between an owner and a noun is an adjective",
    ),
    # a reporting noun is a cue of its owner
    *(
        pytest.param(
            text,
            {"name": speaker, "text_starts": "that", "stance": stance},
            id=f"a reporting noun is a cue of its owner: {stance}",
        )
        for text, speaker, stance in (
            (
                "Judge Ann Nervo's conclusion that courts should stay out of politics drew praise.",
                "Ann Nervo",
                "endorsing",
            ),
            ("Senator Ray Ollis's assertion that the memo was forged drew scorn.", "Ray Ollis", "distancing"),
            ("Maria Lopez's belief that the plant will close is widely shared.", "Maria Lopez", "tentative"),
        )
    ),
    pytest.param(
        "The belief that taxes will rise is common.",
        {"count": 0},
        id="a reporting noun without an owner is no statement",
    ),
    pytest.param(
        "Later, Maria Lopez revised her statement explaining that she had not seen the memo.",
        {"name": "Maria Lopez"},
        id="an owned document after a verb is its author's",
    ),
    pytest.param(
        "There's speculation that the governor will resign.",
        {"count": 0},
        id="a contraction owns no reporting noun: there's",
    ),
    pytest.param(
        "It's evidence that the vaccine works.", {"count": 0}, id="a contraction owns no reporting noun: it's"
    ),
    # a cue form after an owner is a noun unless it opens what it reports
    pytest.param(
        "Mr. Clarke's venture proves short-lived.",
        {"texts": []},
        id="a cue form after an owner is a noun",
    ),
    pytest.param(
        "Trump's claims that the vote was rigged were false.",
        {"texts_any_starts": "that the vote was rigged"},
        id="a cue form after an owner opens what it reports: that",
    ),
    pytest.param(
        # (issue 17: "Editor's note:" itself is page furniture, not an owner's report)
        "Ruiz's note: Donald Trump regularly lies.",
        {"texts_any_starts": "Donald Trump regularly lies"},
        id="a cue form after an owner opens what it reports: a colon",
    ),
]


@pytest.mark.parametrize(("text", "facts"), POSSESSIVE_OWNER)
def test_an_owners_reporting_noun(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)


# participles: "Clinton asking", ", saying …", an issued document (_participle_subject, _saying_subject) -----

PARTICIPLES = [
    # a participle's speaker is the sentence's subject, past a dateline
    *(
        pytest.param(
            text,
            {
                "among": ("text_starts", "that"),
                "pick": "first",
                "name": name,
                "mention_in": ("Union leaders", "Ann Wanjiru", "He"),
            },
            id=f"a participle speaks with the subject: {why}",
        )
        for text, name, why in (
            (
                "NAIROBI - Union leaders met on Friday, saying that the strike would go ahead.",
                "Union leaders",
                "past a dateline",
            ),
            (
                "NAIROBI (AP) — Ann Wanjiru met voters on Friday, saying that the bill would pass.",
                "Ann Wanjiru",
                "past a dateline and an agency",
            ),
            # "for saying": the clause's subject, not the phrase before the preposition
            (
                "He was fined by the board for saying that the coffee cured everything.",
                None,
                "for saying",
            ),
        )
    ),
    # the author of a document issued in the clause speaks through it
    pytest.param(
        "Hours later, she issued a statement calling on the council to resign.",
        {"mention": "she"},
        id="an issued document speaks for its author: she",
    ),
    pytest.param(
        "The union released a video saying that the strike would go on.",
        {"mention": "The union"},
        id="an issued document speaks for its author: the union",
    ),
    pytest.param(
        'After a meeting, the council issued a statement calling the vote "a clear violation of the '
        'charter" and asked for a recount.',
        {"among": ("quoted", True), "pick": "first", "name": "council", "cue": "calling"},
        id="an issuer speaks through its statement calling something a name",
    ),
    pytest.param(
        "Mayor Ann Lee, D-Ohio, despite admitting that she had concerns about “lawyers trying to get "
        "rich,” the victims deserve their day in court.",
        {"among": ("text_starts", "that she had"), "pick": "first", "name": "Ann Lee"},
        id="despite admitting speaks with the subject",
    ),
    pytest.param(
        "A Chinese official responded by saying Japan should be careful “not to stir up problems” there.",
        {"kind": "anonymous", "cue": "saying", "text_starts": "Japan should be careful"},
        id="a speech gerund after by reports the subject",
    ),
    pytest.param(
        "Speaking on Monday, Bush praised Rubio but described his record as “a work in progress.”",
        {"pick": "last", "name": "Bush", "cue": "described"},
        id="but and a cue after an opening participle",
    ),
    pytest.param(
        "Democratic nominee Ada Moss weighed in on Twitter, saying that the videos should be released.",
        {"name": "Ada Moss"},
        id="a title before the name of a participle's subject",
    ),
    # documents that speak for their issuer
    pytest.param(
        "His office put out a statement saying the changes would put Americans at risk.",
        {"mention": "His office"},
        id="documents that speak for their issuer: a statement",
    ),
    pytest.param(
        "A paper from the Brookings Institution had this to say about it: “It is a windfall.”",
        {"mention": "A paper from the Brookings Institution"},
        id="documents that speak for their issuer: a paper",
    ),
    pytest.param(
        "John Doe, who worked for the firm, becoming its president, published a memoir saying it failed.",
        {"name_set": {"John Doe"}},
        id="a participle after a relative clause keeps the name",
    ),
    pytest.param(
        "The country “has made dramatic changes,” McConnell said in June, citing the release of prisoners.",
        {"pick": "last", "name": "McConnell"},
        id="citing after a speech verb is the speaker's",
    ),
    pytest.param(
        "Loretta Lynch spoke. “We will get there together,” she said at a recent news conference announcing "
        "that her department was suing North Carolina.",
        {"statements": [{}, {"mention": "she"}]},
        id="a participle after an occasion is the speaker's",
    ),
    pytest.param(
        "Khan decried Trump, noting he has “sacrificed nothing” for the country.",
        {"statements": [{"text": "Trump"}, {"name": "Khan"}]},
        id="a participle after the one attacked is its own statement",
    ),
    pytest.param(
        "Trump raised doubts about the count, falsely suggesting that the vote was rigged.",
        {"name": "Trump"},
        id="an adverb before a participle after a comma is no subject",
    ),
    # a gerund that opens a clause after a mid-sentence tag continues the content
    pytest.param(
        "Though the transition was seamless, he said, replacing Clinton would be much harder.",
        {
            "pick": "first",
            "segments": ["Though the transition was seamless", "replacing Clinton would be much harder"],
        },
        id="a gerund that opens a clause after a mid-sentence tag continues the content",
    ),
    pytest.param(
        "The plan is dead, he said, adding that it would not return.",
        {"pick": "first", "segments": ["The plan is dead"]},
        id="a participle after a mid-sentence tag is a statement of its own",
    ),
    pytest.param(
        "Khizr Khan, who is Muslim, also decried Trump's repeated calls to ban all Muslims, noting he has "
        "“sacrificed nothing” for the country.",
        {
            "statements": [
                {"cue": "decried", "text": "Trump's repeated calls to ban all Muslims"},
                {"name": "Khizr Khan"},
            ]
        },
        id="a participle after a clause with its own object keeps both statements",
    ),
]


@pytest.mark.parametrize(("text", "facts"), PARTICIPLES)
def test_participles(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)


# inverted and trailing sources: "…,” said X", "…, the sources said" (_inverted_source) ----------------------

INVERTED_SOURCE = [
    pytest.param(
        "“The bridge stays shut,” said Maria Lopez, a spokeswoman for the council.",
        {"name": "Maria Lopez", "mention": "Maria Lopez"},
        id="an inverted speaker with an apposition",
    ),
    # relatives and inverted openers
    *(
        pytest.param(
            text,
            {"among": ("text_starts", content_start), "pick": "first", "name_has": name},
            id=f"relatives and inverted openers: {why}",
        )
        for text, content_start, name, why in (
            # a restrictive relative: the noun before "that" speaks
            (
                'The listing was replaced by a message that said, "The item is gone."',
                "The item",
                "a message",
                "a restrictive relative",
            ),
            # "Said X, who …, “…”": the relative clause describes the inverted speaker
            (
                'The house is a museum now. Said Rosa Diaz, who grew up next door, "We were all so proud."',
                "We were",
                "Rosa Diaz",
                "said X, who",
            ),
            # an adverb after a past tense is no noun-maker: "further related"
            (
                "The bishop further related that the parish would close in May.",
                "that the parish",
                "bishop",
                "further related",
            ),
        )
    ),
    # inverted speakers after a quotation
    # a past tense spelt like its base form ends the clause as a verb
    pytest.param(
        "“The mayor should come home,” the editorial read.",
        {"name_has": "editorial"},
        id="inverted speakers after a quotation: a past tense spelt like its base form",
    ),
    # an inverted speaker whose name follows in apposition
    pytest.param(
        '"It is about time," exhorted the mayor\'s introducer, actress Ruth Calloway.',
        {"name_has": "Ruth Calloway"},
        id="inverted speakers after a quotation: the name in apposition",
    ),
    pytest.param(
        "Officials felt the plan was sound because they could press the lenders, said Mr. Barrett, "
        "the lawyer.",
        {
            "name": "Barrett",
            "segments": ["Officials felt the plan was sound because they could press the lenders"],
        },
        id="a trailing inverted speaker with an apposition owns the clause",
    ),
    pytest.param(
        "Details aside, her plans send a message that the priority ''is taxing the top,'' Mr. Kamin said.",
        {"name": "Kamin"},
        id="a quotation ending with a comma before a trailing speaker",
    ),
    pytest.param(
        '“This is a big year for our senator, Bobby Scott!” Scott\'s niece, state Del. Marcia "Cia" Price '
        "(D-Newport News), shouted to the crowd.",
        {"text_starts": "This is a big year", "name_has": "Price"},
        id="an exclamation ends the quotation and its speaker follows in apposition",
    ),
    # a clause between commas is no apposition before an inverted name
    pytest.param(
        "Even as the campaign moves to New York, the race will be tight, said Dan Gerstein, director "
        "of a firm.",
        {"name": "Dan Gerstein"},
        id="a clause between commas is no apposition before an inverted name: even as",
    ),
    pytest.param(
        "Cruz lacks support from his colleagues, whom he has alienated, said Larry Sabato, a professor.",
        {"name": "Larry Sabato"},
        id="a clause between commas is no apposition before an inverted name: whom",
    ),
    pytest.param(
        "Ann Lee, a Republican who has served two terms, said the plan would fail.",
        {"name": "Ann Lee"},
        id="a clause between commas is no apposition before an inverted name: who",
    ),
]


@pytest.mark.parametrize(("text", "facts"), INVERTED_SOURCE)
def test_inverted_and_trailing_sources(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)


# the subject before the verb: appositions, asides, relatives, coordinated verbs (_subject_before) -----------

SUBJECT_BEFORE = [
    # a dateline set off by a spaced dash is not part of the subject
    pytest.param(
        "LAGOS - Union leaders said the strike would go ahead on Monday.",
        {"mention": "Union leaders"},
        id="the subject starts where the clause does: past a dateline",
    ),
    # the object of an opening preposition is not the subject
    pytest.param(
        "In a radio interview Okafor said the strike would go ahead on Monday.",
        {"mention": "Okafor"},
        id="the subject starts where the clause does: past an opening preposition's object",
    ),
    pytest.param(
        "Maria Lopez spoke on Monday. The Democratic nominee and her aides said the count was fair.",
        {"among": ("text", "the count was fair"), "pick": "first", "name": "Maria Lopez"},
        id="a nominee and her aides are led by the nominee",
    ),
    # the speaker across asides, numbers and conjunctions
    *(
        pytest.param(
            text,
            {"among": ("text_starts", content_start), "pick": "first", "name_has": name},
            id=f"the speaker across asides, numbers and conjunctions: {why}",
        )
        for text, content_start, name, why in (
            # a typed dash ("--") sets off an aside, as an em dash does
            (
                "Ann Lee, the head of Lee Media -- the company that owns the station -- told me, "
                '"We are a content provider."',
                "We are",
                "Ann Lee",
                "a typed dash",
            ),
            # a number with thousands is one word: the content does not stop at its comma
            ("The ministry has said 2,093 of the files were redacted.", "2,093", "ministry", "a number"),
            # a cue after "and" with no earlier cue speaks with the sentence's subject
            (
                "The nominee also outlined her plan and vowed to cut the budget by half.",
                "to cut",
                "nominee",
                "and a cue",
            ),
        )
    ),
    pytest.param(
        "Rep. Ana Ruiz (D-Md.), chair of the panel, said that it was “open to every view.”",
        {"name": "Ana Ruiz", "text_starts": "that it was"},
        id="an apposition after a party tag is the speaker's",
    ),
    pytest.param(
        "Instead, Will called for Republicans to back Christie.",
        {"name": "Will"},
        id="Will before a past tense is a name",
    ),
    pytest.param(
        "Sens. Ann Marks (D-Ore.) and Bo Reyes (D-N.J.) all suggested that the claims were grounds.",
        {"name": "Bo Reyes"},
        id="a floating all after names with party tags",
    ),
    pytest.param(
        "Even China, its only ally, said it was “resolutely opposed” to the test.",
        {"name": "China", "kind": "organization"},
        id="a focus adverb is not part of the name",
    ),
    # a clause inside the subject is not the speaker
    *(
        pytest.param(text, {"mention": mention}, id=f"a clause inside the subject is not the speaker: {why}")
        for text, mention, why in (
            (
                "The state officials whose laws were struck down say courts changed.",
                "The state officials",
                "whose",
            ),
            ("Officials who were briefed on the plan said it would be delayed.", "Officials", "who"),
            (
                "In her favor, all the experts I interviewed said her plan was more detailed.",
                "the experts",
                "a bare relative",
            ),
            ("People who know him say he is careful.", "People", "who, with an object pronoun"),
        )
    ),
    # a phrase right after a reporting verb in the subject's clause is the reported clause's own subject: the
    # later verb ("would continue") is the content's, and the content is the whole clause
    *(
        pytest.param(text, {"text": content}, id=f"the reported clause keeps its subject: {why}")
        for text, content, why in (
            (
                "A clerk who declined to be named said the audit would continue.",
                "the audit would continue",
                "a cue verb as the later verb",
            ),
            (
                "Two aides who would not be identified said the recount will resume on Monday.",
                "the recount will resume on Monday",
                "a second verb of the content",
            ),
        )
    ),
    pytest.param(
        "Officials who said the audit was over continued to insist that it was.",
        {"statements": [{"name": "Officials"}, {"name": "Officials", "text": "that it was"}]},
        id="a clause that reports a whole clause still leaves its antecedent the later verb's subject",
    ),
    pytest.param(
        "The three scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed that the court could act.",
        {"kind": "person", "level": "named_indirect"},
        id="names in a dash aside are the speakers",
    ),
    pytest.param(
        "Speaking in New Hampshire, which is set to host the second nomination contest Tuesday, "
        "Bush praised Rubio but described his record as “a work in progress.”",
        {"pick": "last", "name": "Bush"},
        id="a relative clause inside an opening phrase",
    ),
    pytest.param(
        "“It is an invasion,” Scott Pruitt, the attorney general of Oklahoma, one of the states, said.",
        {"name": "Scott Pruitt"},
        id="a chain of appositions after a name",
    ),
    pytest.param(
        "The others -- former governor Jeb Bush, retired surgeon Ben Carson and Paul -- hoped to win.",
        {"kind": "person"},
        id="titled names in a dash aside",
    ),
    pytest.param(
        "It is astounding that Trump demands accountability, yet refuses to release his returns.",
        {"name": "Trump"},
        id="yet and a cue take the clause's subject after that",
    ),
    pytest.param(
        "That prompted Rubio to joke and call Trump “flexible,” a nod to him acknowledging that he did.",
        {"mentions_lacks": ""},
        id="a sentence opening with that and a later cue does not crash",
    ),
    pytest.param(
        "Sen. Bernie Sanders has cast Hillary Clinton as unqualified and accused her of racist remarks.",
        {"name": "Bernie Sanders"},
        id="and a cue after an auxiliary and an object",
    ),
    pytest.param(
        "Writing for a Times panel that all agreed Pence won the debate, Mark Barabak noted his calm.",
        {"pick": "first", "name": "a Times panel"},
        id="a floating all after a relative pronoun",
    ),
    # a one-word subject before a parenthetical cue
    *(
        pytest.param(
            text,
            {"pick": "last", "text": content, "name": "Barack Obama"},
            id=f"a one-word subject before a parenthetical cue: {content.split(',')[0]}",
        )
        for text, content in (
            ("Barack Obama spoke. Voters, he said, are tired of it.", "Voters, he said, are tired of it"),
            ("Barack Obama spoke. Americans, he said, can win.", "Americans, he said, can win"),
        )
    ),
    pytest.param(
        "Obama spoke. Yes, he said, it is.",
        {"count": 0},
        id="an interjection before a parenthetical cue is no subject",
    ),
    # an apposition that ends in a list
    *(
        pytest.param(text, {"name": "Anne Richards"}, id=f"an apposition that ends in a list: {why}")
        for text, why in (
            (
                "The plans “are steps,” Anne Richards, assistant secretary for population, refugees, and "
                "migration, said on the same call.",
                "a serial comma",
            ),
            (
                "The plans “are steps,” Anne Richards, assistant secretary for population, refugees and "
                "migration, said on Friday.",
                "no serial comma",
            ),
            (
                "Anne Richards, assistant secretary for population, refugees and migration, said the plans "
                "would do.",
                "before the verb",
            ),
        )
    ),
    pytest.param(
        "Sen. Kelly Ayotte's campaign, for example, said she would “support the nominee” but not endorse.",
        {"kind": "organization"},
        id="an aside of two words between subject and verb",
    ),
    # plural subjects keep their verbs
    *(
        pytest.param(text, {"name": speaker}, id=f"plural subjects keep their verbs: {speaker}")
        for text, speaker in (
            ("The American people say they want change.", "The American people"),
            ("Their young children say the school is unsafe.", "Their young children"),
            ("Trump's own people warn that the race is lost.", "Trump's own people"),
            ("Officials from the FBI and CIA say agents were warned.", "Officials from the FBI and CIA"),
            ("The university states that tuition will rise.", "university"),
        )
    ),
    # a relative pronoun is the subject of what its source says
    *(
        pytest.param(
            text,
            {"among": ("lemma", "say"), "pick": "first", "text_starts": content, "name_ends": speaker},
            id=f"a relative pronoun is the subject of what its source says: {speaker}",
        )
        for text, content, speaker in (
            (
                "The plan, which critics say would cost billions, passed on Monday.",
                "which critics say would",
                "critics",
            ),
            (
                "They fought the levy, which advocates say hurts poor towns, for years.",
                "which advocates say hurts",
                "advocates",
            ),
            ("It is a rule that the union says is unfair.", "that the union says is unfair", "union"),
        )
    ),
    pytest.param(
        "The plan, which critics say would cost billions, passed on Monday.",
        {"pick": "first", "text_lacks": "passed"},
        id="a non-restrictive relative ends at its comma",
    ),
    pytest.param(
        "“This is a sad day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus. “We are angry.”",
        {"pick": "first", "name_ends": "Butterfield", "cue_not": None},
        id="a party tag split by its abbreviation stays in the sentence",
    ),
    # a city and its state inside an apposition are one place
    *(
        pytest.param(
            text,
            {"name": "Christopher Harvey"},
            id=f"a city and its state inside an apposition are one place: {why}",
        )
        for text, why in (
            (
                "Christopher Harvey, a delegate from Houston, Texas, said the turmoil was part of the show.",
                "Texas",
            ),
            (
                "Christopher Harvey, a teacher in Lyon, France, said the turmoil was part of the show.",
                "France",
            ),
        )
    ),
    # a quoted title may close an apposition with its comma
    pytest.param(
        "Jane Mayer, author of “Dark Money,” said the donors were organized.",
        {"name": "Jane Mayer"},
        id="a quoted title may close an apposition with its comma: curly quotes",
    ),
    pytest.param(
        "As Akhil Amar, author of ''America's Unwritten Constitution,'' put it, ''A deal is better.''",
        {"name": "Akhil Amar"},
        id="a quoted title may close an apposition with its comma: doubled apostrophes",
    ),
    # a subject that ends in a city and its state keeps its statement
    pytest.param(
        "The mayor of Flint, Michigan, said the water was safe.",
        {"name_has": "mayor of Flint"},
        id="a subject that ends in a city and its state keeps its statement: mayor of",
    ),
    pytest.param(
        "Officials in Austin, Texas, said the roads were closed.",
        {"name_has": "Officials in Austin"},
        id="a subject that ends in a city and its state keeps its statement: officials in",
    ),
    pytest.param(
        "The video has become a focus for demonstrators, who have marched and called for its release.",
        {"among": ("cue", "called for"), "pick": "first", "mention": "who", "level": "anonymous"},
        id="a second verb in a relative clause speaks with its pronoun",
    ),
    # a capitalized list in a relative clause is not the subject
    pytest.param(
        "Westmacott, who served in Iran, Turkey and France, praised the president's record.",
        {"mention": "Westmacott"},
        id="a capitalized list in a relative clause is not the subject: a name",
    ),
    pytest.param(
        "The senator, who has lived in Ohio, Texas or Maine, praised the plan.",
        {"mention": "The senator"},
        id="a capitalized list in a relative clause is not the subject: a role",
    ),
    # a relative clause between commas closes before its antecedent's verb
    pytest.param(
        "Donald Trump, who has said that the system is rigged, won the primary.",
        {"pick": "first", "text": "that the system is rigged"},
        id="a relative clause between commas closes before its antecedent's verb: that",
    ),
    pytest.param(
        "Ann Lee, who claimed the vote was stolen, later told reporters she was wrong.",
        {"pick": "first", "text": "the vote was stolen"},
        id="a relative clause between commas closes before its antecedent's verb: a bare clause",
    ),
    # a participle phrase inside the reported clause does not close it
    pytest.param(
        "Trump, who said the plan, based on old data, would fail, won.",
        {"pick": "first", "text": "the plan, based on old data, would fail"},
        id="a relative clause between commas closes before its antecedent's verb: a participle inside",
    ),
    pytest.param(
        "Rush Limbaugh, for one, said the plan was dead.",
        {"name": "Rush Limbaugh"},
        id="for one is an aside between a subject and its verb",
    ),
]


@pytest.mark.parametrize(("text", "facts"), SUBJECT_BEFORE)
def test_subject_before_the_verb(text: str, facts: dict[str, Any]) -> None:
    check(text, facts)


# which rule finds the subject around an apposition ("X, a spokesman for Y, said"): the rules of
# grammar._INSIDE_RULES, then of grammar._BEFORE_RULES, tried in order, the first that knows deciding; with
# none, the phrase before the apposition speaks

APPOSITION_RULES = [
    pytest.param(
        "The mayor's office, when reached by phone, said the bridge stays shut.",
        ("_occasion_clause",),
        id="a clause about the occasion",
    ),
    pytest.param(
        "Ann Lee, assistant secretary for roads, bridges, and tunnels, said the bridge stays shut.",
        ("_list_tail",),
        id="a list inside",
    ),
    pytest.param(
        "Ann Lee, who worked for the city, becoming its engineer in 2010, said the bridge stays shut.",
        ("_participle_after_a_relative",),
        id="a participle after a relative clause",
    ),
    pytest.param("Ann Lee, 63, a retired engineer, said the bridge stays shut.", ("_an_age",), id="an age"),
    pytest.param(
        "Ann Lee, the city engineer, one of the officials in charge, said the bridge stays shut.",
        ("_a_chain_of_appositions",),
        id="a chain of appositions",
    ),
    pytest.param(
        "Tom Okafor, a planner who works with the Civic Trust, a local charity, said the bridge stays shut.",
        ("_after_a_relative_clause",),
        id="after a relative clause's end",
    ),
    pytest.param(
        "Several engineers, including Ms. Lee, said the bridge stays shut.",
        ("_a_group_including",),
        id="a group and its named member",
    ),
    pytest.param("The bridge, closed since May, said nothing.", ("_no_apposition",), id="no apposition"),
    pytest.param(
        "The city's engineer, Ann Lee, said the bridge stays shut.",
        ("_a_name_after_its_role",),
        id="a name after its role",
    ),
    pytest.param(
        "After winning Ohio, Gov. Ann Lee (D-OH), said the bridge stays shut.",
        ("_a_name_after_a_phrase",),
        id="a name after a phrase that is no name",
    ),
    pytest.param("Ann Lee, the city engineer, said the bridge stays shut.", (), id="none: the phrase before"),
]


@pytest.mark.parametrize(("text", "rules"), APPOSITION_RULES)
def test_the_rule_that_finds_the_subject_around_an_apposition(
    text: str, rules: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    fired: list[str] = []

    def watched(rule: Any) -> Any:
        def run(*args: Any) -> Any:
            found = rule(*args)
            if found is not None:
                fired.append(rule.__name__)
            return found

        return run

    monkeypatch.setattr(grammar, "_INSIDE_RULES", tuple(map(watched, grammar._INSIDE_RULES)))
    monkeypatch.setattr(grammar, "_BEFORE_RULES", tuple(map(watched, grammar._BEFORE_RULES)))
    analyze(text)
    assert tuple(dict.fromkeys(fired)) == rules


def test_every_apposition_rule_has_a_row() -> None:
    named = {rule for p in APPOSITION_RULES for rule in p.values[1]}
    assert named == {r.__name__ for r in (*grammar._INSIDE_RULES, *grammar._BEFORE_RULES)}


# the steps of a noun phrase read back from a cue (grammar._NP_STEPS): each row a sentence whose source
# phrase needs the step named, whatever other steps the walk takes

NP_STEPS = [
    pytest.param("Sen. Ann Lee said the bridge stays shut.", "_np_abbreviation", id="an abbreviation's stop"),
    pytest.param(
        "BRUSSELS - European leaders said the bridge stays shut.", "_np_spaced_dash", id="a dateline's dash"
    ),
    pytest.param("Procter & Gamble said the bridge stays shut.", "_np_joiner", id="an ampersand"),
    pytest.param("Smith and Jones said the bridge stays shut.", "_np_and", id="and between names"),
    pytest.param("The “Avatar” star said the bridge stays shut.", "_np_quoted_title", id="a quoted title"),
    pytest.param("The bridge, officials said, stays shut.", "_np_stop_word", id="a comma ends it"),
    pytest.param("Officials warned residents fear the bridge will fall.", "_np_verb", id="a verb ends it"),
    pytest.param("The White House said the bridge stays shut.", "_np_determiner", id="a determiner opens it"),
    pytest.param("In Doha Hamas said the bridge stays shut.", "_np_preposition", id="an opening adverbial"),
    pytest.param("Maria Lopez said the bridge stays shut.", "_np_capitalized", id="a capitalized name"),
    pytest.param(
        "City spokesman Walid Kilani said the bridge stays shut.", "_np_title", id="a title before it"
    ),
]


@pytest.mark.parametrize(("text", "step"), NP_STEPS)
def test_a_step_of_the_noun_phrase_walk(text: str, step: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fired: list[str] = []

    def watched(rule: Any) -> Any:
        def run(*args: Any) -> Any:
            found = rule(*args)
            if found is not None:
                fired.append(rule.__name__)
            return found

        return run

    monkeypatch.setattr(grammar, "_NP_STEPS", tuple(map(watched, grammar._NP_STEPS)))
    analyze(text)
    assert step in fired


def test_every_noun_phrase_step_has_a_row() -> None:
    assert {p.values[1] for p in NP_STEPS} == {r.__name__ for r in grammar._NP_STEPS}
