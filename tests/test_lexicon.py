"""The lexicon tables are well formed, consistent with each other and agree with DOMAIN.md section 1."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.lexicon import anonymous, hedges, organizations, people
from quotecheck.lexicon.cues import (
    AMBIGUOUS_FORMS,
    CHANNELS,
    CUE_FORMS,
    CUE_GROUPS,
    CUE_VERBS,
    MULTIWORD_CUES,
    NESTING_PHRASES,
    NOUN_CUES,
    STANCES,
    inflect,
    noun_cue,
)

LOWER_PHRASE = re.compile(r"[a-z0-9][a-z0-9'.\-]*( [a-z0-9'.\-]+)*")


def _lower(words: object) -> list[str]:
    return [w for w in words if not LOWER_PHRASE.fullmatch(w)]  # type: ignore[attr-defined]


# -- cue verbs -------------------------------------------------------------------------------------------


def test_cue_verbs_are_broad_enough_for_real_copy() -> None:
    assert len(CUE_VERBS) >= 300


def test_cue_verb_entries_are_well_formed() -> None:
    assert _lower(CUE_VERBS) == []
    for lemma, verb in CUE_VERBS.items():
        assert verb.lemma == lemma
        assert verb.stance in STANCES
        assert verb.group in CUE_GROUPS


@pytest.mark.parametrize(
    ("lemma", "stance"),
    [
        # DOMAIN.md section 1, stance by stance
        ("say", "neutral"), ("tell", "neutral"), ("state", "neutral"), ("add", "neutral"),
        ("announce", "neutral"), ("write", "neutral"),
        ("confirm", "endorsing"), ("reveal", "endorsing"), ("note", "endorsing"),
        ("acknowledge", "endorsing"), ("show", "endorsing"),
        ("admit", "conceding"), ("concede", "conceding"), ("confess", "conceding"),
        ("claim", "distancing"), ("allege", "distancing"), ("insist", "distancing"),
        ("maintain", "distancing"), ("contend", "distancing"),
        ("believe", "tentative"), ("think", "tentative"), ("suggest", "tentative"), ("expect", "tentative"),
        ("deny", "denial"), ("reject", "denial"), ("dispute", "denial"), ("dismiss", "denial"),
    ],
)
def test_domain_stances(lemma: str, stance: str) -> None:
    assert CUE_VERBS[lemma].stance == stance


@pytest.mark.parametrize(
    ("lemma", "group", "that_clause"),
    [
        ("say", "speech", True), ("claim", "speech", True), ("tell", "speech", True),
        ("believe", "belief", True), ("fear", "belief", True), ("hope", "intention", True),
        ("know", "belief", True), ("show", "evidence", True), ("find", "evidence", True),
        ("indicate", "evidence", True), ("want", "intention", True), ("vow", "intention", True),
        ("urge", "intention", True), ("criticize", "reaction", False), ("blast", "reaction", False),
        ("praise", "reaction", False), ("condemn", "reaction", False), ("defend", "reaction", False),
        ("call", "speech", False), ("describe", "speech", False),
    ],
)
def test_groups_and_clauses(lemma: str, group: str, that_clause: bool) -> None:
    verb = CUE_VERBS[lemma]
    assert (verb.group, verb.that_clause) == (group, that_clause)


def test_every_lemma_maps_to_itself_and_its_forms() -> None:
    for lemma in CUE_VERBS:
        assert CUE_FORMS[lemma] == lemma
        for form in inflect(lemma):
            assert CUE_FORMS[form] == lemma, form


def test_every_form_is_lower_case_and_leads_to_a_known_lemma() -> None:
    assert _lower(CUE_FORMS) == []
    assert set(CUE_FORMS.values()) == set(CUE_VERBS)


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("said", "say"), ("says", "say"), ("saying", "say"), ("told", "tell"), ("wrote", "write"),
        ("written", "write"), ("thought", "think"), ("admitted", "admit"), ("admitting", "admit"),
        ("quipped", "quip"), ("slammed", "slam"), ("noted", "note"), ("noting", "note"),
        ("agreeing", "agree"), ("argued", "argue"), ("denies", "deny"), ("denied", "deny"),
        ("cries", "cry"), ("stresses", "stress"), ("vowed", "vow"), ("conveyed", "convey"),
        ("inferred", "infer"), ("targeted", "target"), ("criticised", "criticize"),
        ("criticising", "criticize"), ("emphasises", "emphasize"), ("apologised", "apologize"),
        ("labelled", "label"), ("labeled", "label"), ("signalling", "signal"), ("enquired", "inquire"),
        ("favoured", "favor"), ("learnt", "learn"), ("swore", "swear"), ("spoken", "speak"),
        ("shown", "show"), ("forecast", "forecast"), ("recapped", "recap"),
    ],
)
def test_inflected_forms(form: str, lemma: str) -> None:
    assert CUE_FORMS[form] == lemma


@given(st.from_regex(r"[bcdfghjklmnprstvz][aeiou][bcdfghjklmnprstvz]{1,2}[aeiou]?[dkmnrt]", fullmatch=True))
def test_inflect_of_any_verb_shaped_word(word: str) -> None:
    forms = inflect(word)
    assert forms[0] == word
    assert len(set(forms)) == len(forms)
    assert forms[1].endswith("s")
    assert any(f.endswith("ing") for f in forms)
    assert any(f.endswith("ed") for f in forms)
    # every form shares the stem up to the last two letters of the lemma
    assert all(f.startswith(word[:-2]) for f in forms)


def test_multiword_cues() -> None:
    assert _lower(MULTIWORD_CUES) == []
    for phrase, verb in MULTIWORD_CUES.items():
        assert " " in phrase or "-" in phrase
        assert verb.stance in STANCES
        assert verb.group in CUE_GROUPS
    assert MULTIWORD_CUES["pointed out"].stance == "endorsing"
    assert MULTIWORD_CUES["points out"].lemma == "point out"
    assert MULTIWORD_CUES["according to"].stance == "neutral"
    assert MULTIWORD_CUES["called for"].group == "intention"
    assert MULTIWORD_CUES["called on"].group == "intention"
    assert MULTIWORD_CUES["went on to say"].lemma == "go on to say"
    assert MULTIWORD_CUES["ruled out"].stance == "denial"
    assert MULTIWORD_CUES["so-called"].stance == "distancing"


def test_channels_are_not_cues() -> None:
    assert _lower(CHANNELS) == []
    assert len(set(CHANNELS)) == len(CHANNELS)
    for channel in ("in a statement", "in an interview", "on twitter", "on x", "at a press conference",
                    "in a tweet", "in an email", "told reporters"):
        assert channel in CHANNELS
    assert not set(CHANNELS) & set(MULTIWORD_CUES)


def test_nesting_phrases() -> None:
    assert _lower(NESTING_PHRASES) == []
    assert {"citing", "quoted as saying"} <= set(NESTING_PHRASES)


def test_noun_cues() -> None:
    assert _lower(NOUN_CUES) == []
    assert set(NOUN_CUES.values()) <= set(STANCES)
    expected = {
        "claim": "distancing", "claims": "distancing", "allegation": "distancing", "statement": "neutral",
        "denial": "denial", "denials": "denial", "admission": "conceding", "confirmation": "endorsing",
        "belief": "tentative", "suggestion": "tentative", "warning": "neutral", "insistence": "distancing",
        "conclusion": "endorsing", "finding": "endorsing",
    }
    for noun, stance in expected.items():
        assert NOUN_CUES[noun] == stance, noun
    # the cue a noun makes carries its stance, and a word that is no reporting noun makes none
    cue = noun_cue("Assertion")
    assert cue is not None
    assert (cue.lemma, cue.stance, cue.that_clause) == ("assertion", "distancing", True)
    assert noun_cue("table") is None


def test_ambiguous_forms_are_cue_forms() -> None:
    assert AMBIGUOUS_FORMS.issubset(CUE_FORMS)


def test_distancing_adjectives_agree_with_cues() -> None:
    for adjective in ("so-called", "self-styled", "self-proclaimed"):
        assert adjective in hedges.DISTANCING_ADJECTIVES
        assert MULTIWORD_CUES[adjective].stance == "distancing"


# -- people -----------------------------------------------------------------------------------------------


def test_honorifics_with_and_without_dot() -> None:
    for word in ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev"):
        assert word in people.HONORIFICS
    for word in ("mr", "mrs", "ms", "dr", "prof", "rev"):
        assert word + "." in people.HONORIFICS
    assert _lower(people.HONORIFICS) == []


def test_titles_and_roles() -> None:
    assert len(people.TITLES) >= 120
    assert len(people.ROLE_NOUNS) >= 200
    assert _lower(people.TITLES) == []
    assert _lower(people.ROLE_NOUNS) == []
    for title in ("president", "vice", "senator", "sen.", "rep.", "gov.", "prime", "minister", "spokesman",
                  "gen.", "sheikh", "pope", "ceo"):
        assert title in people.TITLES
    for role in ("spokesman", "official", "aide", "adviser", "lawyer", "analyst", "economist"):
        assert role in people.ROLE_NOUNS
    # a courtesy title and an office are different things to the name parser
    assert not people.HONORIFICS & people.TITLES


def test_pronouns() -> None:
    assert people.PRONOUNS["he"] == ("m", "sg")
    assert people.PRONOUNS["her"] == ("f", "sg")
    assert people.PRONOUNS["it"] == ("n", "sg")
    assert people.PRONOUNS["they"][1] == "pl"
    assert people.PRONOUNS["we"] == ("p", "pl")
    assert _lower(people.PRONOUNS) == []


def test_first_names() -> None:
    names = people.FIRST_NAMES
    assert len(names) >= 400
    assert _lower(names) == []
    assert set(names.values()) <= {"m", "f", "u"}
    for name, gender in {"walid": "m", "fatima": "f", "yael": "f", "moshe": "m", "priya": "f",
                         "carlos": "m", "hiroshi": "m", "donald": "m", "kamala": "f", "alex": "u"}.items():
        assert names[name] == gender, name
    # a given name that is also a cue form would turn "Grant said" into two cues
    assert not set(names) & set(CUE_FORMS)


# -- organizations ----------------------------------------------------------------------------------------


def test_organizations() -> None:
    assert _lower(organizations.ORG_HEADS) == []
    assert _lower(organizations.DOCUMENT_NOUNS) == []
    assert len(organizations.ORG_NAMES) >= 150
    folded = [n.casefold() for n in organizations.ORG_NAMES]
    assert len(folded) == len(set(folded)), "an institution listed twice in two cases"
    for name in ("White House", "Kremlin", "Hamas", "NATO", "Reuters", "The Associated Press", "BBC",
                 "The National"):
        assert name in organizations.ORG_NAMES
    for head in ("ministry", "police", "government", "campaign", "court"):
        assert head in organizations.ORG_HEADS
    # an institution is never a person's role, nor an anonymous person
    assert not organizations.ORG_HEADS & people.ROLE_NOUNS
    assert not organizations.ORG_HEADS & anonymous.ANON_HEADS


# -- anonymous sources ------------------------------------------------------------------------------------


def test_anonymous_tables_are_lower_case_and_unique() -> None:
    for table in (anonymous.ACCESS_PHRASES, anonymous.REASON_PHRASES, anonymous.OUTLET_VOUCH,
                  anonymous.IMPERSONAL, anonymous.ALLY_PHRASES):
        assert _lower(table) == []
        assert len(set(table)) == len(table)
    for group in (anonymous.ANON_HEADS, anonymous.ANON_QUANTIFIERS, anonymous.ANON_MODIFIERS,
                  anonymous.VAGUE_GROUPS):
        assert _lower(group) == []


def test_number_words() -> None:
    assert anonymous.NUMBER_WORDS["two"] == 2
    assert anonymous.NUMBER_WORDS["twelve"] == 12
    for word, n in anonymous.NUMBER_WORDS.items():
        assert 1 <= n <= 12
        if n > 1 and word not in ("pair", "both", "dozen"):
            assert word in anonymous.ANON_QUANTIFIERS


@pytest.mark.parametrize(
    ("table", "phrase"),
    [
        ("ACCESS_PHRASES", "familiar with"), ("ACCESS_PHRASES", "with direct knowledge of"),
        ("ACCESS_PHRASES", "briefed on"), ("ACCESS_PHRASES", "close to"),
        ("REASON_PHRASES", "spoke on condition of anonymity"),
        ("REASON_PHRASES", "spoke on the condition of anonymity"),
        ("REASON_PHRASES", "asked not to be named"), ("REASON_PHRASES", "declined to be identified"),
        ("REASON_PHRASES", "not authorized to speak"), ("REASON_PHRASES", "not authorised to discuss"),
        ("OUTLET_VOUCH", "understands"), ("OUTLET_VOUCH", "has learned"), ("OUTLET_VOUCH", "was told"),
        ("IMPERSONAL", "it is understood"), ("IMPERSONAL", "it is believed"),
    ],
)
def test_domain_anonymous_phrasing(table: str, phrase: str) -> None:
    assert phrase in getattr(anonymous, table)


def test_anonymous_heads_and_modifiers() -> None:
    for head in ("official", "officials", "source", "sources", "diplomat", "insider", "aide", "person",
                 "people"):
        assert head in anonymous.ANON_HEADS
    for modifier in ("senior", "top", "former", "us", "government", "administration", "diplomatic",
                     "security", "party", "campaign"):
        assert modifier in anonymous.ANON_MODIFIERS
    for group in ("critics", "analysts", "experts", "observers"):
        assert group in anonymous.VAGUE_GROUPS


# -- hedges -----------------------------------------------------------------------------------------------


def test_hedges() -> None:
    for word in ("reportedly", "allegedly", "purportedly", "supposedly", "apparently", "unconfirmed",
                 "possibly", "likely"):
        assert word in hedges.HEDGE_WORDS
    for phrase in ("believed to", "said to", "understood to", "was believed", "appears to", "seems to"):
        assert phrase in hedges.HEDGE_PHRASES
    assert frozenset({"may", "might", "could", "would"}) == hedges.MODALS
    assert _lower(hedges.HEDGE_WORDS) == []
    assert _lower(hedges.HEDGE_PHRASES) == []
    assert len(set(hedges.HEDGE_PHRASES)) == len(hedges.HEDGE_PHRASES)
    # approximators are kept out of the hedge words: "about" is mostly a preposition
    assert not hedges.APPROXIMATORS & hedges.HEDGE_WORDS
    # the participles that are both hedging adjectives and cue forms, and no others
    assert hedges.HEDGE_WORDS & set(CUE_FORMS) == {"alleged", "purported", "suspected"}


def test_a_stated_count_is_of_the_sources_not_of_their_complement() -> None:
    assert anonymous.stated_count("two senior officials".split()) == 2
    assert anonymous.stated_count("12 officials".split()) == 12
    assert anonymous.stated_count("a source".split()) == 1
    assert anonymous.stated_count("critics in both parties".split()) is None
    assert anonymous.stated_count("officials".split()) is None
