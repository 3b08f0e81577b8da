"""Words the grader (:mod:`quotecheck.grading`) reads in a source's description and around its cue: which
heads say nothing about who speaks, which affiliations place a source, which verbs vouch or hedge.

Every table is in lower case unless its comment says otherwise.
"""

from __future__ import annotations

from quotecheck.lexicon._words import words
from quotecheck.lexicon.anonymous import ANON_HEADS, VAGUE_GROUPS
from quotecheck.lexicon.frames import HEAD_END, TEXT_OF  # the chain's tables, which the grader reads too
from quotecheck.lexicon.hedges import DISTANCING_ADJECTIVES, HEDGE_PHRASES, HEDGE_WORDS, MODALS
from quotecheck.lexicon.people import AUDIENCE_NOUNS, HONORIFICS, PARTISANS, ROLE_NOUNS, TITLES

__all__ = [
    "AFFILIATION",
    "A_GROUP",
    "BACK_REFERENCE",
    "BODY_WORDS",
    "COUNTRY_WORDS",
    "FIELD_OK",
    "GENERIC_HEADS",
    "HEAD_END",
    "HEDGE_FIRST_WORDS",
    "HYPOTHETICAL_OPENINGS",
    "LENDERS",
    "MODAL_HEDGES",
    "MULTITUDES",
    "NAME_JOINERS",
    "NOT_DESCRIBING",
    "NOT_NAMES",
    "ONE_PERSON",
    "ONE_THING",
    "OPINION_GROUPS",
    "OPINION_VERBS",
    "PERSON_NOUNS",
    "REPORT_ADVERBS",
    "TEXT_OF",
    "TITLES_BARE",
    "UNNAMED_HEADS",
    "VOUCH_LEMMAS",
]

# An unnamed source whose head says nothing about who it is: "sources", "an official", "people".
GENERIC_HEADS = frozenset(
    words(
        """source sources official officials person people insider insiders individual individuals figure
        figures member members someone somebody anyone anybody"""
    )
)
# Groups known by a field or a side, not a position: "labor-policy experts" and "Democratic analysts" are as
# vague as "experts" and "analysts" (DOMAIN.md lists them as vague groups).  Their modifiers are no role;
# only a count, access, a reason, or an affiliation after the head ("analysts at the central bank")
# describes them.
OPINION_GROUPS = frozenset(
    words(
        """critics analysts experts observers commentators pundits skeptics sceptics supporters opponents
        detractors activists campaigners economists scientists researchers historians onlookers witnesses
        residents locals voters fans users viewers readers investors traders advocates proponents backers"""
    )
)
# Words after the head that tie a source to a place or body ("an official at the ministry").
AFFILIATION = frozenset(words("at in from within inside for with of on"))
# The affiliations that place a vague group ("economists at the central bank"): not a field ("on trade").
FIELD_OK = frozenset(words("at from within inside with for"))
# Report adverbs that, standing between speaker and cue, hedge the attribution itself.
REPORT_ADVERBS = frozenset(words("reportedly allegedly purportedly supposedly apparently"))
# Cue lemmas with which an outlet vouches for a story without a source: "The Post has learned".
VOUCH_LEMMAS = frozenset(words("understand learn tell reveal confirm see obtain review establish inform"))
# Verbs of opinion whose negation holds the opposite view: "does not believe it" believes it is not so.
OPINION_VERBS = frozenset(words("believe think suppose feel reckon assume"))
# "would" is left out of the modal hedges: in reported speech it is mostly the tense shift of "will"
# ("she said she would attend"), not doubt.
MODAL_HEDGES = MODALS - {"would"}
# Titles and honorifics without their full stop, in their own case ("Sen", "Mr", "president"): a head
# that is one names a position, so the phrase may point to one identified person.
TITLES_BARE = frozenset(w.rstrip(".") for w in TITLES | HONORIFICS)
# Nouns for people by what they do or where they stand: a phrase headed by one names no one ("Voters",
# "Federal prosecutors", "Her attorney"), however its first word is capitalized.
PERSON_NOUNS = ROLE_NOUNS | ANON_HEADS | VAGUE_GROUPS | PARTISANS
# Words in a party group that make it a body speaking as one: "Senate Democrats", "House Republicans".
BODY_WORDS = frozenset(
    words(
        """senate house congressional parliamentary assembly legislative caucus committee panel delegation
        conference leadership party"""
    )
)
# Pronouns that point at one identified person, or at one institution or document, even where the text
# at hand does not name it (a passage read on its own, a name out of reach).
ONE_PERSON = frozenset(words("he she him her"))
ONE_THING = frozenset(words("it"))
A_GROUP = frozenset(words("they them their"))
# Capitalized words that start a phrase without naming anyone.
NOT_NAMES = frozenset(
    words(
        """the this that these those his her its their our my your all most democratic republican they we
        he she it i you"""
    )
)
# Heads that keep an unnamed source unnamed even after "the": a second mention of "an official" is still
# nobody the reader can name.
UNNAMED_HEADS = (
    frozenset(
        words(
            """source official insider aide adviser advisor operative staffer person individual figure member
            employee associate confidant ally critic analyst expert observer diplomat negotiator officer agent
            spokesperson spokesman spokeswoman representative protester demonstrator"""
        )
    )
    | AUDIENCE_NOUNS
)
# How a hypothetical source begins: "any company that …", "anyone who …".
HYPOTHETICAL_OPENINGS = ("any ", "anyone", "anybody", "whoever")
# Nouns of number before the people they count: "an army of supporters", "a crowd of protesters".
MULTITUDES = frozenset(
    words("army crowd group groups handful host number throng swarm legion band lot dozens hundreds")
)
# Plural lenders and traders, institutions by kind that ORG_HEADS does not list.
LENDERS = frozenset(words("creditors lenders insurers banks businesses corporations companies firms"))
# Words after a name that keep it a name ("Smith and Jones", "Mr. VandeHei and like-minded executives").
NAME_JOINERS = frozenset(words("and or of who"))
# Every hedge phrase holds its longest word ("is believed" holds "believed"): a region with none of these
# words holds no hedge.
HEDGE_FIRST_WORDS = frozenset(
    max(p.lower().split(), key=len)
    for p in (*HEDGE_PHRASES, *HEDGE_WORDS, *DISTANCING_ADJECTIVES, *MODAL_HEDGES)
)
# Words before an unnamed-source head that describe nothing: "a source", "the sources said", "to sources".
NOT_DESCRIBING = frozenset(
    "a an the said says say told according to of from by with and but that these those some other".split()
)
# Unnamed-source heads a second reference takes: "the source said" after "a source close to the talks".
BACK_REFERENCE = frozenset("source sources official officials person aide aides insider insiders".split())
# Words that only say which country or side a source is from: "American officials", "Gulf sources".
COUNTRY_WORDS = frozenset("american u.s us u.s.a usa federal gulf western foreign arab".split())
