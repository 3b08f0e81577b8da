"""Speakers resolved across sentences (pipeline._resolve): later references and pronouns, lede
descriptions named later, plural roles that point back, and unclaimed quotations given to the one person
a sentence names."""

from __future__ import annotations

import pytest
from analysis import only, speaker_of_quote, statements

from quotecheck.pipeline import analyze

# pronouns: "he", "they", the writer's "we" ------------------------------------------------------------------


def test_a_pronoun_takes_the_previous_speaker() -> None:
    found = statements("“The bridge stays shut,” Maria Lopez said. “We start in May,” she added.")
    assert [s.speaker.name for s in found] == ["Maria Lopez", "Maria Lopez"]
    assert found[1].speaker.mention is not None
    assert found[1].speaker.mention.text == "she"


def test_a_pronoun_takes_a_person_named_before_who_did_not_speak() -> None:
    s = only("Maria Lopez arrived late. “Nothing is settled,” she said.")
    assert s.speaker.name == "Maria Lopez"


def test_an_unresolvable_pronoun_keeps_its_mention() -> None:
    s = only("“Nothing is settled,” she said.")
    assert s.speaker.kind == "unknown"
    assert s.speaker.mention is not None
    assert s.speaker.mention.text == "she"


def test_anonymous_sources_and_they() -> None:
    found = statements("Sources told reporters the deal was close. They said it would be signed soon.")
    assert [(s.kind, s.speaker.kind, s.speaker.name) for s in found] == [
        ("indirect", "anonymous", "Sources"),
        ("indirect", "anonymous", "Sources"),
    ]


def test_the_writers_we_is_no_one_else() -> None:
    text = "The council spoke first. We believe the plan fails the people it was written for."
    st = next(s for s in analyze(text).statements if s.text.startswith("the plan"))
    assert st.speaker.kind == "unknown"
    assert st.strength is not None
    assert st.strength.level == "unattributed"


def test_they_after_two_people_named_together_is_the_pair() -> None:
    text = (
        "Critics, like Senators Charles E. Grassley, Republican of Iowa, and Patrick J. Leahy, Democrat of "
        "Vermont, sent a letter on Thursday.\n\n“The program is plagued by fraud,” they wrote."
    )
    (st,) = analyze(text).statements
    assert st.speaker.name == "Charles E Grassley and Patrick J Leahy"
    assert st.strength is not None
    assert st.strength.level == "named_direct"


def test_they_after_the_object_pair_is_not_the_pair() -> None:
    text = "Voters in Ohio backed Donald Trump and Mike Pence by wide margins. “We want change,” they said."
    assert analyze(text).statements[-1].speaker.name != "Donald Trump and Mike Pence"


def test_those_who_believe_is_not_she() -> None:
    text = "Dorothy Woods responded to those who believe he erred.\n\n“I was disturbed,” she said."
    assert analyze(text).statements[-1].speaker.name == "Dorothy Woods"


@pytest.mark.parametrize(
    "text",
    [
        "Oh Jae-sun, the envoy, arrived. Analysts praised Mr. Oh's record. He said the talks would resume.",
        "Ban Ki-moon spoke. The delegates, a leader of a rival group among them, cheered Mr. Ban. He said "
        "the plan would hold.",
    ],
)
def test_an_honorific_and_a_surname_name_a_person_pronouns_may_stand_for(text: str) -> None:
    st = analyze(text).statements[-1]
    assert st.speaker.kind == "person"
    assert st.speaker.name in ("Oh", "Ban")
    assert st.strength.level == "named_indirect"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the subject of the sentence before, not the person named after it
        (
            "Peter Westmacott praised Barack Obama's record on Saturday. “It is not bad,” he told a paper.",
            "Peter Westmacott",
        ),
        # a possessive is no subject: "Mr. Trump's" opens the sentence, but the speaker is named at its end
        (
            "Mr. Trump's plan is simpler, Mr. Kamin said on Monday. ''It works,'' he added.",
            "Kamin",
        ),
        # a name that modifies a title is no subject
        (
            "Clinton communication director Jennifer Palmieri said Trump was angry. “It is sad,” she said.",
            "Jennifer Palmieri",
        ),
        # nor is the object of a preposition
        ("While he served under Barack Obama, Jim Ham grew tired. “We lost,” he said.", "Jim Ham"),
    ],
)
def test_a_pronoun_stands_for_the_subject_of_the_sentence_before(text: str, speaker: str) -> None:
    st = analyze(text).statements[-1]
    assert st.speaker.mention is not None
    assert st.speaker.mention.text.lower() in ("he", "she")
    assert st.speaker.name == speaker


def test_a_holiday_is_no_one_a_pronoun_stands_for() -> None:
    text = "In the weeks since Labor Day, Mrs. Clinton has held rallies. She spoke about her faith."
    st = analyze(text).statements[-1]
    assert st.speaker.name == "Clinton"


def test_a_pronoun_outside_quotation_marks_is_not_someone_the_quotation_names() -> None:
    text = (
        "Peter Westmacott spoke on Saturday. “President Barack Obama seems to me to be fond of the UK,” he "
        "said."
    )
    st = analyze(text).statements[-1]
    assert st.speaker.name == "Peter Westmacott"


# a relative "who" and the phrase it stands for --------------------------------------------------------------


def test_who_makes_its_antecedent_a_person() -> None:
    text = "The firm was slow to pay an architect who said he was owed money for the clubhouse."
    st = next(s for s in analyze(text).statements if s.text.startswith("he was owed"))
    assert (st.speaker.kind, st.speaker.name) == ("person", "an architect")


def test_the_man_who_points_back_at_the_person_named() -> None:
    text = "Joe Biden spoke in Scranton. “They deserve better,” said the man who built his career."
    quoted = [s for s in analyze(text).statements if s.quotes]
    assert [s.speaker.name for s in quoted] == ["Joe Biden"]


# later references: a surname, a company's first name, "the remarks", "the book" -----------------------------


def test_later_references_share_the_full_name() -> None:
    found = statements("“We are ready,” Spokesman Tom Okafor said. “We will talk,” Mr Okafor added.")
    assert [(s.speaker.name, s.speaker.mention.text if s.speaker.mention else None) for s in found] == [
        ("Tom Okafor", "Spokesman Tom Okafor"),
        ("Tom Okafor", "Mr Okafor"),
    ]


def test_interview_answers_are_the_interviewees() -> None:
    text = (
        "Former first lady Ruth Calloway spoke this week about her work on literacy.\n\n"
        "Q: Why did you take up this cause?\n\n"
        "A: Because nobody else would, I think. The libraries were closing one by one.\n"
    )
    answer = next(s for s in analyze(text).statements if s.text.startswith("Because"))
    assert (answer.speaker.name, answer.speaker.mention.text if answer.speaker.mention else None) == (
        "Ruth Calloway",
        "A",
    )
    assert answer.strength is not None
    assert answer.strength.level == "named_direct"  # a transcript gives the speaker's own words


def test_a_surname_that_is_a_country_stays_the_persons() -> None:
    text = "Rep. Jim Jordan led the hearing. “It raises questions,” Jordan said."
    quoted = [s for s in analyze(text).statements if s.quotes]
    assert [(s.speaker.name, s.speaker.kind) for s in quoted] == [("Jim Jordan", "person")]


def test_the_remarks_are_the_words_of_the_person_last_named() -> None:
    text = "“We have started talks,” Mr. Manafort said.\n\nThe remarks suggest the campaign is changing."
    remarks = analyze(text).statements[-1]
    assert remarks.speaker.name == "Manafort"


def test_a_role_goes_to_the_person_titled_so_and_quoted_through_excerpts() -> None:
    text = (
        "US President Barack Obama will speak tonight.\n\n"
        "Obama will make the case that Clinton is qualified.\n\n"
        "“Nothing prepares you for the office,” the two-term president will say, according to excerpts "
        "released by the White House.\n\n"
        "“You have to sit at that desk,” he will say."
    )
    quoted = [s for s in analyze(text).statements if s.quotes]
    assert [s.speaker.name for s in quoted] == ["Barack Obama", "Barack Obama"]
    assert quoted[0].strength is not None
    assert quoted[0].strength.level == "institutional"
    assert quoted[0].strength.nested


def test_a_company_is_its_first_name_on_second_reference() -> None:
    text = "Patriot was a spinoff of Peabody Energy.\n\nIn a statement, Peabody said: “It did well.”"
    (st,) = analyze(text).statements
    assert st.speaker.kind == "organization"
    assert st.speaker.name == "Peabody Energy"
    assert st.strength is not None
    assert st.strength.level == "institutional"


def test_a_surname_the_story_gave_a_person_stays_the_person() -> None:
    text = "Rep. Jim Jordan founded Jordan Energy. Later, Jordan said: “We won.”"
    assert analyze(text).statements[-1].speaker.name == "Jim Jordan"


def test_the_book_said_is_its_author() -> None:
    text = "Dr. Connie Mariano wrote a book.\n\n“Hillary was back on the trail within days,” the book said."
    assert analyze(text).statements[-1].speaker.name == "Connie Mariano"


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez spoke in Ohio on Monday. Later, her statement explained that she had not seen the memo.",
        "Maria Lopez spoke in Ohio on Monday. The speech reflected her eagerness to win over young voters.",
    ],
)
def test_her_statement_and_the_speech_are_the_words_of_the_person_last_named(text: str) -> None:
    st = analyze(text).statements[-1]
    assert st.speaker.name == "Maria Lopez"


# descriptions that point back: lede descriptions, roles, definite and counted descriptions ------------------


def test_a_lede_description_named_in_the_next_sentence() -> None:
    text = (
        "10:10 a.m.\n\nA top campaign adviser says the senator is on a glide path to the nomination.\n\n"
        "Ed Brookline spoke to reporters Thursday after a meeting."
    )
    (st,) = analyze(text).statements
    assert st.speaker.name == "Ed Brookline"
    assert st.strength is not None
    assert st.strength.level == "named_indirect"


def test_an_anonymous_source_is_not_named_by_the_next_sentence() -> None:
    text = "A senior official said the talks would resume. Ed Brookline, the envoy, disagreed."
    (st,) = analyze(text).statements
    assert st.speaker.kind == "anonymous"


def test_a_plural_role_is_not_the_person_named_before() -> None:
    text = "Chris Christie got a cold reception.\n\nThe protesters chanted “Chris Christie: Bad for us.”"
    (st,) = analyze(text).statements
    assert st.speaker.name != "Chris Christie"
    assert st.strength is not None
    assert st.strength.level != "named_direct"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Rep. Jason Chaffetz and Rep. Bob Goodlatte sent a letter. “The evidence contradicts her,” the "
            "committee chairmen wrote.",
            "Jason Chaffetz and Bob Goodlatte",
        ),
        ("Ted Cruz met Donald Trump on Friday.\n\nThe two men agreed that the race was close.", None),
    ],
)
def test_a_definite_plural_role_points_back_to_the_people_named(text: str, name: str | None) -> None:
    (st,) = analyze(text).statements
    assert st.strength is not None
    assert st.strength.level in ("named_direct", "named_indirect")
    if name is not None:
        assert st.speaker.name == name


def test_a_plural_role_with_one_person_named_before_stays_described() -> None:
    (st,) = analyze("Ted Cruz spoke.\n\nThe two men agreed that the race was close.").statements
    assert st.strength is not None
    assert st.strength.level == "anonymous_described"


def test_a_role_kept_unnamed_for_a_reason_is_not_the_person_named_before() -> None:
    text = (
        "Donna Lages runs the shop.\n\nNear the mosque, a cashier was shaken. “Too much hate,” said the "
        "woman, who did not want to be quoted by name because of the sensitivity of the issue. “I think he "
        "is causing a lot of this,” she said."
    )
    st = analyze(text).statements
    assert [s.speaker.kind for s in st if s.quotes] == ["anonymous", "anonymous"]
    assert all(s.strength is not None and s.strength.level == "anonymous_described" for s in st if s.quotes)


def test_a_lede_description_named_by_the_quotation_after_it() -> None:
    text = (
        "A former party chairman says the leaders should come up with a plan.\n\n"
        "“Now is the time to come to the aid of the party,” said Don Fowler, who led the party."
    )
    first = analyze(text).statements[0]
    assert first.speaker.name == "Don Fowler"
    assert first.strength is not None
    assert first.strength.level == "named_indirect"


def test_a_role_in_apposition_to_a_name_is_that_person() -> None:
    text = "“It helps,” said Ronald Fieldstone, a Miami lawyer who has worked on development projects."
    (st,) = analyze(text).statements
    assert st.speaker.name == "Ronald Fieldstone"


def test_an_unlisted_given_name_with_a_role_in_apposition_is_a_person() -> None:
    text = (
        "Angelique Brunner, a Washington-based developer, spoke first.\n\n"
        "“People look at what an area looks like after the investment,” she said."
    )
    (st,) = analyze(text).statements
    assert st.speaker.name == "Angelique Brunner"


def test_a_lede_description_is_the_person_named_later_by_the_same_office() -> None:
    text = (
        "A Chicago judge has refused a request to unseal the file, saying voters have no claim on it.\n\n"
        "The Tribune had asked for the records last month.\n\n"
        "Cook County Circuit Court Judge Maria Delgado rejected that argument on Thursday."
    )
    st = analyze(text).statements[0]
    assert st.speaker.name == "Maria Delgado"
    assert st.strength.level == "named_indirect"


def test_a_lede_description_with_no_one_of_its_office_named_stays_unnamed() -> None:
    text = (
        "A Chicago judge has refused a request to unseal the file, saying voters have no claim on it.\n\n"
        "The Tribune had asked for the records last month.\n\n"
        "Lawyer Maria Delgado said she would appeal."
    )
    assert analyze(text).statements[0].speaker.name != "Maria Delgado"


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
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
    ],
)
def test_a_lede_description_is_not_whoever_is_named_near_its_office(text: str, not_speaker: str) -> None:
    assert analyze(text).statements[0].speaker.name != not_speaker


@pytest.mark.parametrize(
    ("text", "level", "name"),
    [
        (
            "Obama has an admirer in British diplomat Sir Peter Westmacott. The diplomat also mused about "
            "the race, saying it was close.",
            "named_indirect",
            "Peter Westmacott",
        ),
        (
            "Peter Westmacott, a veteran diplomat, spoke first. Later the diplomat said that the talks would "
            "resume.",
            "named_indirect",
            "Peter Westmacott",
        ),
        # an unnamed one of that description came in between: it is that one
        (
            "British diplomat Sir Peter Westmacott spoke first. Then a senior diplomat who asked not to be "
            "named spoke. The diplomat said that the talks would fail.",
            "anonymous_described",
            None,
        ),
        # the capitalized words of the description must be said of the person too
        (
            "President Barack Obama met Francois Hollande. The French president said that the talks would "
            "resume.",
            None,
            "Barack Obama",
        ),
    ],
)
def test_a_definite_description_is_the_person_the_story_described_so(
    text: str, level: str | None, name: str | None
) -> None:
    st = analyze(text).statements[-1]
    if level is not None:
        assert st.strength.level == level
    if name is not None and level is not None:
        assert st.speaker.name == name
    if level is None:
        assert st.speaker.name != name


@pytest.mark.parametrize(
    ("text", "name", "level"),
    [
        (
            "Barack Obama ran against John McCain. Then both men said that warming was caused by humans.",
            "Barack Obama and John McCain",
            "named_indirect",
        ),
        (
            "Richard Nixon began it and Ronald Reagan went on. The two Republican presidents argued that "
            "drugs were a war.",
            "Richard Nixon and Ronald Reagan",
            "named_indirect",
        ),
        # an indefinite count, and the usual unnamed, stay unnamed
        ("Donald Trump spoke. Two officials said the plan would fail.", None, "anonymous_described"),
        ("Donald Trump met Ted Cruz. The two sources said the plan would fail.", None, "anonymous_described"),
    ],
)
def test_a_definite_counted_description_is_the_people_named_before(
    text: str, name: str | None, level: str
) -> None:
    st = analyze(text).statements[-1]
    assert st.strength.level == level
    if name is not None:
        assert st.speaker.name == name


# quotations no cue claims, given to the one person a paragraph or sentence names ----------------------------


def test_a_lone_quotation_after_a_paragraph_about_one_person_is_theirs() -> None:
    text = "Maria Lopez has lived on the street for 20 years.\n\n“We are scared.”"
    (st,) = analyze(text).statements
    assert st.speaker.name == "Maria Lopez"
    two = "Maria Lopez met Tomas Reyes on the street.\n\n“We are scared.”"
    (st,) = analyze(two).statements
    assert st.speaker.kind == "unknown"  # two people named before: no guess


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            "Maria Barnett waved the crowd quiet, then leaned in and boomed: “We will win this fall.”",
            "We",
            "Maria Barnett",
        ),
        (
            "Barnett waved the crowd quiet, then leaned in and boomed: “We will win this fall.”",
            "We",
            "Barnett",
        ),
        (
            "Earlier this week, Barnett shared her worry with donors, “I do not know what happens next.”",
            "I",
            "Barnett",
        ),
        (
            "Voters were tired of what Senator Ray Ollis, for one, called “tired old slogans.”",
            "tired",
            "Ray Ollis",
        ),
    ],
)
def test_the_one_person_a_sentence_names_holds_its_unclaimed_quotation(
    text: str, quote: str, name: str
) -> None:
    assert speaker_of_quote(analyze(text), "“" + quote)[0] == name


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # two people named: whose words these are is not for the sentence to say
        ("Maria Barnett and Ray Ollis met, and one of them boomed: “We will win this fall.”", "“We"),
        # a name that modifies a noun speaks for no one: the officials liked an editorial
        ("Barnett officials were thrilled with the editorial, entitled “A Long Night for Ollis.”", "“A Long"),
        # the question put to a person is not that person's
        ("Barnett was asked, “Would you run again if the party asked?”", "“Would"),
        # a pronoun or a place at the sentence's start is no name
        ("It’s no mystery why the plan ended as “a bridge to nowhere” in Ohio.", "“a bridge"),
        ("Iowa in winter is, by one account, “a frozen kind of democracy.”", "“a frozen"),
    ],
)
def test_a_sentence_without_one_clear_person_leaves_the_quotation_unclaimed(text: str, quote: str) -> None:
    holders = [s for s in analyze(text).statements if any(q.text.startswith(quote) for q in s.quotes)]
    assert all(s.speaker.kind != "person" for s in holders)
