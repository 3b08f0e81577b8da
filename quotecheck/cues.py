"""Cue hits in a sentence's tokens: reporting verbs ("said", "told", "according to") and reporting nouns
("her claim that").

:func:`has_trigger` tells from the raw text whether a sentence could hold a cue or a hearsay word at all (a
sentence without one is never tokenized); :func:`_cues` takes the tokens and gives each cue's token span,
its lexicon entry and its lemma.
"""

from __future__ import annotations

import re
from itertools import pairwise

from quotecheck.grammar import _owned_clause, _verb_position
from quotecheck.lexicon.cues import CUE_FORMS, CUE_VERBS, MULTIWORD_CUES, CueVerb, noun_cue
from quotecheck.lexicon.frames import (
    BY_GERUND,
    COMMITTED_TO,
    CUE_STARTS,
    DOCUMENT_WORDS,
    HEADLINE_CUES,
    MULTI_FIRST,
    MULTI_PAIRS,
    NOUN_CUE_WORDS,
    NP_STOP,
    PROVEN_OPENERS,
    THAT_ONLY,
    TRIGGERS,
)
from quotecheck.lexicon.grammar import BE_FORMS
from quotecheck.tokens import _BATCH_CHARS, Tok

__all__ = ["has_trigger"]


# Every word that can start a cue or a hearsay frame: a sentence with none of them has no statement, and
# is not tokenized at all.
_WORDS_LOWER = re.compile(r"[^\W\d_]+")


# The triggers that are all letters: one found between spaces is a word the pattern finds too.
_LETTER_TRIGGERS = frozenset(t for t in TRIGGERS if _WORDS_LOWER.fullmatch(t))


def has_trigger(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds any word a statement could hang on (a cheap pre-filter)."""
    if end - start > _BATCH_CHARS:
        return _has_trigger_streamed(text[start:end].lower())
    low = text[start:end].lower()
    # a trigger standing between spaces is a whole word: splitting at white space is far cheaper than the
    # word pattern and settles most sentences ("said" and "told" mostly stand so)
    if not _LETTER_TRIGGERS.isdisjoint(low.split()):
        return True
    words = _WORDS_LOWER.findall(low)
    if not TRIGGERS.isdisjoint(words):
        return True
    if "that" in words and not NOUN_CUE_WORDS.isdisjoint(words):
        return True  # "Nervo's conclusion that …": a reporting noun makes a cue only before "that"
    return any(pair in MULTI_PAIRS for pair in pairwise(words) if pair[0] in MULTI_FIRST)


def _has_trigger_streamed(low: str) -> bool:
    """:func:`has_trigger` a word at a time, for a sentence of megabytes: the list of its words would cost
    ten times the text."""
    that = noun = False
    prev = ""
    for m in _WORDS_LOWER.finditer(low):
        word = m.group()
        if word in TRIGGERS or (prev in MULTI_FIRST and (prev, word) in MULTI_PAIRS):
            return True
        that = that or word == "that"
        noun = noun or word in NOUN_CUE_WORDS
        prev = word
    return that and noun


def _cues(toks: list[Tok]) -> list[tuple[int, int, CueVerb, str]]:
    """(first token, past-last token, verb, lemma) of every cue in the sentence."""
    out: list[tuple[int, int, CueVerb, str]] = []
    n = len(toks)
    # only tokens that can start a cue are looked at; the comprehension does the scan
    candidates = [k for k, t in enumerate(toks) if t.low in CUE_STARTS]
    # a headline in title case capitalizes its verb too: "Francois Hollande Says Donald Trump …" (worked out
    # only when a capitalized cue word stands inside the sentence)
    titled: bool | None = None
    ci = 0
    while ci < len(candidates):
        i = candidates[ci]
        ci += 1
        t = toks[i]
        if not t.is_word:
            continue
        # multiword cues first: "according to", "pointed out"
        found = False
        # a capitalized multiword cue inside a sentence is part of a name: "Court of Appeals for the 6th …"
        for width in (3, 2) if t.low in MULTI_FIRST and not (t.cap and i > 0) else ():
            if i + width <= n:
                phrase = " ".join(x.low for x in toks[i : i + width])
                verb = MULTIWORD_CUES.get(phrase)
                if verb is not None:
                    out.append((i, i + width, verb, verb.lemma))
                    while ci < len(candidates) and candidates[ci] < i + width:
                        ci += 1  # the phrase's other words are taken
                    found = True
                    break
        if found:
            continue
        lemma = CUE_FORMS.get(t.low)
        if lemma is None:
            noun = noun_cue(t.low) if _owned_clause(toks, i) else None
            if noun is not None:
                out.append((i, i + 1, noun, noun.lemma))  # "Nervo's conclusion that …"
            continue
        if lemma is not None and t.cap and i > 0 and titled is None and lemma in HEADLINE_CUES:
            titled = _title_case(toks)
        if (
            lemma is not None
            and (not t.cap or i == 0 or (titled and lemma in HEADLINE_CUES and t.low != lemma))
            and not (i == 0 and n > 1 and toks[1].text == ",")
        ):
            # a capitalized cue word only at the start, and not as an opening participle ("Chastened, …")
            verb = CUE_VERBS.get(lemma)
            if t.low.endswith("ing") and not (i and (toks[i - 1].text == "," or toks[i - 1].low in BE_FORMS)):
                # "In offering analysis", "Speaking at a rally": not a cue of its own; but a speech verb
                # followed by what it says is one: "a series of tweets saying that …"
                nxt = toks[i + 1] if i + 1 < n else None
                speech = verb is not None and verb.group == "speech" and i > 0
                nxt2 = toks[i + 2] if i + 2 < n else None
                opens = nxt is not None and (
                    nxt.low == "that"
                    or nxt.quote is not None
                    or nxt.text == ":"
                    or (nxt.text == "," and nxt2 is not None and nxt2.quote is not None)
                    # "calling the test “a clear violation”": a label in quotation marks after its object
                    or (
                        verb is not None
                        and not verb.that_clause
                        and any(t.quote is not None for t in toks[i + 2 : min(n, i + 8)])
                    )
                )
                # "responded by saying Japan should …", "ended by saying it would …": after a preposition
                # that ties it to its clause, the gerund reports what the subject said
                led = (
                    i > 0
                    and toks[i - 1].low in BY_GERUND
                    and nxt is not None
                    and nxt.is_word
                    and nxt.low not in NP_STOP
                )
                # "a statement saying the changes will …": a document's gerund reports what it says
                documented = i > 0 and toks[i - 1].low in DOCUMENT_WORDS and nxt is not None and nxt.is_word
                if not (speech and (opens or led or documented)):
                    verb = None
            if verb is not None and lemma in THAT_ONLY:
                nxt = toks[i + 1] if i + 1 < n else None
                if nxt is None or not (nxt.low == "that" or nxt.quote is not None or nxt.text in (":", ",")):
                    verb = None  # "allows investors to gain", "granted immunity": no giving ground on a claim
            if verb is not None and lemma == "prove":
                j = i + 1
                while j < n and (toks[j].low.endswith("ly") or toks[j].low in ("beyond", "doubt", ",")):
                    j += 1  # "proves conclusively that", "prove beyond doubt that"
                nxt = toks[j] if j < n else None
                if nxt is not None and nxt.is_word and not nxt.cap and nxt.low not in PROVEN_OPENERS:
                    verb = None  # "the venture proves short-lived", "proved to be costly": to turn out
            if verb is not None and lemma == "commit":
                nxt = toks[i + 1] if i + 1 < n else None
                if nxt is None or nxt.low not in COMMITTED_TO:
                    verb = None  # "committed identity theft": a deed, not a pledge ("committed to …")
            if verb is not None and _verb_position(toks, i):
                out.append((i, i + 1, verb, lemma))
    return out


def _title_case(toks: list[Tok]) -> bool:
    """Whether a sentence is a headline in title case: nearly every longer word outside quotation marks
    capitalized."""
    longer = [t for t in toks if t.is_word and len(t.text) > 3]
    return len(longer) >= 4 and sum(1 for t in longer if t.cap) >= 0.85 * len(longer)
