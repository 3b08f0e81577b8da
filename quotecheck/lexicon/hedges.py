"""Hedges: words that weaken an assertion or distance the writer from it (Hyland 1998; the CoNLL-2010
shared task on hedge cues; Wikipedia's "words to watch").

A hedged assertion with no source is graded ``unattributed``: "he was believed to be the last US citizen"
tells the reader someone believes it, never who.  Every table is in lower case.
"""

from __future__ import annotations

from quotecheck.lexicon._words import words

__all__ = ["APPROXIMATORS", "DISTANCING_ADJECTIVES", "HEDGE_PHRASES", "HEDGE_WORDS", "MODALS"]

HEDGE_WORDS: frozenset[str] = frozenset(
    # Report adverbs: the writer passes on something heard, source unstated.
    words("""
    reportedly allegedly purportedly supposedly apparently ostensibly seemingly evidently rumoredly
    """)
    # Probability adverbs and adjectives.
    + words("""
    possibly probably likely unlikely perhaps maybe presumably conceivably potentially plausibly
    arguably
    """)
    # Unverified status.
    + words("""
    unconfirmed unverified unsubstantiated rumored rumoured alleged purported suspected
    """)
)

# Approximators hedge a figure ("about 300"), Hyland's third kind.  Kept apart: "about" and "around" are far
# more often prepositions, so a grader should count them only before a number.
APPROXIMATORS: frozenset[str] = frozenset(words("about approximately roughly around nearly almost some"))

# Adjectives that mark a word as someone else's and doubtful: so-called "experts".
DISTANCING_ADJECTIVES: frozenset[str] = frozenset(
    words("so-called self-styled self-proclaimed self-described would-be")
)

HEDGE_PHRASES: tuple[str, ...] = (
    # Passive raising: "was believed to be" hides the believer.
    "believed to", "said to", "understood to", "thought to", "reported to", "alleged to", "rumored to",
    "rumoured to", "reputed to", "suspected of", "expected to", "feared to", "presumed to", "assumed to",
    "estimated to",
    "is believed", "was believed", "are believed", "were believed", "is thought", "was thought",
    "is said", "was said", "is understood", "was understood", "is reported", "was reported",
    # Appearance verbs.
    "it appears", "it appeared", "appears to", "appeared to", "seems to", "seemed to", "it seems",
    "it seemed", "looks set to", "looked set to", "is likely to", "was likely to", "are likely to",
    # Doubt and possibility.
    "may have", "might have", "could have", "is possible", "was possible", "it is possible",
    "it is unclear", "it was unclear", "it is not clear", "it was not clear", "there is speculation",
    "in theory", "according to some", "some say", "it is feared", "to some extent",
    # Vague attribution from nowhere.
    "according to reports", "media reports", "unconfirmed reports", "local reports",
    "some reports", "reports suggest",
)

# Modal verbs of possibility: hedges when they carry the main assertion (Hyland's "epistemic" modals).
MODALS: frozenset[str] = frozenset(words("may might could would"))
