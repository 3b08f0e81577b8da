"""Words that classify a source phrase (:mod:`quotecheck.speakers`): which heads make it anonymous, a
group, an institution's voice or a document; which capitalized words open a sentence without naming
anyone; and the folded (lower-case, stop-less) forms of the people and organization tables it looks up.

Every table is in lower case.
"""

from __future__ import annotations

from quotecheck.lexicon.anonymous import ANON_HEADS, LONE_QUANTIFIERS, VAGUE_GROUPS
from quotecheck.lexicon.organizations import DOCUMENT_NOUNS, ORG_HEADS
from quotecheck.lexicon.people import HONORIFICS, PARTISANS, ROLE_NOUNS, TITLES

__all__ = [
    "ANONYMOUS_HEADS",
    "ANON_HEADS_LOWER",
    "AUTHORED",
    "BEFORE_TITLES",
    "CALENDAR",
    "COMMON_NOUNS",
    "DANGLING",
    "DATES_NOT_NAMES",
    "DOC_LOWER",
    "FAMILY",
    "FIGURE_OBJECTS",
    "FILED",
    "FUNCTION_WORDS",
    "FURNITURE_LABELS",
    "FURNITURE_LINES",
    "HOLIDAYS",
    "HONORIFICS_LOWER",
    "HONORIFIC_GENDER",
    "MODIFIED",
    "NAME_LINKS",
    "NAME_SUFFIXES",
    "OF_QUANTIFIERS",
    "OPENING_ADJECTIVES",
    "ORG_HEADS_LOWER",
    "PARTISAN_ONE",
    "PARTISAN_PLURAL",
    "PART_OF",
    "PLACE_ADJECTIVES",
    "ROLE_LOWER",
    "SHARES",
    "SPOKES_HEADS",
    "STATES_AS_NAMES",
    "TITLES_LOWER",
    "VAGUE_ALONE",
    "VAGUE_LOWER",
]

# Words that start a sentence capitalized without starting a name.
FUNCTION_WORDS = frozenset(
    """a an the this that these those his her its their our my your but and or so yet if when while as
    at in on of for to from by with after before since during under over about into than then there here
    what who whom which why how where some many most more other another each every all both any no not
    nor also still just even only already again earlier later now today yesterday tonight meanwhile
    however although though because instead despite according asked says said told including i we you he
    whenever wherever whatever whoever whichever unless until once
    she it they
    me us him them mr mrs ms dr several few multiple numerous one two three four five six seven eight nine
    ten dozens hundreds thousands do does did is are was were has have""".split()
)
# The people and organization tables folded as a phrase's words are compared with them: lower case,
# with no full stop ("Sen." is "sen").
ORG_HEADS_LOWER = frozenset(h.lower() for h in ORG_HEADS)
TITLES_LOWER = frozenset(t.lower().rstrip(".") for t in TITLES)
HONORIFICS_LOWER = frozenset(h.lower().rstrip(".") for h in HONORIFICS)
ROLE_LOWER = frozenset(r.lower() for r in ROLE_NOUNS)
ANON_HEADS_LOWER = frozenset(h.lower() for h in ANON_HEADS)
VAGUE_LOWER = frozenset(v.lower() for v in VAGUE_GROUPS)
# Of the lexicon's unnamed heads, those that make a source anonymous in the newsroom sense: people who
# speak from inside or as authorities without being named ("officials", "a source", "critics").  Groups
# that are the story's subjects ("voters", "lawmakers", "residents") are sources of another kind: a group,
# reported as such, not anonymous sourcing.
ANONYMOUS_HEADS = frozenset(
    """source sources official officials insider insiders aide aides adviser advisers advisor advisors
    operative operatives diplomat diplomats staffer staffers person people officer officers agent agents
    negotiator negotiators member members employee employees associate
    associates confidant confidants ally allies critic critics analyst analysts expert experts observer
    observers pundit pundits commentator commentators sceptic sceptics skeptic skeptics detractor
    detractors someone somebody everyone everybody insider whistleblower whistleblowers attendee attendees
    participant participants""".split()
)
# Unnamed people who speak for an institution: the institution speaks through them.
SPOKES_HEADS = frozenset(
    (
        "spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative "
        "representatives narrator announcer"
    ).split()
)
# Documents, folded: a phrase headed by one is a document, its author the source ("the report").
DOC_LOWER = frozenset(d.lower() for d in DOCUMENT_NOUNS)
# Court papers are drafted and filed by counsel: "Ivana Trump's brief" is a filing, not her own words.
FILED = frozenset(
    "brief briefs filing filings motion motions petition petitions submission submissions complaint lawsuit"
    " suit".split()
)
# Suffixes after a surname that are not the surname: "Martin Luther King Jr.".
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# One member of a party, referred to by it: "the Republican", "the Democrat".
PARTISAN_ONE = frozenset(p[:-1] for p in PARTISANS if p.endswith("s"))
# A person's family as a group that speaks: "Scott's family said".
FAMILY = frozenset("family families relatives parents children siblings".split())
# What a person writes or says under their own name: "Davis' commentary", "her remarks".
AUTHORED = frozenset(
    """commentary column op-ed essay article remarks comments speech tweet tweets post posts book memoir
    interview testimony blog""".split()
)
# Words that join the parts of an institution's name: "Citizens for Tax Justice".
NAME_LINKS = frozenset("for of on against and the".split())
# Prepositions after a quantifier that make it part of a group: "some on her staff", "many in the party".
PART_OF = frozenset("of on in at from inside within".split())
# Words before "of" that count what follows: "one of the polls", "a number of experts", "most of them".
OF_QUANTIFIERS = frozenset(
    "one two three some many most several few each all none both number handful couple group".split()
)
# Shares of a polled population: "a majority of voters", "half of respondents".
SHARES = frozenset("majority plurality minority half third quarter fifth share".split())
# Words a source phrase cannot end with: an extraction that ran into the clause after the subject.
DANGLING = frozenset(
    "a an the to of for during in on at by with from into about after before our their his her its my your"
    .split()
)
# Common nouns for people and documents: a capitalized one at a sentence's start is no name.
COMMON_NOUNS = ROLE_LOWER | ANON_HEADS_LOWER | VAGUE_LOWER | DOC_LOWER
# Months and days: a capitalized one ends no name ("Trump on Monday").
CALENDAR = frozenset(
    """january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday""".split()
)
# States whose names are as often a person's: "Virginia", "Georgia", "Washington" said.
STATES_AS_NAMES = frozenset("georgia virginia washington".split())
# Party members as a plural group, folded: "House Democrats" is a group, not a person.
PARTISAN_PLURAL = frozenset(p.lower() for p in PARTISANS if p.endswith("s"))
# Months and days that are no given name or surname; "May", "June", "April" and "August" are left out.
DATES_NOT_NAMES = frozenset(
    # "May", "June", "April" and "August" are given names and surnames too: a person is likelier there
    """january february march september october november december monday tuesday wednesday thursday friday
    saturday sunday""".split()
)
# Days with names like people's: "In the weeks since Labor Day, Mrs. Clinton …".
HOLIDAYS = frozenset(
    f"{day} day"
    for day in """labor memorial election independence veterans christmas thanksgiving presidents columbus
    inauguration""".split()
)
# Quantifiers that stand alone for unnamed people: "Some say", "Others argue", "Many believe".
VAGUE_ALONE = LONE_QUANTIFIERS | {"others"}
# Capitalized words that open a title at the start of a sentence ("Former Secretary of State …").
BEFORE_TITLES = frozenset("former then late acting interim outgoing incoming".split())
# Adjectives that open a sentence, capitalized, before the people or things described: no name.
OPENING_ADJECTIVES = frozenset(
    """fellow recent other top senior leading prominent local longtime veteran influential concerned
    angry frustrated worried undecided registered likely disaffected conservative liberal progressive
    moderate prospective potential""".split()
)
# The gender an honorific states: "Mrs. Clinton" is "she".
HONORIFIC_GENDER = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m", "lady": "f"
}  # fmt: skip
# Words after a name that make it a modifier, not a clause's subject: "Clinton campaign", "Trump
# administration", "Obama aides".
MODIFIED = ROLE_LOWER | TITLES_LOWER | frozenset(
    "campaign campaigns administration communications communication camp team aides allies".split()
)
# Issue 17: what can stand before a cue without being a source.
# Objects of "say" and "tell" that make a figure of speech, not a report: "the ad says much about …",
# "his silence said a lot about …".
FIGURE_OBJECTS = frozenset(
    """much little nothing something everything more less volumes plenty lots""".split()
) | frozenset(("a lot", "a great deal", "a good deal", "so much", "very little", "a little"))
# Adjectives of place or side that head no noun phrase alone: "Western support for …", "British backing
# for …" read "support" as a verb whose subject is an adjective.
PLACE_ADJECTIVES = frozenset(
    """western eastern northern southern american european british english scottish welsh irish french
    german italian spanish dutch russian chinese japanese korean indian canadian mexican australian
    african asian arab israeli palestinian iranian iraqi syrian turkish ukrainian polish greek swedish
    norwegian danish finnish global international national regional local federal foreign domestic
    public popular political""".split()
)
# Labels of page furniture that read like a source and a reporting noun: "Editor's note: …".
FURNITURE_LABELS = frozenset(
    "editor's note|editors' note|editor's notes|publisher's note|author's note|paid notice|reader's note"
    .split("|")
)
# Page furniture that reads like a source and a cue: "Story continues below advertisement".
FURNITURE_LINES = frozenset(
    " ".join(line.split())
    for line in """story continues below advertisement|article continues below advertisement|story continues
    below|article continues below|continue reading|continue reading below|continue reading the main story
    |advertisement continues below|the story continues below""".split("|")
)
