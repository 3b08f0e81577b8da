"""Function words: the closed classes of English (determiners, pronouns, prepositions, conjunctions,
auxiliaries) and the marks that end a sentence or a quotation, as the extractor's token walks read them.

Some classes appear more than once, cut to what one rule needs; each name says which cut it is
(``PREPOSITIONS_IN_NP`` against ``PREPOSITIONS``).  Every table is in lower case.
"""

from __future__ import annotations

from quotecheck.lexicon._words import words

__all__ = [
    "BE_FORMS",
    "CLAUSE_JOINS",
    "CLOSING_QUOTES",
    "CLOSING_QUOTES_WITH_GUILLEMET",
    "CONJUNCTIONS",
    "CONJ_ONLY",
    "CONTRACTED",
    "CONTRACTED_IS",
    "CONTRASTING",
    "CONTRAST_WORDS",
    "DASHES",
    "DEFINITE_DETERMINERS",
    "DETERMINERS",
    "END_MARKS",
    "FINITE_FORMS",
    "FIRST_PERSON",
    "FULL_STOPS",
    "IRREGULAR_PAST",
    "NEGATORS",
    "POSSESSIVE_ENDS",
    "POSSESSIVE_PRONOUNS",
    "PREDICATE_AUX",
    "PREPOSITIONS",
    "PREPOSITIONS_IN_NP",
    "SUBJECT_PRONOUNS",
    "SUBORDINATORS",
    "TENS",
    "WEEKDAYS",
    "WHEN_WORDS",
]

# Conjunctions after a comma that open a contrasting clause with a subject of its own: "…, but he said …".
CONTRAST_WORDS = frozenset("but although though while whereas yet".split())
# Marks that close a sentence, with the brackets that may follow them: passed over at its end.
END_MARKS = frozenset(".!?)]")
# Pronouns that stand as a clause's subject: "he said", "who told".
SUBJECT_PRONOUNS = frozenset("he she they we i you it who".split())
# Determiners and quantifiers that open a noun phrase: "the", "his", "several", "two".
DETERMINERS = frozenset(
    """the a an this that these those his her its their our my your some many several two three four five
    six seven eight nine ten one another other both few most all any each no""".split()
)
# Prepositions that continue a source's noun phrase, with the two adjectives that take one ("officials
# familiar with", "sources close to"): a walk back from a cue passes over them.  Not every preposition:
# see ``PREPOSITIONS``.
PREPOSITIONS_IN_NP = frozenset(
    "of for with at in on from to by among about within inside close familiar".split()
)
# Conjunctions a content span does not begin or end with: "…, although …", "and".
CONJUNCTIONS = frozenset("although though but and while as whereas even".split())
# Marks that end a sentence.
FULL_STOPS = frozenset(".!?")
# Forms of "be", the contracted ones included: "was asked", "he's".
BE_FORMS = frozenset("is was are were be been being 's 're 'm".split())
# Words that join a clause whose subject may be a lone quantifier: "…, but few expected …".
CLAUSE_JOINS = frozenset("but and yet while".split())
# Past tenses without "-ed" that follow a subject ("Trump met voters"): a verb, never a modifier.
IRREGULAR_PAST = frozenset(
    "met made gave took went came held led won lost ran sent left kept saw got put set hit cut became began "
    "brought bought built chose drew drove fell felt fought found hung heard knew lay meant paid rose sat "
    "sold spent stood struck swore taught thought threw understood wore wrote".split()
)
# Possessive determiners: an owner before a noun ("her statement").
POSSESSIVE_PRONOUNS = frozenset("his her their its".split())
# How an owner's name ends: "Clinton's", with either apostrophe.
POSSESSIVE_ENDS = ("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")
# Words whose "'s" is "is" or "has": "there's", "it's", "that's".
CONTRACTED = frozenset("there here it that what who he she where how this everyone everything nobody".split())
# Words whose "'s" is "is", "has" or "us", not an owner's: "let's hope", "that's said", "it's claimed".
CONTRACTED_IS = frozenset(["", "let", *CONTRACTED])
# Closing quotation marks, as a string for ``str.rstrip``: the comma inside "…,” he said" is found under them.
CLOSING_QUOTES = "\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
# Days of the week: a time, never a source.
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# A conjunction alone is no content: "… overruled and said …".
CONJ_ONLY = frozenset("and but or".split())
# Auxiliaries that open a predicate after a phrase set off by commas: "…, the lawyer, has since denied it".
PREDICATE_AUX = frozenset("has have had will would could should can may might did does".split())
# Tens before a plural noun: "Eighteen states", "twenty states" are counted states, not "to state".
TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
# Conjunctions of time that open a clause saying when something was said: "said as he left".
WHEN_WORDS = frozenset("as while when before after".split())
# Conjunctions that open a clause of their own after a noun phrase: "Clinton while …".
CONTRASTING = frozenset("while whereas although though because".split())
# Dashes typed any way, which set off an aside: "-", "--", en and em dashes.
DASHES = frozenset(("-", "--", "\N{EM DASH}", "\N{EN DASH}"))
# Words that open a clause about the circumstances of a saying: "…, said Friday, as he left".
SUBORDINATORS = frozenset("as while when whenever after before because since though although".split())

# Every common preposition: a name right after one is its object, not a clause's subject ("serving
# under Obama").  Wider than ``PREPOSITIONS_IN_NP``, which holds only those that continue a source phrase.
PREPOSITIONS = frozenset(
    """about above against among at before behind beside between by during for from in into like near of
    off on onto over than through to toward towards under unlike upon with within without""".split()
)

# Closing quotation marks as a set of characters, the guillemet included: a speaker tag after one joins
# the quotation's sentence.  ``CLOSING_QUOTES`` is the same marks, without the guillemet, as a string.
CLOSING_QUOTES_WITH_GUILLEMET = frozenset(
    "\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
)
# First-person pronouns: outside quotation marks they are the writer's, never resolved to someone earlier.
FIRST_PERSON = frozenset("i we me us my our".split())

# Words that negate a cue: "did not deny", "never said", "cannot confirm".
NEGATORS = frozenset(words("not never no neither nor cannot"))
# Definite determiners and possessives: "the mayor", "his spokesman" point to one identified person.
DEFINITE_DETERMINERS = frozenset(words("the this that his her their"))
# Auxiliaries, modals and the finite forms of "be", "have" and "do", contracted ones too: after a subject
# they show a clause ("said the depot would close"), which a noun phrase object never holds.
FINITE_FORMS = frozenset(
    words("""
    is was are were am has have had will would could should can may might must do does did
    's 're 've 'll 'd 'm
    """)
)
