"""Words that resolve who speaks (:mod:`quotecheck.resolve`): what stands before a name without
being its given name, what opens a lede without naming anyone, and which roles are a crowd's, not the
speaker named before.

Every table is in lower case.
"""

from __future__ import annotations

from quotecheck.lexicon.mentions import HONORIFICS_LOWER
from quotecheck.lexicon.people import AUDIENCE_NOUNS, FIRST_NAMES, PRONOUNS

__all__ = [
    "COUNT_WORDS",
    "CROWD_ROLES",
    "NAME_STARTS",
    "NOT_GIVEN",
    "NOT_GIVEN_LEAD",
    "NOT_LEDE",
    "NOT_SUBJECT_NAMES",
    "PAIR_LEADS",
    "PLURAL_HEADS",
    "UNNAMED",
]

# Words a person's name may open with: a given name or an honorific.
NAME_STARTS = frozenset(FIRST_NAMES) | HONORIFICS_LOWER
# Words that stand for several people before "who": "those who believe …", "many who …".
PLURAL_HEADS = frozenset("those these many some others people all few most".split())
# Capitalized words at a sentence's start that name no one: "It’s …", "This …".
NOT_SUBJECT_NAMES = frozenset(PRONOUNS) | frozenset("this that these those there here".split())
# Words right before two names that still leave them the subject: "Critics, like Senators X and Y, …".
PAIR_LEADS = frozenset("like including both and as".split())
# People in an audience or a crowd: "the heckler" is not the speaker named before.
CROWD_ROLES = AUDIENCE_NOUNS | frozenset({"protester", "demonstrator"})
# Capitalized words before a surname that are no given name: "The Scott family", "President Scott".
NOT_GIVEN = frozenset(
    """the a an this that in on at for and but or of by with from to as when while after before if mrs mr ms
    dr sen rep gov president senator judge justice mayor officer sheriff chief general team family house
    state city county street avenue university college school""".split()
)
# Words that open a sentence before a capitalized name without being a given name: "Even China, …".
NOT_GIVEN_LEAD = frozenset(
    "even only also now then still just yet both either neither once while when after before since so "
    "but and or if not nor meanwhile later earlier today yesterday like unlike".split()
)
# Capitalized words that open a phrase without making it a lede's first naming of someone: "The official",
# "One source".
NOT_LEDE = frozenset("the this that these those one two three several some many".split())
# Heads of an unnamed source's phrase: "a source", "a senior official" introduce nobody to point back to.
UNNAMED = frozenset("source sources official officials person people insider insiders witness aide".split())
# Small counts after "the" that point back to people named just before: "the two men".
COUNT_WORDS = frozenset("two three four 2 3 4".split())
