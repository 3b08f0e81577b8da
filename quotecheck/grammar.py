"""Pure walks over a sentence's tokens: noun phrases back and forward, apposition, whether a word is a verb
there, auxiliaries, what follows a cue, and the small predicates they share.

Each function takes the tokens and an index (and a floor or a limit) and gives an index, a span or a yes/no;
none changes its tokens or keeps state.  The words they read are in :mod:`quotecheck.lexicon.grammar` and
:mod:`quotecheck.lexicon.frames`.  The long walks try named rules from ordered tuples, the first that knows
deciding: ``_VERB_RULES`` (whether a word is a verb there), ``_NP_STEPS`` (a noun phrase read back),
``_INSIDE_RULES`` and ``_BEFORE_RULES`` (the subject around an apposition), ``_AFTER_CUE_RULES`` (where
content after a cue opens); the comment above each says why in that order.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from operator import attrgetter

import attrs

from quotecheck.lexicon.anonymous import LONE_QUANTIFIERS, NUMBER_WORDS
from quotecheck.lexicon.cues import CUE_FORMS, CUE_VERBS, MULTIWORD_CUES, NOUN_CUES, CueVerb
from quotecheck.lexicon.frames import (
    ADJECTIVES_BEFORE,
    ADVERBIAL,
    AFTER_PASSIVE,
    APPEARANCE,
    ASIDE_PAIRS,
    ASIDES,
    AUX,
    BASE_SUBJECTS,
    BEFORE_ADJECTIVE,
    BEFORE_BACK,
    BETWEEN,
    CLAUSE_OPENERS,
    FINITE_AFTER_SUBJECT,
    FLOATING_QUANTIFIERS,
    FOCUS_ADVERBS,
    HEARSAY_ADVERBS,
    LEAD_ADVERBS,
    LY_NOUNS,
    MODAL_NAMES,
    NEGATED_ADVERBS,
    NOT_CONTINUATION,
    NOUN_BEFORE,
    NOUN_CUE_WORDS,
    NOUNISH,
    NP_STOP,
    OBJECT_PRONOUNS,
    OCCASION_NOUNS,
    OCCASION_OPENERS,
    OCCASION_PREPOSITIONS,
    OF_LEMMAS,
    PARENTHETICAL_SUBJECTS,
    PARTICIPLE_ONLY,
    PRESS_NOUNS,
    QUANTIFIERS_BEFORE,
    RANK_BEFORE,
    REFUSALS,
    SAME_PAST,
    SPEECH_AFTER_SUBJECT,
    TELL_LIKE,
    TIME_NOUNS,
    TIME_PREPS,
    TIME_WORDS,
    TITLE_LIKE,
    TO_VERBS,
    TOPIC_LEMMAS,
)
from quotecheck.lexicon.grammar import (
    BE_FORMS,
    CLAUSE_JOINS,
    CONTRACTED,
    CONTRACTED_IS,
    CONTRAST_WORDS,
    DETERMINERS,
    END_MARKS,
    FINITE_FORMS,
    IRREGULAR_PAST,
    NEGATORS,
    POSSESSIVE_ENDS,
    POSSESSIVE_PRONOUNS,
    PREDICATE_AUX,
    PREPOSITIONS_IN_NP,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TENS,
    WEEKDAYS,
    WHEN_WORDS,
)
from quotecheck.lexicon.organizations import COUNTRIES, US_STATE_ABBREVIATIONS, US_STATES
from quotecheck.lexicon.people import PRONOUNS
from quotecheck.tokens import Tok, _Toks

__all__ = ["title_case"]


def _title_like(low: str) -> bool:
    return low in TITLE_LIKE or (low.endswith("s") and low[:-1] in TITLE_LIKE) or "-" in low


def _modifier(t: Tok) -> bool:
    """Whether a lower-case word between a name and a head noun modifies the head ("Foreign policy
    analysts"), rather than being the verb after a subject ("Ann Lee met voters")."""
    return (
        t.is_word
        and not t.cap
        and t.low not in CUE_FORMS
        and t.low not in IRREGULAR_PAST
        and not t.low.endswith(("ed", "ly"))
    )


def _adverb(t: Tok) -> bool:
    return t.low in LEAD_ADVERBS or (t.low.endswith("ly") and len(t.low) > 4 and t.low not in LY_NOUNS)


def _finite_verb(t: Tok) -> bool:
    """Whether a lower-case word after a subject is plainly its verb: a past tense or a cue form."""
    return (
        t.is_word
        and not t.cap
        and (t.low.endswith("ed") or t.low in IRREGULAR_PAST or (t.low in CUE_FORMS and t.low.endswith("s")))
    )


def _owned_clause(toks: list[Tok], i: int) -> bool:
    """Whether the reporting noun at ``i`` has an owner before it and its clause after it: "Nervo's
    conclusion that …", "her assertion that …"."""
    if i == 0 or i + 1 >= len(toks) or toks[i + 1].low != "that":
        return False
    prev = toks[i - 1].low
    if prev in POSSESSIVE_PRONOUNS:
        return True
    if not prev.endswith(POSSESSIVE_ENDS):
        return False
    # "Nervo's conclusion", but not "There's speculation" or "it's evidence": a contraction owns nothing
    stem = prev[:-2] or (toks[i - 2].low if i >= 2 else "")
    return bool(stem) and stem not in CONTRACTED


def _nominal_cue(toks: list[Tok], ci: int) -> bool:
    """Whether the cue at ``ci`` is a noun that opens what it reports: "claim that", "warnings that"."""
    word = toks[ci].low
    if word not in CUE_FORMS and word in NOUN_CUES:
        return _owned_clause(toks, ci)
    lemma = CUE_FORMS.get(word)
    if ci + 2 < len(toks) and " ".join((word.removesuffix("s"), toks[ci + 1].low)) in MULTIWORD_CUES:
        return True  # "his call for a federal force", "her calls for calm": the noun and its object
    return (
        lemma is not None
        and (word == lemma or word == lemma + "s")
        and ci + 1 < len(toks)
        and toks[ci + 1].low == "that"
    )


_NEGATED_MODAL = re.compile(
    r"(?:is|was|are|were|has|have|had|will|would|could|should|can|ca|may|might|must|do|does|did|wo)"
    r"n['\N{RIGHT SINGLE QUOTATION MARK}]?t"
)


def _verb_position(toks: list[Tok], i: int) -> bool:
    """Whether the cue word at ``i`` stands as a verb, not as a noun ("the claims", "TV shows") nor in the
    passive ("was believed to be", "were told"), which is a hedge or a report about someone else."""
    prev = toks[i - 1].low if i else ""
    word = toks[i].low
    for rule in _VERB_RULES:
        answer = rule(toks, i, prev, word)
        if answer is not None:
            return answer
    return _noun_before_of(toks, i, prev, word)


def _had_this_to_say(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if (
        prev == "to"
        and word == "say"
        and i >= 3
        and toks[i - 2].low in ("this", "that", "much", "little", "plenty", "something", "nothing", "lot")
        and toks[i - 3].low in ("had", "has", "have", "a")
    ):
        return True  # "had this to say about his proposal:", "has a lot to say"
    return None


def _owned_reporting_noun(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if prev in POSSESSIVE_PRONOUNS and _nominal_cue(toks, i):
        return True  # "her claim that …": a noun that reports, owned by its source
    return None


def _participle_before_a_noun(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if (
        i >= 2
        and prev.endswith("ed")
        and not toks[i - 1].cap
        and (
            (toks[i - 2].low.endswith(POSSESSIVE_ENDS) and toks[i - 2].low[:-2] not in CONTRACTED_IS)
            or toks[i - 2].low in POSSESSIVE_PRONOUNS
            or toks[i - 2].low in ("the", "a", "an", "these", "those", "such")
        )
        and word in NOUN_CUE_WORDS
    ):
        return _nominal_cue(toks, i)  # "Trump's repeated calls to ban …", "the renewed warnings": a noun
    return None


def _after_an_owner(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if (
        i
        and prev.endswith(POSSESSIVE_ENDS)
        and prev[:-2] not in CONTRACTED_IS
        and not word.endswith("ed")
        and (word in NOUN_CUE_WORDS or CUE_FORMS.get(word) == word)
        and not (i + 1 < len(toks) and toks[i + 1].text == ":")  # "Editor's note: …" labels what follows
    ):
        # after an owner, a noun: a cue only if it opens what it reports ("Trump's claims that …", "her
        # call for …"), not "Mr. Clarke's venture proves short-lived"
        return _nominal_cue(toks, i)
    return None


def _participle_as_adjective(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if (
        word.endswith("ed")
        and i + 1 < len(toks)
        and (
            (prev.endswith(POSSESSIVE_ENDS) and prev != "'s")  # "he's claimed": a contraction, "he has"
            or prev in POSSESSIVE_PRONOUNS
            or prev in ("the", "a", "an")
        )
        and toks[i + 1].is_word
        and not toks[i + 1].cap
        and toks[i + 1].low not in NP_STOP
        and toks[i + 1].low not in PREPOSITIONS_IN_NP
        and toks[i + 1].low not in DETERMINERS
    ):
        return False  # "Saudi Arabia's suspected role", "the reported deal": a participle as adjective
    return None


def _passive_after_when(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if word.endswith("ed") and prev in ("when", "if", "once", "unless", "until"):
        return False  # "when asked whether …": a passive with no one named as asking
    return None


def _absolute_with(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if word.endswith("ed") and i + 1 < len(toks) and toks[i + 1].low == "to":
        # "with Obama expected to visit", "With the number of people projected to swell": an absolute
        # phrase, a passive whose holder the text does not name
        for b in range(i - 1, max(-1, i - 12), -1):
            if not toks[b].is_word:
                break
            if toks[b].low == "with":
                return False
    return None


def _subject_of_a_verb(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if (
        i + 1 < len(toks)
        and toks[i + 1].low in FINITE_AFTER_SUBJECT
        and word != "that"
        and not _relative_subject(toks, i)
    ):
        return False  # "Obama's veto is expected", "what she says is true": the subject of a verb
    return None


def _plural_subject_of_a_cue(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if word.endswith("s") and i + 1 < len(toks) and toks[i + 1].low in SPEECH_AFTER_SUBJECT:
        return False  # "which advocates say …", "reports suggest …": a plural noun, the subject of the cue
    return None


def _brief(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if word == "brief":
        return False  # "a brief moment": the verb is used in its other forms ("briefed reporters")
    return None


def _show_up(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if CUE_FORMS.get(word) == "show" and i + 1 < len(toks) and toks[i + 1].low in ("up", "off"):
        return False  # "the e-mails would have shown up", "showing off": to appear, not to show that
    return None


def _counted_states(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    counted = prev in NUMBER_WORDS or prev[:1].isdigit() or prev in TENS or prev.endswith("teen")
    if word in ("state", "states") and (prev in QUANTIFIERS_BEFORE or counted):
        return False  # "each state assigned its own target", "18 states": the states, not "to state"
    return None


def _state_before_a_title(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if word == "state" and i + 1 < len(toks) and toks[i + 1].cap:
        return False  # "state Del. Marcia Price", "state Attorney General": the state, a title's word
    return None


def _state_modifying_a_noun(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if (
        word == "state"
        and i + 2 < len(toks)
        and toks[i + 1].is_word
        and toks[i + 1].low not in DETERMINERS
        and toks[i + 1].low not in PREPOSITIONS_IN_NP
        and toks[i + 1].low not in ("that", "what", "whether", "how", "why", "it", "they")
        and not toks[i + 1].low.endswith("ly")
        and toks[i + 2].is_word
        and not toks[i + 2].cap
    ):
        return False  # "which state news media claimed", "state officials": the state, modifying a noun
    return None


def _past_after_an_adverb(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if prev in ADJECTIVES_BEFORE and word != CUE_FORMS.get(word) and not word.endswith(("s", "ing")):
        return True  # "The leader further related that …": a past tense is no noun
    return None


def _plural_before_a_negated_modal(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if (
        word.endswith("s")
        and i + 1 < len(toks)
        and _NEGATED_MODAL.fullmatch(toks[i + 1].low)
        and not _relative_subject(toks, i)
    ):
        return False  # "… that judges shouldn't try": a plural noun before its (negated) verb
    return None


def _relative_that(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if prev == "that" and word != CUE_FORMS.get(word) and not word.endswith("ing"):
        return True  # "a message that said …": a relative pronoun, not the determiner of "that claim"
    return None


def _quantifier_subject(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if (
        prev in LONE_QUANTIFIERS
        and (i == 1 or toks[i - 2].text in (",", ";", ":") or toks[i - 2].low in CLAUSE_JOINS)
        and not word.endswith(("s", "ing"))
        and i + 1 < len(toks)
        and toks[i + 1].low not in PREPOSITIONS_IN_NP
    ):
        return True  # "Some say …", "Many believe …", "but few expected …": people, unnamed, as the subject
    return None


def _after_a_noun_word(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if prev in NOUN_BEFORE and not (prev == "official" and CUE_FORMS.get(word) not in (word, None)):
        # "the official statement", "an official report"; but in "the official said" the word is the
        # subject: a cue form other than the base ("said", "says", "told") is no noun
        return False
    return None


def _rank_title(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if prev in RANK_BEFORE and CUE_FORMS.get(word) == word:
        return False  # "senior counsel", "general counsel": a title, not the verb "counsel"
    return None


def _particle_back(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if word == "back" and (prev in BEFORE_BACK or (prev.endswith("ed") and not toks[i - 1].cap)):
        return False  # "bring back waterboarding", "jabbed back": a particle, not the verb "back" (support)
    return None


def _object_of_an_infinitive(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if (
        i >= 2
        and toks[i - 2].low == "to"
        and toks[i - 1].is_word
        and not toks[i - 1].cap
        and not _adverb(toks[i - 1])
        and word.endswith("s")
    ):
        return False  # "goes on to list reasons why …": the object of an infinitive, a noun
    return None


def _participle_before_a_plural(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if (
        word.endswith("ed")
        and (prev in BEFORE_ADJECTIVE or (prev in CUE_FORMS and not toks[i - 1].cap))
        and i + 1 < len(toks)
        and toks[i + 1].is_word
        and not toks[i + 1].cap
        and toks[i + 1].low.endswith("s")
        and toks[i + 1].low not in NP_STOP
        and toks[i + 1].low not in PRONOUNS
    ):
        # "despite repeated warnings", "warns worried investors": a participle as adjective
        return False
    return None


def _press_noun(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if word == "press" and i + 1 < len(toks) and toks[i + 1].low in PRESS_NOUNS:
        return False  # "White House press secretary": the press, not the verb "press"
    return None


def _base_form_after_a_determiner(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if (
        i >= 2
        and (
            toks[i - 2].low in DETERMINERS
            or (i >= 3 and toks[i - 3].low in DETERMINERS and toks[i - 2].cap and toks[i - 2].is_word)
            or _modified_noun(toks, i)
        )
        and toks[i - 1].is_word
        and not toks[i - 1].cap
        and not toks[i - 1].low.endswith("s")
        and toks[i - 1].low not in AUX
        and toks[i - 1].low not in BASE_SUBJECTS  # "the American people say", "their children say"
        and CUE_FORMS.get(word) == word
        and not (word in SAME_PAST and i + 1 < len(toks) and not toks[i + 1].is_word)
    ):
        # "a controversial comment", "a reasonable estimate": a base form after a determiner and a
        # singular word is a noun (a verb there would take -s: "the minister comments"); but a past tense
        # spelt like the base ends a clause as a verb ("…,” the editorial read.")
        return False
    return None


def _after_an_acronym(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if (
        i >= 1
        and CUE_FORMS.get(word) == word
        and word not in SAME_PAST
        and toks[i - 1].cap
        and toks[i - 1].text.isupper()
        and i + 1 < len(toks)
        and toks[i + 1].is_word
        and not toks[i + 1].cap
        and toks[i + 1].low not in NP_STOP | DETERMINERS | PREPOSITIONS_IN_NP | SUBJECT_PRONOUNS
        and toks[i + 1].low not in ("that", "to")
        and not (i >= 2 and toks[i - 2].low in ("and", "or"))  # "the FBI and CIA say agents …": a plural
    ):
        return False  # "the FBI email probe", "a CNN text alert": a singular acronym takes "-s" as a subject
    return None


def _before_a_weekday(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if (
        i >= 2
        and CUE_FORMS.get(word) == word
        and word not in SAME_PAST
        and i + 1 < len(toks)
        and toks[i + 1].low in WEEKDAYS
        and toks[i - 1].is_word
        and not toks[i - 1].cap
        and not toks[i - 1].low.endswith("s")
        and toks[i - 1].low not in AUX
        and toks[i - 1].low not in BASE_SUBJECTS
    ):
        return False  # "the second nomination contest Tuesday": a noun before its day, not a verb
    return None


def _noun_after_a_count(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if (
        i >= 2
        and toks[i].low in NOUNISH
        and (
            toks[i - 2].low in NOUN_BEFORE
            or toks[i - 2].low in PREPOSITIONS_IN_NP
            or toks[i - 2].text[:1].isdigit()
            or toks[i - 2].text == "%"
        )
    ):
        return False  # "32% of Republican claims", "the latest poll shows" stays a verb: shows is not here
    return None


def _infinitive_after_seeming(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if prev == "to" and i >= 2 and toks[i - 2].low in APPEARANCE and CUE_FORMS.get(word) == word:
        return True  # "Trump appeared to suggest that …": an infinitive after a verb of seeming
    return None


def _after_a_preposition(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if prev in PREPOSITIONS_IN_NP | {"via", "into", "upon"} and not toks[i].low.endswith("ing"):
        return False  # "via email", "in reports": a noun after a preposition
    return None


def _passive_after_be(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if prev in BE_FORMS and not toks[i].low.endswith("ing") and not _has_contracted(toks, i - 1):
        return False
    return None


def _passive_after_be_and_adverb(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if (
        i >= 2
        and toks[i - 1].low.endswith("ly")
        and toks[i - 1].low not in LY_NOUNS
        and toks[i - 2].low in BE_FORMS
        and not toks[i].low.endswith("ing")
        and toks[i].low != CUE_FORMS.get(toks[i].low)
    ):
        return False  # "is widely expected to", "was publicly criticized": a passive still
    return None


def _passive_after_auxiliaries(toks: list[Tok], i: int, prev: str, word: str) -> bool | None:
    if prev in AUX:
        k = i - 1
        while k >= 0 and toks[k].low in AUX:
            if toks[k].low in BE_FORMS and not toks[i].low.endswith("ing") and not _has_contracted(toks, k):
                return False
            k -= 1
    return None


def _noun_before_of(toks: list[Tok], i: int, prev: str, word: str) -> bool:
    # "claims of fraud": a plural noun before "of", but "says of Clinton" is a verb
    return not (
        i + 1 < len(toks)
        and toks[i + 1].low == "of"
        and toks[i].low.endswith("s")
        and toks[i].low not in ("says", "writes", "asks", "tells")
    )


# Whether a cue word stands as a verb: the rules tried in order, each answering for the words it knows
# (True, a verb; False, not one) and silent (None) otherwise; the first answer wins, so a rule stands
# before the rules it is an exception to.  Set phrases and reporting nouns owned by their source come first
# ("has a lot to say", "her claim that"), then the participles and passives a later rule would take for
# verbs ("the reported deal", "when asked"), then the words that are nouns in one reading ("state",
# "back", "press", a base form after a determiner or an acronym), then the passives after "be" and the
# auxiliaries.  A word none of them knows is a verb, unless it is a plural noun before "of".
_VerbRule = Callable[[list[Tok], int, str, str], bool | None]
_VERB_RULES: tuple[_VerbRule, ...] = (
    _had_this_to_say,
    _owned_reporting_noun,
    _participle_before_a_noun,
    _after_an_owner,
    _participle_as_adjective,
    _passive_after_when,
    _absolute_with,
    _subject_of_a_verb,
    _plural_subject_of_a_cue,
    _brief,
    _show_up,
    _counted_states,
    _state_before_a_title,
    _state_modifying_a_noun,
    _past_after_an_adverb,
    _plural_before_a_negated_modal,
    _relative_that,
    _quantifier_subject,
    _after_a_noun_word,
    _rank_title,
    _particle_back,
    _object_of_an_infinitive,
    _participle_before_a_plural,
    _press_noun,
    _base_form_after_a_determiner,
    _after_an_acronym,
    _before_a_weekday,
    _noun_after_a_count,
    _infinitive_after_seeming,
    _after_a_preposition,
    _passive_after_be,
    _passive_after_be_and_adverb,
    _passive_after_auxiliaries,
)


def _main_verb_after(toks: list[Tok], j: int) -> bool:
    """Whether the words from ``j`` open a predicate: a past tense or an auxiliary, perhaps after an
    adverb ("won the primary", "has since denied it", "later told reporters")."""
    if j < len(toks) and (toks[j].low.endswith("ly") or toks[j].low in ("also", "later", "then", "still")):
        j += 1
    if j >= len(toks) or not toks[j].is_word or toks[j].cap:
        return False
    return toks[j].low in PREDICATE_AUX or (
        (toks[j].low.endswith("ed") or toks[j].low in IRREGULAR_PAST) and toks[j].low not in PARTICIPLE_ONLY
    )


def _has_contracted(toks: list[Tok], k: int) -> bool:
    """Whether the "'s" at ``k`` is "has" before a participle, not "is": "he's claimed that …", "she's
    said it", but "he's expected to win", "she's accused of lying" are passives."""
    if toks[k].low != "'s" or k == 0 or toks[k - 1].low not in SUBJECT_PRONOUNS - {"it"}:
        return False  # "it's said that …" is hearsay: "it is"
    j = k + 1
    while j < len(toks) and toks[j].low in AUX:
        j += 1
    if j < len(toks) and toks[j].low in ("told", "asked") and j + 1 < len(toks) and toks[j + 1].low == "that":
        return False  # "he's told that …": he is told
    return j + 1 >= len(toks) or toks[j + 1].low not in AFTER_PASSIVE


def _verb_first(t: Tok) -> bool:
    """Whether a clause that starts with ``t`` has lost its subject: a modal, a past tense or a verb in -s."""
    return (
        t.is_word and not t.cap and (t.low in FINITE_AFTER_SUBJECT or _finite_verb(t) or t.low.endswith("s"))
    )


def _relative_subject(toks: list[Tok], i: int) -> bool:
    """Whether the cue at ``i`` follows a relative pronoun and its own subject: "the plan, which critics say
    would cost billions": the relative is the subject of the reported clause, which starts at its verb."""
    for k in range(i - 2, max(-1, i - 6), -1):
        t = toks[k]
        if t.low in ("which", "that", "who"):
            return all(x.is_word for x in toks[k + 1 : i])
        if not t.is_word:
            return False
    return False


def _modified_noun(toks: list[Tok], i: int) -> bool:
    """Whether the cue word at ``i`` ends a noun phrase a possessive opens, two or three words back: "its
    own emission reduction target", "their annual budget estimate"."""
    if toks[i - 1].low in BASE_SUBJECTS:
        return False  # "Trump's own people warn that …": a plural subject and its verb
    for d in range(i - 3, max(-1, i - 5), -1):
        if toks[d].low in POSSESSIVE_PRONOUNS or toks[d].low.endswith(POSSESSIVE_ENDS):
            return all(
                t.is_word and t.low not in AUX and t.low not in CUE_FORMS and not t.low.endswith("ly")
                for t in toks[d + 1 : i]
            )
    return False


def _name_not_modal(toks: list[Tok], k: int, i: int) -> bool:
    """Whether the capitalized "Will" or "May" at ``k`` is a name, not a modal: a modal takes the base
    form, so before "described" or "says" (the cue at ``i``) it must be the speaker ("Will described …")."""
    t = toks[k]
    return (
        t.cap
        and t.low in MODAL_NAMES
        and k > 0
        and toks[k - 1].text not in (".", "!", "?")
        and toks[i].low != CUE_FORMS.get(toks[i].low)
    )


def _skip_aux_back(toks: list[Tok], i: int) -> int:
    """Index of the last token of the source phrase before the cue at ``i`` (skipping "has", "also" ...)."""
    k = i - 1
    if k >= 1 and toks[k].low == "to" and toks[k - 1].low in APPEARANCE:
        k -= 2  # "Christie seemed to acknowledge …": a verb of seeming between the subject and its cue
    steps = 0
    while (
        k >= 0
        and steps < 6
        and not _name_not_modal(toks, k, i)
        and (
            toks[k].low in AUX
            or toks[k].low in BETWEEN
            or toks[k].low.endswith("n't")
            or toks[k].low.endswith("n\N{RIGHT SINGLE QUOTATION MARK}t")
            or (
                toks[k].low.endswith("ly")
                and not toks[k].cap
                and len(toks[k].low) > 4
                and toks[k].low not in LY_NOUNS
            )
        )
    ):
        k -= 1  # "has said", "also told", "have effectively ruled", "just this month announced"
        steps += 1
    if k >= 2 and toks[k].text[:1].isdigit() and toks[k - 1].low in ("in", "on", "since", "by"):
        k -= 2  # "McConnell, who in 2010 said": a time phrase between the subject and its verb
    elif k >= 2 and toks[k].low in TIME_NOUNS:
        # "Gore's friends have in the past said", "Trump has for years argued", "who on several occasions
        # said": a time phrase after the auxiliary or the relative pronoun
        j = k - 1
        while j > 0 and k - j < 4 and toks[j].is_word and not toks[j].cap and toks[j].low not in TIME_PREPS:
            j -= 1
        if j >= 1 and toks[j].low in TIME_PREPS and toks[j - 1].low in AUX | {"who", "which"}:
            k = j - 1
            while k >= 0 and toks[k].low in AUX and toks[k].low not in ("who", "which"):
                k -= 1
    if (
        k >= 1
        and toks[k].low in FLOATING_QUANTIFIERS
        and (toks[k - 1].cap or toks[k - 1].text == ")" or toks[k - 1].low in ("that", "who", "which"))
    ):
        k -= 1  # "Sens. Merkley (D-Ore.) and Menendez (D-N.J.) all suggested": the names are the subject
    if k >= 1 and toks[k].text == "," and toks[k - 1].low in BETWEEN:
        # "Trump, however, said": a parenthetical adverb between commas
        j = k - 1
        while j >= 0 and toks[j].low in BETWEEN:
            j -= 1
        if j >= 0 and toks[j].text == ",":
            k = j - 1
    elif (
        k >= 3
        and toks[k].text == ","
        and (toks[k - 2].low, toks[k - 1].low) in ASIDE_PAIRS
        and toks[k - 3].text == ","
    ):
        k -= 4  # "Ayotte's campaign, for example, said": a two-word aside between commas
    return k


def _np_back(toks: list[Tok], k: int, floor: int) -> int | None:
    """Start index of the noun phrase that ends at token ``k`` (read backwards, not before ``floor``): its
    last word (:func:`_np_last_word`), the words before it taken in by the steps of ``_NP_STEPS``, and a
    leading preposition or focus adverb trimmed off (:func:`_np_trimmed`)."""
    j = _np_last_word(toks, k, floor)
    if j is None:
        return None
    if toks[j].low in SUBJECT_PRONOUNS:
        return j  # "asserted she could": the pronoun is the whole subject
    if (
        j - 2 >= floor
        and toks[j - 1].low == "in"
        and toks[j - 2].low in ("one", "1")
        and (toks[j].low in NUMBER_WORDS or toks[j].low.isdigit())
    ):
        j -= 2  # "one in five say": a share of those polled, not "five"
    start = j
    limit = max(floor, k - 14)
    while j - 1 >= limit:
        for step in _NP_STEPS:
            taken = step(toks, j, start, limit)
            if taken is not None:
                break
        else:
            break  # a lower-case word no step takes in: the phrase begins after it
        j, start = taken.j, taken.start
        if taken.last:
            break
    return _np_trimmed(toks, start, k)


def _np_last_word(toks: list[Tok], k: int, floor: int) -> int | None:
    """The index of the phrase's last word, ``k`` or before a parenthesis or full stop that closes it; None
    when no noun phrase can end there."""
    if k < floor or (not toks[k].is_word and toks[k].text not in ")."):
        return None
    j = k
    # a parenthesis right before the verb: "Sen. Graham (R-S.C.) said"
    if toks[j].text == ")":
        while j > floor and toks[j].text != "(":
            j -= 1
        j -= 1
        if j < floor:
            return None
    if toks[j].text == "." and j > floor:
        j -= 1
    modal_name = toks[j].cap and toks[j].low in MODAL_NAMES and j > 0  # "Instead, Will called for …"
    if not toks[j].is_word or ((toks[j].low in NP_STOP or toks[j].low in AUX) and not modal_name):
        return None
    return j


@attrs.frozen
class _Taken:
    """A step's answer: the walk is now at ``j``, the phrase starts at ``start``; ``last`` when the walk
    stops there."""

    j: int
    start: int
    last: bool = False


def _np_abbreviation(toks: list[Tok], j: int, start: int, limit: int) -> _Taken | None:
    prev = toks[j - 1]
    if (
        prev.text == "."
        and j - 2 >= limit
        and toks[j - 2].is_word
        and len(toks[j - 2].text) <= 4
        and toks[j - 2].cap
    ):
        return _Taken(j - 2, j - 2)  # "Mr." "Sen." "Gov." "U.S." before a name
    return None


def _np_spaced_dash(toks: list[Tok], j: int, start: int, limit: int) -> _Taken | None:
    prev = toks[j - 1]
    if prev.text == "-" and (prev.start > toks[j - 2].end if j >= 2 else True):
        return _Taken(j, start, last=True)  # "BRUSSELS - European leaders": a dash ends a dateline
    return None


def _np_joiner(toks: list[Tok], j: int, start: int, limit: int) -> _Taken | None:
    if toks[j - 1].text in ("-", "&", "'", "\N{RIGHT SINGLE QUOTATION MARK}"):
        return _Taken(j - 1, start)
    return None


def _np_and(toks: list[Tok], j: int, start: int, limit: int) -> _Taken | None:
    if (
        toks[j - 1].low == "and"
        and j - 2 >= limit
        and toks[j - 2].is_word
        and (toks[j - 2].cap or toks[j].low in POSSESSIVE_PRONOUNS)
    ):
        # "Experts on North Korea and nuclear nonproliferation", "Smith and Jones", "the nominee and
        # his aides"
        return _Taken(j - 1, start)
    return None


def _np_quoted_title(toks: list[Tok], j: int, start: int, limit: int) -> _Taken | None:
    prev = toks[j - 1]
    if (
        prev.quote is not None
        and j - 2 >= limit
        and toks[j - 2].low in DETERMINERS
        and not toks[j].cap
        and len(prev.quote.words.split()) <= 4
    ):
        # "the “Avatar” star", "the “Apprentice” host": a quoted title modifies the head
        return _Taken(j - 1, start)
    return None


def _np_stop_word(toks: list[Tok], j: int, start: int, limit: int) -> _Taken | None:
    prev = toks[j - 1]
    if not prev.is_word or prev.low in NP_STOP or prev.low in SUBJECT_PRONOUNS:
        return _Taken(j, start, last=True)
    return None


def _np_verb(toks: list[Tok], j: int, start: int, limit: int) -> _Taken | None:
    prev = toks[j - 1]
    if (
        prev.low in CUE_FORMS
        and not prev.cap
        and prev.low not in DETERMINERS
        and _verb_position(toks, j - 1)
    ):
        # a verb: "Clinton asserted she could speak" (not "press secretary")
        return _Taken(j, start, last=True)
    return None


def _np_determiner(toks: list[Tok], j: int, start: int, limit: int) -> _Taken | None:
    prev = toks[j - 1]
    if prev.low not in DETERMINERS:
        return None
    # "the White House said": a determiner opens the phrase unless a preposition or noun came first
    j -= 1
    before = toks[j - 1] if j - 1 >= limit else None
    if (
        prev.low in POSSESSIVE_PRONOUNS
        and before is not None
        and before.low == "and"
        and j - 2 >= limit
        and toks[j - 2].is_word
        and toks[j - 2].low not in NP_STOP
    ):
        return _Taken(j - 1, j)  # "the nominee and his aides": the phrase goes on before the "and"
    if (
        before is not None
        and before.low in PREPOSITIONS_IN_NP
        and j - 2 >= limit
        and toks[j - 2].is_word
        and toks[j - 2].low not in NP_STOP
    ):
        # "a spokesman for the ministry": keep reading leftwards through the preposition
        return _Taken(j - 1, j)
    return _Taken(j, j, last=True)


def _np_preposition(toks: list[Tok], j: int, start: int, limit: int) -> _Taken | None:
    if toks[j - 1].low not in PREPOSITIONS_IN_NP:
        return None
    before = toks[j - 2] if j - 2 >= limit else None
    if before is None or not before.is_word or before.low in NP_STOP or before.low in DETERMINERS:
        return _Taken(j, start, last=True)  # a sentence-initial adverbial: "In Doha Hamas said"
    return _Taken(j - 1, start)


def _np_capitalized(toks: list[Tok], j: int, start: int, limit: int) -> _Taken | None:
    prev = toks[j - 1]
    if prev.cap or toks[j].cap is False or prev.low.isdigit():
        return _Taken(j - 1, j - 1)
    return None


def _np_title(toks: list[Tok], j: int, start: int, limit: int) -> _Taken | None:
    # a lower-case word before a capitalized name: a title ("spokesman Walid Kilani") or the end
    if toks[j].cap and toks[j - 1].low not in PRONOUNS:
        return _Taken(j - 1, j - 1)
    return None


# The steps of a noun phrase read backwards: each reads the word before the walk's position and takes it in
# (the phrase may start there), passes over it, or stops the walk; the first step that knows decides, and a
# word none knows ends the walk.  Marks come first, since they decide by their own text (an abbreviation's
# stop, a spaced dash, a hyphen or ampersand, "and" between names, a quoted title), then the words that end
# a phrase (stop words, a verb), then determiners and prepositions, which open a phrase or let it go on
# past them, and last the capitalized words and the titles before a name, which the phrase takes in.
_NpStep = Callable[[list[Tok], int, int, int], _Taken | None]
_NP_STEPS: tuple[_NpStep, ...] = (
    _np_abbreviation,
    _np_spaced_dash,
    _np_joiner,
    _np_and,
    _np_quoted_title,
    _np_stop_word,
    _np_verb,
    _np_determiner,
    _np_preposition,
    _np_capitalized,
    _np_title,
)


def _np_trimmed(toks: list[Tok], start: int, k: int) -> int | None:
    """The phrase's start past a leading preposition the walk did not open with a determiner and a focus
    adverb capitalized at the start of the sentence ("Even China, Pyongyang's only ally, said"); None when
    nothing is left."""
    while start <= k and (
        toks[start].low in PREPOSITIONS_IN_NP or (start < k and toks[start].low in FOCUS_ADVERBS)
    ):
        start += 1
    if start > 0 and toks[start - 1].low in PREPOSITIONS_IN_NP and toks[k].cap:
        # "In a Bloomberg interview Trump declared": the phrase is the object of an opening preposition;
        # the subject is the name that ends it, after its last lower-case word that is no title
        name = k
        while name - 1 > start and (toks[name - 1].cap or toks[name - 1].text == "."):
            name -= 1
        if name > start and not toks[name - 1].cap and not _title_like(toks[name - 1].low):
            start = name
    return start if start <= k else None


def _np_forward(toks: list[Tok], j: int, end: int) -> int | None:
    """Past-last index of the noun phrase starting at ``j`` ("Walid Kilani", "a spokesman for X")."""
    if j >= end or not toks[j].is_word or toks[j].low in NP_STOP:
        return None
    k = j
    while k < end:
        t = toks[k]
        if (
            t.text == "."
            and k > j
            and toks[k - 1].cap
            and len(toks[k - 1].text) <= 4
            and k + 1 < end
            and toks[k + 1].cap
        ):
            k += 1
            continue
        if t.text in ("-", "&") or (t.text == "/" and k > j and k + 1 < end and toks[k + 1].is_word):
            k += 1  # "AT&T", "9/11 widow Terry Strada"
            continue
        if t.text == "(" and k > j:
            # a party tag or an age: "Rep. Joseph Crowley (D-N.Y.), a leading advocate"
            close = next((c for c in range(k + 1, min(end, k + 10)) if toks[c].text == ")"), None)
            if close is None:
                break
            k = close + 1
            continue
        if not t.is_word or (t.low in NP_STOP and k > j):
            break
        if k > j and t.low in PREPOSITIONS_IN_NP and t.low not in (
            "of", "for", "at", "with", "familiar", "close"
        ):
            break
        k += 1
        if k - j > 12:
            break
    return k if k > j else None


def _sentence_ends(toks: list[Tok]) -> tuple[int, list[int]]:
    cached = getattr(toks, "ends", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    e = len(toks)
    while e > 0 and toks[e - 1].text in END_MARKS:
        e -= 1
    contrasts = [
        j
        for j in range(1, len(toks) - 2)
        if toks[j].text == ","
        and toks[j + 1].low in CONTRAST_WORDS
        and (toks[j + 2].low in SUBJECT_PRONOUNS or toks[j + 2].cap)
        and toks[j + 2].quote is None
    ]
    if isinstance(toks, _Toks):
        toks.ends = (e, contrasts)
    return e, contrasts


def _content_end(toks: list[Tok], k: int) -> int:
    """Past-last index of content running to the sentence end from ``k``: final stops dropped, and a
    contrasting clause with a subject of its own (", but he refuses …") left out."""
    e, contrasts = _sentence_ends(toks)
    if e <= k:
        return k
    i = bisect_right(contrasts, k)
    if i < len(contrasts) and contrasts[i] < e - 2:
        return contrasts[i]
    return e


def _appositive_subject(toks: list[Tok], k: int, floor: int, depth: int = 0) -> tuple[int, int, int] | None:
    """For "X, a spokesman for Y, said" with ``k`` at the second comma: (mention start, mention end, phrase
    start), else None.  The phrase starts before the mention when the mention is a name in apposition.

    The comma that opens the apposition is found first (:func:`_apposition_opens`); then the rules of
    ``_INSIDE_RULES`` (what the apposition holds) and of ``_BEFORE_RULES`` (the phrase before it) are tried
    in order, and the first that knows gives the answer; with none, the phrase before the apposition is the
    subject."""
    j, city = _apposition_opens(toks, k, floor)
    if j <= floor or toks[j].text != "," or j + 1 >= k:
        if city is not None:
            # "The mayor of Flint, Michigan, said": no apposition, a subject that ends in its place
            s0 = _np_back(toks, city - 1, max(0, floor))
            if s0 is not None:
                return s0, k, s0
        return None
    for t in toks[j + 1 : k]:
        if t.low in ("who", "which", "that", "whose", "whom") or t.low in CLAUSE_OPENERS:
            break  # "a Republican who has served …": a clause inside the apposition
        if t.low in FINITE_AFTER_SUBJECT and not t.cap:
            # "Even as the campaign moves on, the race will be tight, said Dan Gerstein": a clause with a
            # verb of its own between the commas, no apposition
            return None
    j2 = j - 1
    while j2 >= floor and toks[j2].text != "," and toks[j2].quote is None and j - j2 < 30:
        j2 -= 1
    at = _Apposition(toks, k, floor, depth, j, j2, _np_back(toks, j - 1, max(0, floor)))
    for inside in _INSIDE_RULES:
        found = inside(at)
        if found is not None:
            return found.subject
    s0 = at.s0
    if s0 is None:
        return None
    for before in _BEFORE_RULES:
        found = before(at, s0)
        if found is not None:
            return found.subject
    return s0, j, s0


def _apposition_opens(toks: list[Tok], k: int, floor: int) -> tuple[int, int | None]:
    """The comma that opens an apposition closed by the comma at ``k`` (or where the search for it stopped),
    and the comma between a city and its state passed over on the way, if any."""
    j = k - 1
    city: int | None = None  # the comma between a city and its state, passed over
    while j >= floor and toks[j].text != "," and toks[j].quote is None and k - j < 30:
        j -= 1
        if toks[j].text == "," and j > floor and toks[j - 1].cap and _place_name(toks, j + 1, k):
            city = j  # "a delegate from Houston, Texas, said": a city and its state are one place
            j -= 1
    while j > floor + 1 and toks[j].text == "," and city is None:
        # "Jeffrey Salkin, a Hollywood, Fla., rabbi helping …, said": a city and its state inside the
        # apposition are one place; its commas open nothing
        c1 = j - 1
        while c1 > floor and toks[c1].text != "," and j - c1 <= 4:
            c1 -= 1
        if not (toks[c1].text == "," and c1 > floor and toks[c1 - 1].cap and _place_name(toks, c1 + 1, j)):
            break
        j = c1 - 1
        while j >= floor and toks[j].text != "," and toks[j].quote is None and k - j < 40:
            j -= 1
    return j, city


@attrs.frozen(eq=False)
class _Apposition:
    """An apposition between the commas at ``j`` and ``k`` (the comma before ``j``'s phrase at ``j2``, if the
    search found one), at recursion ``depth``, and where the phrase before it starts (``s0``, None when no
    noun phrase ends there): what the apposition rules read."""

    toks: list[Tok] = attrs.field(repr=False)
    k: int
    floor: int
    depth: int
    j: int
    j2: int
    s0: int | None

    @property
    def inner(self) -> Tok:
        """The apposition's first token."""
        return self.toks[self.j + 1]


@attrs.frozen
class _Subject:
    """An apposition rule's answer: (mention start, mention end, phrase start), or None for no subject."""

    subject: tuple[int, int, int] | None


def _occasion_clause(at: _Apposition) -> _Subject | None:
    toks, j, floor = at.toks, at.j, at.floor
    if at.inner.low in CLAUSE_OPENERS and at.k - j <= 10 and at.depth < 2:
        # "Powell's office, when contacted by Reuters, said": a clause about the occasion between the
        # subject and its verb; the subject is the phrase before it
        s0 = at.s0
        if s0 is not None and (s0 == floor or toks[s0 - 1].text != ","):
            return _Subject((s0, j, s0))
    return None


def _list_tail(at: _Apposition) -> _Subject | None:
    toks, k, j, j2, floor, inner = at.toks, at.k, at.j, at.j2, at.floor, at.inner
    tail = toks[j + 1 : k]
    list_tail = inner.low in ("and", "or") or (
        k - j - 1 <= 4
        and any(t.low in ("and", "or") for t in tail)
        and (
            not inner.cap
            # "Westmacott, who served in Iran, Turkey and France, praised": places listed in a clause
            or (toks[j - 1].cap and j2 > floor and all(t.cap or t.low in ("and", "or") for t in tail))
        )
    )
    if not list_tail or at.depth >= 2:
        return None
    # "Anne Richards, assistant secretary for population, refugees, and migration, said": the apposition
    # ends in a list; its short items are passed over to the comma that opens the apposition
    c = j
    while True:
        c2 = c - 1
        while c2 > floor and toks[c2].text != "," and toks[c2].quote is None and c - c2 <= 4:
            c2 -= 1
        if c2 <= floor or toks[c2].text != "," or c - c2 - 1 > 3:
            break
        c = c2
    return _Subject(_appositive_subject(toks, c, floor, at.depth + 1))


def _participle_after_a_relative(at: _Apposition) -> _Subject | None:
    toks, j2 = at.toks, at.j2
    relative_before = j2 > at.floor and toks[j2].text == "," and toks[j2 + 1].low in ("who", "which", "whose")
    if at.inner.low.endswith("ing") and at.depth < 2 and relative_before:
        # "O'Donnell, who worked for Trump, becoming president of …, published": a participle after a
        # relative clause; the clause's antecedent is the subject
        before = _appositive_subject(toks, at.j, at.floor, at.depth + 1)
        if before is not None:
            return _Subject(before)
    return None


def _an_age(at: _Apposition, s0: int) -> _Subject | None:
    toks = at.toks
    if s0 == at.j - 1 and toks[s0].text.isdigit() and s0 >= 2 and toks[s0 - 1].text == ",":
        # "Roxana M. Leon, 63, an independent voter, said", "Schiff, 56, who has served …, told": an age
        named = _np_back(toks, s0 - 2, max(0, at.floor))
        return _Subject((named, s0 - 1, named) if named is not None else None)
    return None


def _a_chain_of_appositions(at: _Apposition, s0: int) -> _Subject | None:
    toks = at.toks
    if (
        s0 >= 2
        and toks[s0 - 1].text == ","
        and toks[s0].low in ("the", "a", "an")
        and toks[s0 - 2].cap
        and at.inner.low in ("one", "a", "an", "the", "who", "which")
    ):
        # "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": a chain of
        # appositions; the name that opens it speaks
        named = _np_back(toks, s0 - 2, max(0, at.floor))
        if named is not None and toks[named].cap and toks[named].low not in DETERMINERS:
            return _Subject((named, s0 - 1, named))
    return None


def _after_a_relative_clause(at: _Apposition, s0: int) -> _Subject | None:
    toks = at.toks
    if at.inner.low in ("a", "an", "the") and s0 > at.floor and toks[s0 - 1].text != "," and at.depth < 2:
        # "Geoff Garin, a Democratic pollster who is working with Priorities USA, a pro-Clinton super PAC,
        # said": the phrase before this apposition ends a relative clause; the name opens the chain
        before = _appositive_subject(toks, at.j, at.floor, at.depth + 1)
        if before is not None and toks[before[0]].cap and toks[before[0]].low not in DETERMINERS:
            return _Subject(before)
    return None


def _a_group_including(at: _Apposition, s0: int) -> _Subject | None:
    if at.inner.low == "including" and any(t.cap for t in at.toks[at.j + 2 : at.k]):
        # "many tax experts, including Mr. Goldberg, have pointed out": the group with its named member
        return _Subject((s0, at.k, s0))
    return None


def _titled_name(at: _Apposition) -> bool:
    """Whether the apposition opens with a lower-case word of a title before a name: "Scott's niece, state
    Del. Marcia Price, shouted"."""
    inner = at.inner
    return (
        not inner.cap
        and (inner.low in ("state", "former", "retired", "then") or _title_like(inner.low))
        and at.j + 2 < at.k
        and at.toks[at.j + 2].cap
    )


def _no_apposition(at: _Apposition, s0: int) -> _Subject | None:
    toks, j, inner = at.toks, at.j, at.inner
    last = j - 1  # the word the apposition follows, past a parenthesis: "Rep. Elijah Cummings (D-Md.), chair"
    if toks[last].text == ")":
        while last > s0 and toks[last].text != "(":
            last -= 1
        last -= 1
    if not (
        inner.low in ("a", "an", "the", "who", "which", "whose", "one", "its", "his", "her", "their", "whom")
        or inner.cap
        or _titled_name(at)
        or toks[last].cap
        or inner.low.endswith("ing")
    ):
        return _Subject(None)
    return None


def _a_name_after_its_role(at: _Apposition, s0: int) -> _Subject | None:
    toks, j, k, inner = at.toks, at.j, at.k, at.inner
    titled = _titled_name(at)
    # "The clinics' owner, Derek Stall, said": the name in apposition is the speaker, not the role
    role_first = (
        toks[s0].low in DETERMINERS
        or not any(t.cap for t in toks[s0:j] if t.low not in DETERMINERS)
        or _owned_role(toks, s0, j)
    )
    name_end = k
    if toks[k - 1].text == ")":  # "Marcia Price (D-Newport News)": a party tag after the name
        while name_end > j + 1 and toks[name_end - 1].text != "(":
            name_end -= 1
        name_end -= 1
    if (
        role_first
        and (inner.cap or titled)
        and inner.low not in DETERMINERS
        and all(t.cap or t.text in (".", "-") or t.low == "and" for t in toks[j + 1 + titled : name_end])
        and toks[name_end - 1].cap
    ):
        return _Subject((j + 1, k, s0))  # content before the speaker ends before the role, too
    return None


def _a_name_after_a_phrase(at: _Apposition, s0: int) -> _Subject | None:
    toks, j, k = at.toks, at.j, at.k
    if (
        at.inner.cap
        and all(t.cap or t.text in (".", "-", "(", ")") for t in toks[j + 1 : k])
        and any(not t.cap and t.low not in DETERMINERS for t in toks[s0:j] if t.is_word)
    ):
        # "after winning Ohio, Gov. John Kasich (R-OH), said": a name between the commas, and a phrase
        # before it that is no name: the name is the subject, the stray comma after it notwithstanding
        return _Subject((j + 1, k, j + 1))
    return None


# What an apposition holds, tried first, since it moves where the apposition opens or which phrase is its
# subject: a clause about the occasion, a list whose items hold commas, a participle after a relative
# clause.  The first rule that knows gives the subject (or says there is none).
_InsideRule = Callable[[_Apposition], _Subject | None]
_INSIDE_RULES: tuple[_InsideRule, ...] = (_occasion_clause, _list_tail, _participle_after_a_relative)

# Then, the phrase before the apposition known, the rules tried in order: first the chains that lead back
# to a name before that phrase (an age, a chain of appositions, a relative clause's end, a group and its
# named member); then whether it is an apposition at all; then the name in it that speaks for the role
# before it, or after a phrase that is no name.  With none, the phrase before the apposition speaks.
_BeforeRule = Callable[[_Apposition, int], _Subject | None]
_BEFORE_RULES: tuple[_BeforeRule, ...] = (
    _an_age,
    _a_chain_of_appositions,
    _after_a_relative_clause,
    _a_group_including,
    _no_apposition,
    _a_name_after_its_role,
    _a_name_after_a_phrase,
)


_TITLE_WORDS = re.compile(r"[^\W\d_][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*")


def title_case(words: str) -> bool:
    """Whether quoted words read as a title in title case: at most six words of four letters or more, all
    capitalized ("This Week With George Stephanopoulos", "America's Unwritten Constitution")."""
    found = [w for w in _TITLE_WORDS.findall(words) if len(w) > 3]
    return 0 < len(found) <= 6 and all(w[0].isupper() for w in found)


def _quoted_title(t: Tok) -> bool:
    """Whether ``t`` is a quoted title in title case, not quoted words."""
    return t.quote is not None and title_case(t.quote.words)


def _place_name(toks: list[Tok], a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` is a state or a country, as written after a city ("Houston, Texas")."""
    place = " ".join(t.low for t in toks[a:b])
    short = place.replace(".", "").replace(" ", "")  # "Fla.", "N.Y.", "W.Va."
    return place in US_STATES or place in COUNTRIES or (toks[a].cap and short in US_STATE_ABBREVIATIONS)


def _owned_role(toks: list[Tok], a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` is an owner and a role of lower-case words: "Henry Clay's biographers"."""
    owner = next((i for i in range(a, b) if toks[i].low.endswith(POSSESSIVE_ENDS)), None)
    return owner is not None and owner + 1 < b and all(not t.cap for t in toks[owner + 1 : b])


def _tok_index_after(toks: list[Tok], pos: int) -> int:
    """The index of the first token starting at or after ``pos`` (tokens are in text order)."""
    return bisect_left(toks, pos, key=_START)


_START = attrgetter("start")


def _skip_lead(toks: list[Tok], a: int, b: int) -> int:
    while a < b and not (toks[a].is_word or toks[a].quote is not None):
        a += 1
    return a


def _trim_back(toks: list[Tok], b: int) -> int:
    while b > 0 and toks[b - 1].text in (",", "\N{EM DASH}", ":", "-", ";"):
        b -= 1
    return b


def _span(toks: list[Tok], a: int, b: int) -> tuple[int, int]:
    if b <= a:
        return (
            toks[a].start if a < len(toks) else toks[-1].end,
            toks[a].start if a < len(toks) else toks[-1].end,
        )
    return (toks[a].start, toks[b - 1].end)


def _adverbial_only(toks: list[Tok], a: int, b: int) -> bool:
    """Whether tokens a..b hold nothing but times, places of speaking and channels (eight words at most:
    the tokens are read only until a ninth word, so a long rest of a sentence costs nothing)."""
    words: list[Tok] = []
    for j in range(a, b):
        t = toks[j]
        if t.text == "," and j + 1 < b and toks[j + 1].low in SUBORDINATORS:
            break  # "said Friday afternoon, as they bristled at …": a clause about the saying, not content
        if t.quote is not None:
            return False
        if t.is_word:
            if len(words) == 8:
                return False
            words.append(t)
    return all(t.low in ADVERBIAL or t.low.isdigit() or (t.cap and t.low not in ("i",)) for t in words)


def _past_occasion(toks: list[Tok], k: int, n: int) -> int | None:
    """Where a reported clause starts after a time or an occasion that follows the verb with no "that":
    "said Tuesday the plan would fail", "said on Friday he met Trump", "said in an interview the deal is
    dead".  None when no such phrase is there, or no clause (a subject, then a verb) follows it."""
    j = k
    for _ in range(3):
        if j < n and toks[j].low in TIME_WORDS:
            j += 1
            while j < n and toks[j].low in TIME_WORDS:
                j += 1  # "Tuesday night", "last week"
            continue
        if j + 1 < n and toks[j].low in OCCASION_PREPOSITIONS:
            if toks[j + 1].low in TIME_WORDS:
                j += 2  # "on Friday"
                continue
            e = j + 1
            while e < n and e - j <= 4 and (toks[e].low in DETERMINERS or toks[e].cap):
                if toks[e].low in TIME_WORDS:
                    break
                e += 1
            if e < n and (toks[e].low in OCCASION_NOUNS or toks[e].low in TIME_WORDS):
                j = e + 1
                continue
            if toks[j].low == "on" and e > j + 1 and toks[e - 1].cap:
                j = e  # "said on Fox News the plan …": a channel by name
                continue
        break
    if j == k or j + 1 >= n or not toks[j].is_word:
        return None
    head = toks[j].low
    opens = head in ("he", "she", "they", "we", "i") or (
        (head in DETERMINERS or toks[j].cap)
        and any(toks[v].low in FINITE_AFTER_SUBJECT for v in range(j + 1, min(n, j + 6)))
    )
    return j if opens and j + 1 < _content_end(toks, j) else None


def _after_cue(toks: list[Tok], k: int, verb: CueVerb, lemma: str, limit: int) -> int | None:
    """Token index where content after the cue (ending at token ``k``) starts, or None when there is none:
    the answer of the first rule of ``_AFTER_CUE_RULES`` that knows, else the token right after the cue."""
    n = min(limit, len(toks))
    if k >= n:
        return None
    if (
        k + 3 < n
        and toks[k].text == ","
        and toks[k + 1].low in ASIDES
        and toks[k + 2].text == ","
        and (toks[k + 3].low == "that" or toks[k + 3].quote is not None)
    ):
        k += 3  # "He added, though, that …": an aside between the verb and what it reports
    cue = _CueEnd(toks, k, n, limit, verb, lemma)
    for rule in _AFTER_CUE_RULES:
        found = rule(cue)
        if found is not None:
            return found.at
    return k if k < _content_end(toks, k) else None


@attrs.frozen
class _CueEnd:
    """A cue's end, what the rules for the content after it read: the tokens, the first token after the cue
    (``k``), how far content may run (``n``, at most ``limit``), and the cue's lexicon entry and lemma."""

    toks: list[Tok] = attrs.field(repr=False)
    k: int
    n: int
    limit: int
    verb: CueVerb
    lemma: str

    def end(self, j: int) -> int:
        """Where content from ``j`` ends: the sentence's content end when the window reaches the sentence's
        end, else the window's end."""
        return _content_end(self.toks, j) if self.limit >= len(self.toks) else self.n


@attrs.frozen
class _Opens:
    """A rule's answer: content opens at token ``at``, or (None) the cue has no content after it."""

    at: int | None


_NONE = _Opens(None)


def _that_right_after(cue: _CueEnd) -> _Opens | None:
    return _Opens(cue.k) if cue.toks[cue.k].low == "that" else None


def _after_a_colon(cue: _CueEnd) -> _Opens | None:
    toks, k, n = cue.toks, cue.k, cue.n
    if toks[k].text == ":" or (toks[k].text == "," and k + 1 < n and toks[k + 1].quote is not None):
        k += 1
        return _Opens(k if k < _content_end(toks, k) else None)
    return None


def _quotation_right_after(cue: _CueEnd) -> _Opens | None:
    return _Opens(cue.k) if cue.toks[cue.k].quote is not None else None


def _that_after_the_occasion(cue: _CueEnd) -> _Opens | None:
    # "said on Tuesday in a statement that …", "told The National that …": content opens at "that"
    toks, k, n = cue.toks, cue.k, cue.n
    for j in range(k, min(n, k + 12)):
        t = toks[j]
        if t.quote is not None and j > k and _quoted_title(t):
            continue  # "said on ABC's “This Week” that …": the program's title, not what was said
        if t.quote is not None or t.text == "," or (t.low in NP_STOP - {"that"} and t.low not in ("and",)):
            break
        if t.low == "that":
            return _Opens(j)
        if _clause_word(toks, k, j):
            break  # "said Obama hopes that …": the "that" is the inner verb's; the clause from k is reported
        if t.text in (".", "!", "?", ";"):
            break
    return None


def _after_whom_told(cue: _CueEnd) -> _Opens | None:
    # "told reporters the plan would fail": content after whom one told
    if cue.lemma not in TELL_LIKE:
        return None
    toks, n, lemma = cue.toks, cue.n, cue.lemma
    j = cue.k
    if j < n and toks[j].low in OBJECT_PRONOUNS:
        j += 1
    else:
        e = _np_forward(toks, j, n)
        if e is not None:
            j = e
    if j >= n or _adverbial_only(toks, j, cue.end(j)):
        return _NONE
    if j < n and toks[j].low in ("to", "about") and lemma == "ask":
        return _Opens(j if j < _content_end(toks, j) else None)
    return _Opens(j if j < _content_end(toks, j) else None)


def _after_a_phrase_in_commas(cue: _CueEnd) -> _Opens | None:
    toks, k, n = cue.toks, cue.k, cue.n
    if toks[k].text != "," or k + 1 >= n or not toks[k + 1].is_word or toks[k + 1].low in NOT_CONTINUATION:
        return None
    # "Rubio says, win or lose in Tuesday's primary, he's staying in the race": a phrase set off by
    # commas, then the reported clause's own subject
    if not toks[k + 1].low.endswith("ing"):
        for j in range(k + 2, min(n - 2, k + 14)):
            if toks[j].text == ",":
                if toks[j + 1].low in PARENTHETICAL_SUBJECTS:
                    return _Opens(k + 1)
                break
            if not toks[j].is_word:
                break
    return _NONE


def _clause_ends(cue: _CueEnd) -> _Opens | None:
    return _NONE if cue.toks[cue.k].text in (".", "!", "?", ",") else None


def _after_the_time(cue: _CueEnd) -> _Opens | None:
    after_time = _past_occasion(cue.toks, cue.k, cue.n)
    # "said on Friday he met Trump", "said in an interview the plan would fail"
    return _Opens(after_time) if after_time is not None else None


def _when_it_was_said(cue: _CueEnd) -> _Opens | None:
    toks, k, n = cue.toks, cue.k, cue.n
    if toks[k].low in WHEN_WORDS and k + 1 < n and toks[k + 1].low in SUBJECT_PRONOUNS:
        # "… Jeff Sessions said as he launched the process": when it was said, not what; "said as he left
        # that …" says what after it
        return _Opens(next((j for j in range(k + 2, min(n, k + 12)) if toks[j].low == "that"), None))
    return None


def _infinitive(cue: _CueEnd) -> _Opens | None:
    toks, k = cue.toks, cue.k
    if toks[k].low == "to" and (cue.verb.group in ("intention", "belief") or cue.lemma in TO_VERBS):
        return _Opens(k if k + 1 < _content_end(toks, k) else None)  # "wants to triple the program"
    return None


def _whom_one_backs(cue: _CueEnd) -> _Opens | None:
    t = cue.toks[cue.k]
    if (
        (cue.verb.group == "reaction" or cue.lemma in ("disavow", "reject", "refer to"))
        and t.cap
        and t.is_word
        and t.low not in ADVERBIAL
    ):
        return _Opens(cue.k)  # "The Arizona Republic endorsed Hillary Clinton": whom one backs or attacks
    return None


def _only_adverbials(cue: _CueEnd) -> _Opens | None:
    # "…, the minister said on Tuesday in a statement."
    return _NONE if _adverbial_only(cue.toks, cue.k, cue.end(cue.k)) else None


def _approximate(toks: list[Tok], k: int, n: int) -> bool:
    return toks[k].low == "about" and k + 1 < n and toks[k + 1].text[:1].isdigit()  # "said about 20 people"


def _what_was_spoken_about(cue: _CueEnd) -> _Opens | None:
    toks, k, n, lemma = cue.toks, cue.k, cue.n, cue.lemma
    if (
        not _approximate(toks, k, n)
        and lemma in TOPIC_LEMMAS
        and toks[k].low in ("about", "of")
        and (toks[k].low == "about" or lemma in OF_LEMMAS)
        and k + 1 < n
        and toks[k + 1].is_word
    ):
        # "complained about his microphone", "spoke of Clinton's health": what was spoken about, reported
        return _Opens(k + 1 if k + 1 < cue.end(k + 1) else None)
    return None


def _after_an_occasion(cue: _CueEnd) -> _Opens | None:
    toks, k, n = cue.toks, cue.k, cue.n
    if _approximate(toks, k, n) or toks[k].low not in (
        "of",
        "about",
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "to",
        "with",
        "by",
        "from",
    ):
        return None
    # "says of Clinton, “…”": the quotation after the occasion is the content
    for j in range(k + 1, min(n, k + 10)):
        if toks[j].quote is not None and toks[j - 1].text in (",", ":"):
            return _Opens(j)
        if (
            toks[j].text == ","
            and j - k <= 5
            and toks[k].low in OCCASION_OPENERS
            and j + 2 < n
            and (toks[j + 1].low in DETERMINERS or toks[j + 1].low in SUBJECT_PRONOUNS)
        ):
            return _Opens(j + 1)  # "claimed at one point, a supporter asked …": a clause after the occasion
        if toks[j].text in (".", "!", "?", ";") or toks[j].quote is not None:
            break
    if toks[k].low in OCCASION_OPENERS:
        # "said on CNN, where he is now a paid contributor, that …": "that" after the occasion's clause
        for j in range(k + 2, min(n - 1, k + 24)):
            if toks[j].text in (".", "!", "?", ";") or toks[j].quote is not None:
                break
            if toks[j].text == "," and toks[j + 1].low == "that":
                return _Opens(j + 1)
    return _NONE  # "said of Sunday's talks": an occasion, not content


# Where content after a cue opens: the rules tried in order, the first that knows giving the answer (a token,
# or none).  What stands right after the cue decides first ("that", a colon, a quotation), then a "that"
# within reach past the occasion, then the cue's own kind (whom one told, a phrase in commas); a clause end
# means nothing follows.  Then the words that say when or where it was said (a time, "as he left"), the
# infinitive of an intention and whom one backs, before adverbials alone say there is no content; last the
# topic of "spoke about" and a preposition's occasion.  With none of them, content opens right after the cue.
_AfterCueRule = Callable[[_CueEnd], _Opens | None]
_AFTER_CUE_RULES: tuple[_AfterCueRule, ...] = (
    _that_right_after,
    _after_a_colon,
    _quotation_right_after,
    _that_after_the_occasion,
    _after_whom_told,
    _after_a_phrase_in_commas,
    _clause_ends,
    _after_the_time,
    _when_it_was_said,
    _infinitive,
    _whom_one_backs,
    _only_adverbials,
    _what_was_spoken_about,
    _after_an_occasion,
)


# -- Reported content ------------------------------------------------------------------------------------
# A cue reports only what stands as its content: a clause, a quotation, the words after a colon.  Where the
# extractor must choose between a clause and a noun phrase, these predicates read the tokens' grammar.


def _finite(t: Tok) -> bool:
    """Whether ``t`` is an auxiliary or a finite form of "be", "have" or "do", negated ones included."""
    return t.low in FINITE_FORMS or t.low.endswith(("n't", "n\N{RIGHT SINGLE QUOTATION MARK}t"))


def _subject_pronoun(toks: list[Tok], j: int) -> bool:
    """Whether the pronoun at ``j`` is a clause's subject: "he", "they", and "it" before a verb ("it
    underscores"), not "it" as an object ("denied it", "called it a disgrace")."""
    low = toks[j].low
    if low == "it":
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        return nxt is not None and nxt.is_word and not nxt.cap and nxt.low not in DETERMINERS
    return low in SUBJECT_PRONOUNS and low not in ("you", "who")


def _clause_word(toks: list[Tok], k: int, j: int) -> bool:
    """Whether the word at ``j``, read from a cue ending at ``k``, shows that a clause opens at ``k``: its
    subject pronoun ("said he realized that …") or, after a subject, its verb ("said Obama hopes that …",
    "says it underscores that …").  A "that" further on is then the inner verb's, not the cue's."""
    t = toks[j]
    if j == k:
        return _subject_pronoun(toks, j)
    prev = toks[j - 1]
    if not t.is_word or t.cap or prev.low in DETERMINERS or prev.low in PREPOSITIONS_IN_NP:
        return False
    return _finite(t) or t.low in IRREGULAR_PAST or (t.low in CUE_FORMS and t.low.endswith(("s", "ed")))


# What may follow a verb in the present right after its subject: a determiner or a pronoun opening its
# object, or "to"/"that" opening a clause.
_CLAUSE_AFTER_VERB = DETERMINERS | SUBJECT_PRONOUNS | {"to", "that"}


def _reported_clause(toks: list[Tok], a: int, end: int) -> bool:
    """Whether the content from ``a`` is reported content, a clause or a quotation ("the depot would close",
    "prices rose", "Obama enjoys it"), rather than the verb's object ("agreed a fee", "quashed the permit",
    "established a perimeter around the building"): a subject and then a finite verb before the first
    comma or dash."""
    if toks[a].quote is not None or _subject_pronoun(toks, a):
        return True
    for j in range(a + 1, min(end, a + 20)):
        t = toks[j]
        if t.quote is not None:
            return True
        if not t.is_word:
            if t.text in (",", ";", ":", "\N{EM DASH}"):
                return False
            continue
        if _finite(t):
            return True
        prev = toks[j - 1]
        if t.cap or not prev.is_word or prev.low in DETERMINERS or prev.low in PREPOSITIONS_IN_NP:
            continue
        if t.low in IRREGULAR_PAST or t.low.endswith("ed"):
            return True  # "the council voted", "prices rose"
        nxt = toks[j + 1] if j + 1 < end else None
        if (
            nxt is not None
            and t.low.endswith("s")
            and not t.low.endswith(("ss", "us", "is"))
            and (nxt.cap or nxt.low in _CLAUSE_AFTER_VERB)
        ):
            return True  # a verb in the present after its subject: "the poll shows Trump ahead"
    return False


def _hedged_action(toks: list[Tok], src_e: int, ci: int, cj: int, segs: list[tuple[int, int]]) -> bool:
    """Whether a report adverb between a subject and its verb ("The club has reportedly agreed a fee") makes
    the verb an action reported as hearsay rather than a report of the subject's: what follows the verb is
    no reported content, only its object.  The hedge's own statement then holds the whole claim, once."""
    if not segs or not any(toks[h].low in HEARSAY_ADVERBS for h in range(src_e, ci)):
        return False
    head = _tok_index_after(toks, min(a for a, _ in segs))
    return cj <= head < len(toks) and not _reported_clause(toks, head, len(toks))


def _plain_object(toks: list[Tok], a: int, end: int) -> bool:
    """Whether the words ``toks[a:end]`` after a cue are only its noun-phrase object, an action's or a
    knowing's and not a report ("quashed the permit for the marina", "established a perimeter around the
    harbour", "supported the bus lane"): no clause opens there (:func:`_reported_clause`), and no quotation
    and no finite verb stands anywhere in them ("denied reports the minister had resigned", "supported
    the plan, which would cost …" hold a clause, and are read as reporting it)."""
    if a >= end or _finite(toks[a]) or _reported_clause(toks, a, end):
        return False
    return not any(t.quote is not None or _finite(t) for t in toks[a:end])


_NEGATED_ENDS = ("n't", "n\N{RIGHT SINGLE QUOTATION MARK}t")


def _negated_saying(toks: list[Tok], ci: int, after: int | None) -> bool:
    """Whether the cue at ``ci`` says that something was not said: a negation right before it ("would not
    say which …", "did not immediately say whether …", "would neither confirm nor deny that …"), or a
    refusal of a verb of saying ("refused to say whether …", "declined to discuss …"; ``after`` is where
    the cue's content opens).  "said he would not resign" is a report: the negation is in what was said."""
    k = ci - 1
    while k >= 0 and (toks[k].low in NEGATED_ADVERBS or (toks[k].low.endswith("ly") and k > 0)):
        k -= 1
    if k >= 0 and (toks[k].low in NEGATORS or toks[k].low.endswith(_NEGATED_ENDS)):
        return True
    lemma = CUE_FORMS.get(toks[ci].low)
    if lemma not in REFUSALS or after is None or after + 1 >= len(toks) or toks[after].low != "to":
        return False
    said = CUE_FORMS.get(toks[after + 1].low)
    return said is not None and CUE_VERBS[said].group == "speech"


def _reporting_noun(toks: list[Tok], ci: int, cj: int) -> bool:
    """Whether the cue ``toks[ci:cj]`` is a reporting noun with its complement ("her claim that …", "the
    ministry's conclusion that …"), not a verb ("they claim that …")."""
    if cj != ci + 1:
        return False
    if toks[ci].low not in CUE_FORMS:
        return True  # a cue that is no verb form is a noun ("assertion")
    if ci == 0 or not _nominal_cue(toks, ci):
        return False
    prev = toks[ci - 1].low
    return prev in POSSESSIVE_PRONOUNS or prev in DETERMINERS or prev.endswith(POSSESSIVE_ENDS)
