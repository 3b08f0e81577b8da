"""How news copy describes a source it does not name (DOMAIN.md section 1; AP, Reuters and NYT policy).

An anonymous source is graded higher when the reader is told more about it: a role ("a senior official"),
a number ("two officials"), access ("familiar with the talks") and a reason for anonymity ("not
authorized to speak publicly").  A bare "sources said" tells the reader nothing.  Every table is in lower
case; match after folding case, with the outlet's name filled in for :data:`OUTLET_VOUCH`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from quotecheck.lexicon._words import words

__all__ = [
    "ACCESS_PHRASES",
    "ALLY_DESCRIBING",
    "ALLY_PHRASES",
    "ANON_HEADS",
    "ANON_MODIFIERS",
    "ANON_QUANTIFIERS",
    "GROUP_QUANTIFIERS",
    "IMPERSONAL",
    "LONE_QUANTIFIERS",
    "NUMBER_WORDS",
    "OUTLET_VOUCH",
    "REASON_PHRASES",
    "VAGUE_GROUPS",
    "stated_count",
]

# Head nouns of an unnamed source, singular and plural ("an official", "sources", "a person").
ANON_HEADS: frozenset[str] = frozenset(
    words("""
    official officials source sources diplomat diplomats insider insiders aide aides adviser advisers
    advisor advisors person people officer officers staffer staffers member members executive executives
    employee employees representative representatives figure figures operative operatives negotiator
    negotiators lawmaker lawmakers legislator legislators spokesperson spokesman spokeswoman investigator
    investigators analyst analysts associate associates confidant confidants ally allies colleague
    colleagues individual individuals leader leaders minister ministers delegate delegates commander
    commanders agent agents attendee attendees participant participants
    """)
)

# What can stand before an anonymous head: articles, numbers and vague amounts.
ANON_QUANTIFIERS: frozenset[str] = frozenset(
    # Articles and the singular "one".
    words("a an one the another other")
    # Small numbers written out, as AP style has them.
    + words("two three four five six seven eight nine ten eleven twelve dozen")
    # Vague amounts; the two phrases are matched as wholes.
    + words("several some many few multiple numerous various both")
    + ["a number of", "a handful of", "a couple of", "a group of"]
)

# Quantifiers that stand for people on their own: "some on her staff", "those in the hall", "many in the
# party".
GROUP_QUANTIFIERS: frozenset[str] = frozenset(words("some many most several few others those all"))

# Number words -> how many sources they state.
NUMBER_WORDS: Mapping[str, int] = MappingProxyType(
    {
        "a": 1, "an": 1, "one": 1, "another": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12,
        "both": 2, "pair": 2,
    }
)

# Quantifiers that stand alone for unnamed people as a subject: "Some say …", "Many believe …".
LONE_QUANTIFIERS: frozenset[str] = frozenset(words("some many few several most"))

# Words that end the part of a phrase that counts its sources: "critics in both parties" are not two.
_COUNT_ENDS = frozenset(words("in of for at from with on among across"))


def stated_count(low: list[str]) -> int | None:
    """How many sources a lower-cased phrase states in its first words ("two officials" 2, "a source" 1,
    "12 officials" 12), or None; a number after a preposition counts something else."""
    for w in low[:3]:
        if w in _COUNT_ENDS:
            return None
        if w in NUMBER_WORDS:
            return NUMBER_WORDS[w]
        if w.isdecimal():  # not isdigit(): "²" is a digit int() cannot read
            return int(w)
    return None


# Words that describe an unnamed source's position or side, between quantifier and head.
ANON_MODIFIERS: frozenset[str] = frozenset(
    # Rank and time in office.
    words("""
    senior top high-ranking high-level junior mid-level former current longtime veteran retired serving
    outgoing incoming
    """)
    # Countries and institutions, as adjectives.
    + words("""
    us u.s. american israeli palestinian british uk european eu russian ukrainian chinese iranian arab
    egyptian qatari saudi emirati turkish western foreign
    """)
    # Branch and field.
    + words("""
    government administration diplomatic security military intelligence defense defence
    police party campaign congressional parliamentary senate house democratic republican labour
    conservative regional local federal state municipal hamas israeli cabinet ministry company industry
    banking legal medical humanitarian
    """)
    + ["white house", "high ranking", "law enforcement", "state department", "foreign ministry"]
)

# Access: how the source knows ("two people familiar with the talks").
ACCESS_PHRASES: tuple[str, ...] = (
    # Knowledge of the matter.
    "familiar with", "with direct knowledge of", "with knowledge of", "with first-hand knowledge of",
    "with firsthand knowledge of", "knowledgeable about", "aware of", "with access to",
    # Involvement.
    "briefed on", "involved in", "privy to", "present at", "who attended", "who was in the room",
    "who were in the room", "close to", "in the room", "with ties to", "working on", "participating in",
    "who has seen", "who have seen", "who had seen", "who saw", "who has read", "who reviewed",
    "who have reviewed", "who was briefed", "who were briefed",
)

# Reasons for anonymity, the detail AP and the NYT ask reporters to give.
REASON_PHRASES: tuple[str, ...] = (
    # The condition itself.
    "on condition of anonymity", "on the condition of anonymity", "spoke on condition of anonymity",
    "spoke on the condition of anonymity", "requested anonymity", "requesting anonymity",
    "asked for anonymity", "granted anonymity", "on condition that they not be named",
    "on condition that he not be named", "on condition that she not be named",
    # Not to be named.
    "asked not to be named", "asked not to be identified", "declined to be named",
    "declined to be identified", "requested not to be named", "requested not to be identified",
    "who did not want to be named", "who did not want to be identified", "refused to be named",
    "not want to be quoted by name", "not to be quoted by name", "asked not to be quoted",
    "declined to give his name", "declined to give her name", "declined to give their names",
    "declined to give a last name", "declined to give his last name", "declined to give her last name",
    # Not authorized.
    "not authorized to speak", "not authorised to speak", "not authorized to discuss",
    "not authorised to discuss", "not authorized to comment", "not authorised to comment",
    "not permitted to speak", "not allowed to speak", "not cleared to speak", "without authorization",
    "without authorisation",
    # Sensitivity and fear.
    "because of the sensitivity", "because of the sensitive nature", "due to the sensitivity",
    "for fear of reprisal", "for fear of reprisals", "fearing reprisal", "fearing reprisals",
    "for fear of retribution", "for security reasons", "for their safety", "for his safety",
    "for her safety", "because they were not", "because he was not", "because she was not",
    "because the talks are private", "because the discussions were private", "to discuss private",
    "to discuss internal", "to speak freely", "to speak candidly",
)

# Collective nouns that stand for an unnamed, undescribed crowd of speakers.
VAGUE_GROUPS: frozenset[str] = frozenset(
    words("""
    critics analysts experts observers insiders sources officials some many others people residents
    commentators pundits skeptics sceptics supporters opponents detractors activists campaigners
    economists scientists researchers historians diplomats onlookers witnesses locals
    neighbors neighbours friends relatives family allies associates colleagues rivals veterans voters
    fans users viewers readers investors traders protesters demonstrators environmentalists marchers
    everyone everybody media few several most advocates proponents backers
    """)
)

# "Allies of X", "friends of X", "people close to X": anonymous, described only by closeness.
ALLY_PHRASES: tuple[str, ...] = (
    "allies of", "friends of", "associates of", "aides to", "advisers to", "advisors to", "people close to",
    "those close to", "people around", "confidants of", "supporters of", "critics of", "a friend of",
    "an ally of", "an aide to", "an associate of",
)
# Closeness phrases that describe a source; "critics of" and "supporters of" only name a side.
ALLY_DESCRIBING = tuple(p for p in ALLY_PHRASES if not p.startswith(("critics", "supporters")))

# The outlet vouches for the content with no source at all ("The National understands").
OUTLET_VOUCH: tuple[str, ...] = (
    "understands", "has learned", "has learnt", "learned", "learnt", "was told", "has been told",
    "can reveal", "can confirm", "has confirmed", "has seen", "has obtained", "obtained", "reviewed",
    "has reviewed", "was able to confirm", "has established", "has been informed",
)

# Impersonal attribution: the passive with a dummy subject hides who says so.
IMPERSONAL: tuple[str, ...] = (
    "it is understood", "it is believed", "it is thought", "it is said", "it is claimed", "it is alleged",
    "it is reported", "it is rumored", "it is rumoured", "it is expected", "it is feared",
    "it was understood", "it was believed", "it was thought", "it was said", "it was claimed",
    "it was alleged", "it was reported", "it was rumored", "it was rumoured", "it was expected",
    "it has been reported", "it has been claimed", "it has been alleged", "it has been suggested",
    "it emerged", "it has emerged", "word is", "rumor has it", "rumour has it", "there are reports",
    "there were reports", "reports say", "reports suggest",
)
