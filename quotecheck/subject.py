"""Where a cue's source lies: a frozen :class:`SourcePlan` for each cue.

:func:`_source_plan` takes the tokens, the cue and the plans made before it in the sentence, and gives the
plan of the first rule in ``_SOURCE_RULES`` that applies ("according to", a possessive owner, a
participle's subject, an inverted source), or of :func:`_subject_before`, the fallback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from quotecheck.grammar import (
    _adverb,
    _appositive_subject,
    _finite_verb,
    _modifier,
    _nominal_cue,
    _np_back,
    _np_forward,
    _quoted_title,
    _skip_aux_back,
    _title_like,
    _verb_position,
)
from quotecheck.lexicon.cues import CUE_FORMS, CUE_VERBS, CueVerb
from quotecheck.lexicon.frames import (
    AUX,
    BETWEEN,
    CONTACT_SUBJECTS,
    DOCUMENT_WORDS,
    EVENT_NOUNS,
    GERUND_LEADS,
    LEAD_ADVERBS,
    LY_NOUNS,
    NP_STOP,
    OBJECT_PRONOUNS,
    PARTICLES,
    TIME_ENDS,
)
from quotecheck.lexicon.grammar import (
    BE_FORMS,
    CLOSING_QUOTES,
    DASHES,
    DETERMINERS,
    POSSESSIVE_ENDS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS_IN_NP,
    SUBJECT_PRONOUNS,
)
from quotecheck.lexicon.people import FIRST_NAMES
from quotecheck.tokens import Tok

__all__ = ["SourcePlan"]


def _issued_document(toks: list[Tok], s0: int, ci: int) -> bool:
    """Whether ``toks[s0:ci]`` is an indefinite or owned document after a verb ("issued a statement",
    "released a video", "revised her statement"): the object of a clause whose subject is the author."""
    return (
        (toks[s0].low in ("a", "an") or toks[s0].low in POSSESSIVE_PRONOUNS)
        and toks[s0 - 1].is_word
        and not toks[s0 - 1].cap
        and (toks[s0 - 1].low not in PREPOSITIONS_IN_NP or (toks[s0 - 1].low in PARTICLES and s0 >= 3))
        and toks[ci - 1].low in DOCUMENT_WORDS
    )


def _named_after(toks: list[Tok], a: int, e: int) -> bool:
    """Whether ``toks[a:e]`` is a person's name that opens with a given name ("Larry Sabato")."""
    words = [t for t in toks[a:e] if t.is_word]
    return 2 <= len(words) <= 4 and all(t.cap for t in words) and words[0].low in FIRST_NAMES


@attrs.frozen
class SourcePlan:
    """Where one cue's source lies, as the first pass of :func:`_sentence_frames` finds it before any content
    is read: token indices into the sentence.  The second pass reads every plan to bound each statement's
    content by the clauses of the others."""

    cue_start: int
    cue_end: int
    verb: CueVerb
    lemma: str
    source_start: int | None  # the source phrase's tokens; None when no source was found
    source_end: int | None
    # "…,” said Walid Kilani": the source phrase follows its cue
    inverted: bool = attrs.field(default=False, kw_only=True)
    # where the phrase the source stands in begins, when an apposition or aside holds it ("Mr Kilani, a
    # spokesman, said"): content stops before it
    phrase_start: int | None = attrs.field(default=None, kw_only=True)
    # for a relative "who"/"which" source: the token range of the phrase it stands for ("Trump, who said")
    antecedent: tuple[int, int] | None = attrs.field(default=None, kw_only=True)


def _according_to(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, lemma: str, plans: Sequence[SourcePlan]
) -> SourcePlan | None:
    """The phrase after "according to" is the source ("According to a complaint filed by the SEC, …");
    the cue makes a plan whether or not one is found."""
    n = len(toks)
    src_s: int | None = None
    src_e: int | None = None
    if lemma == "according to":
        e = _np_forward(toks, cj, n)
        if e is not None and e < n and toks[e].low == "by" and toks[e - 1].low.endswith("ed"):
            # "according to excerpts of his speech released by the White House": the maker is part of it
            made = _np_forward(toks, e + 1, n)
            if made is not None:
                e = made
        if e is not None and ci <= _after_lead(toks, ci):
            # "According to a complaint filed by the SEC and a 15-count complaint by Vermont, …": an
            # opening source phrase runs to its comma
            comma = next((c for c in range(e, min(n, cj + 30)) if toks[c].text == ","), None)
            if comma is not None and all(t.quote is None for t in toks[e:comma]):
                e = comma
        if e is not None:
            src_s, src_e = cj, e
        return SourcePlan(ci, cj, verb, lemma, src_s, src_e)
    return None


def _possessive_owner(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, lemma: str, plans: Sequence[SourcePlan]
) -> SourcePlan | None:
    """The owner of a reporting noun is its source: "Trump's claim that …", "her insistence that …"."""
    prev = toks[ci - 1] if ci else None
    if (
        prev is not None
        and _nominal_cue(toks, ci)
        and (prev.low in POSSESSIVE_PRONOUNS or prev.low.endswith(POSSESSIVE_ENDS))
    ):
        # "Trump's claim that …", "her insistence that …": the owner of the claim is its source
        owner = ci - 1
        while prev.cap and owner - 1 >= 0 and (toks[owner - 1].cap or toks[owner - 1].text == "."):
            owner -= 1
        return SourcePlan(ci, cj, verb, lemma, owner, ci)
    return None


def _participle_subject(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, lemma: str, plans: Sequence[SourcePlan]
) -> SourcePlan | None:
    """The phrase just before a participle is its source ("footage of Hillary Clinton asking, “…”"), or
    the issuer of the document it follows ("the Security Council issued a statement calling …")."""
    prev = toks[ci - 1] if ci else None
    src_s: int | None = None
    src_e: int | None = None
    if (
        toks[ci].low.endswith("ing")
        and prev is not None
        and prev.is_word
        and prev.low not in BE_FORMS
        and prev.low not in BETWEEN
        # "for saying", "by insisting": the clause's subject speaks
        and prev.low not in PREPOSITIONS_IN_NP
        and prev.low not in GERUND_LEADS  # "despite admitting", "after saying"
        and prev.low not in EVENT_NOUNS  # "she said at a news conference announcing …": she announces
        and not (_adverb(prev) and ci >= 2 and toks[ci - 2].text == ",")  # ", falsely suggesting …"
    ):
        # "footage of Hillary Clinton asking, “…”": the phrase just before the participle speaks
        s0 = _np_back(toks, ci - 1, 0)
        if s0 is not None and s0 > 1 and _issued_document(toks, s0, ci):
            # "the Security Council issued a statement calling …": the issuer speaks, the subject of
            # the verb before the document
            issuing = s0 - 2 if toks[s0 - 1].low in PARTICLES else s0 - 1  # "put out a statement"
            k = _skip_aux_back(toks, issuing)
            issuer = _np_back(toks, k, 0) if k >= 0 else None
            if issuer is not None:
                return SourcePlan(ci, cj, verb, lemma, issuer, k + 1)
            s0 = None
        if prev.cap:
            s0 = ci - 1  # a name: its capitalized run, not the clause around it
            while s0 - 1 >= 0 and (toks[s0 - 1].cap or toks[s0 - 1].text == "."):
                s0 -= 1
        if s0 is not None:
            src_s, src_e = s0, ci
            return SourcePlan(ci, cj, verb, lemma, src_s, src_e)
    return None


def _saying_subject(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, lemma: str, plans: Sequence[SourcePlan]
) -> SourcePlan | None:
    """A participle after a comma (", saying …", "…, adding that …") speaks with the sentence's subject, or
    with the speaker of the speech cue before it; the cue makes a plan whether or not one is found."""
    n = len(toks)
    prev = toks[ci - 1] if ci else None
    src_s: int | None = None
    src_e: int | None = None
    if toks[ci].low.endswith("ing") and prev is not None and prev.low not in BE_FORMS:
        # ", saying …": the speaker is the sentence's subject
        a0 = _after_lead(toks, ci)
        e = _np_forward(toks, a0, ci)
        spoke = next(
            (
                p
                for p in plans  # the main clause's: the first, not one inside its content ("ask")
                if p.source_start is not None
                and p.source_end is not None
                and p.cue_end <= ci
                and p.verb.group == "speech"
                and not toks[p.cue_start].low.endswith("ing")
                and not toks[p.source_end - 1].low.endswith(POSSESSIVE_ENDS)  # "Mrs. Clinton's remark"
            ),
            None,
        )
        refusal = cj < n and toks[cj].low in ("no", "few", "little")  # "offering no further details"
        spoke_at = spoke.source_start if spoke is not None else None
        follows = spoke_at is not None and spoke_at > a0 and prev.text == ","
        if spoke is not None and spoke_at is not None and follows and not refusal:
            # "The country “has changed,” McConnell said in June, citing …": the subject of the speech
            # verb the participle follows, not the quotation's first words
            src_s, src_e = spoke_at, spoke.source_end
        elif e is not None and toks[a0].is_word:
            if toks[a0].low in SUBJECT_PRONOUNS:
                e = a0 + 1  # "it issued a paper welcoming …, saying …": the pronoun is the subject
            elif toks[a0].cap and toks[a0].low not in DETERMINERS:
                # a named subject ends with its name: "Trump unleashed tweets saying …"
                e2 = a0 + 1
                while e2 < e and (toks[e2].cap or toks[e2].text in (".", "-")):
                    e2 += 1
                # "European leaders", "Foreign policy analysts": the name modifies a head
                window = range(e2, min(e, e2 + 3))
                heads = [h for h in window if not toks[h].cap and _title_like(toks[h].low)]
                head = heads[-1] if heads else None  # "Clinton campaign spokesman Brian Fallon"
                if head is not None and all(_modifier(t) for t in toks[e2:head]):
                    e2 = head + 1
                    while e2 < e and (toks[e2].cap or toks[e2].text == "."):
                        e2 += 1  # "Democratic presidential nominee Hillary Clinton": the name after
                e = e2
            else:
                # "The union released a video saying …": the subject ends before its verb
                e = next((v for v in range(a0 + 1, e) if _finite_verb(toks[v])), e)
            src_s, src_e = a0, e
        else:
            # "“…,” he told the group, adding that …": the sentence opens with a quotation; the speaker
            # of the cue before is the one who adds
            earlier = next(
                (p for p in reversed(plans) if p.source_start is not None and p.cue_end <= ci), None
            )
            # but "…, offering no further details": a refusal to say is no statement
            says = cj < n and toks[cj].low not in ("no", "few", "little")
            occasion = toks[ci - 1].low in EVENT_NOUNS  # "… she said at a news conference announcing"
            if earlier is not None and (toks[ci - 1].text == "," or occasion) and says:
                src_s, src_e = earlier.source_start, earlier.source_end
        return SourcePlan(ci, cj, verb, lemma, src_s, src_e)
    return None


def _inverted_source(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, lemma: str, plans: Sequence[SourcePlan]
) -> SourcePlan | None:
    """After a comma, a dash, a colon or a quotation the source follows its cue ("…,” said Walid Kilani, a
    spokesman"), up to the end of its phrase (a relative clause or an apposition naming it included)."""
    n = len(toks)
    prev = toks[ci - 1] if ci else None
    if prev is None or prev.text in (",", "\N{EM DASH}", ":") or prev.quote is not None:
        # inverted: "…,” said Walid Kilani, a spokesman" -- the phrase after the verb ends the clause
        e = _np_forward(toks, cj, n)
        if (
            e is not None
            and toks[cj].low not in PREPOSITIONS_IN_NP
            and toks[cj].low not in OBJECT_PRONOUNS
            and not (e - cj == 1 and toks[cj].low in ("that", "it", "this"))
            and (
                e >= n
                or toks[e].text in (",", ".", "!", "?", ";", ":", ")", "\N{EM DASH}")
                or toks[e].low in ("in", "on", "at", "during", "after", "before", "when", "while", "who")
            )
            and not (
                prev is not None
                and prev.text == ","
                and not _named_after(toks, cj, e)  # "…, said Larry Sabato, director of …": a name wins
                and _appositive_subject(toks, ci - 1, 0) is not None
            )
        ):
            if e + 1 < n and toks[e].text == "," and toks[e + 1].low in ("who", "whose"):
                # "Said Dorothy Poynter, who grew up with Ali, “…”": the relative clause describes her
                close = next((c for c in range(e + 2, min(n, e + 30)) if toks[c].text == ","), None)
                if close is not None and close + 1 < n and toks[close + 1].quote is not None:
                    e = close
            if e < n and toks[e].low in ("who", "whose"):
                # "said an official who spoke on condition of anonymity because …": one source phrase
                while e < n and toks[e].text not in (",", ".", "!", "?", ";") and toks[e].quote is None:
                    e += 1
            if e + 1 < n and toks[e].text == ",":
                # "exhorted Clinton's introducer, actress Jamie Lee Curtis": a name in apposition
                named = _np_forward(toks, e + 1, n)
                if (
                    named is not None
                    and toks[named - 1].cap
                    and (named >= n or toks[named].text in (".", "!", "?", ";"))
                ):
                    e = named
            return SourcePlan(ci, cj, verb, lemma, cj, e, inverted=True)
    return None


def _subject_before(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, lemma: str, plans: Sequence[SourcePlan]
) -> SourcePlan:
    """The subject before the verb ("Mr Kilani said"), found past an aside, an apposition or a relative
    pronoun whose antecedent the plan keeps ("Trump, who said …", "officials who say …"), or for a
    coordinated verb ("… and vowed") the first verb's subject.  The last rule: it always makes a plan."""
    src_s: int | None = None
    src_e: int | None = None
    phrase_start: int | None = None
    antecedent: tuple[int, int] | None = None
    k = _skip_aux_back(toks, ci)
    if ci >= 3 and toks[ci - 1].low == "to" and toks[ci - 3].low in ("had", "has", "have"):
        k = _skip_aux_back(toks, ci - 3)  # "A paper … had this to say": the subject of "had"
    if k >= 0 and toks[k].text == "\N{EM DASH}":
        # "X, chief of Y -- the company that … -- told me": the dashes hold an aside; the subject
        # stands before it, perhaps with an apposition the first dash closes
        aside = range(k - 1, max(0, k - 30), -1)
        j = next((d for d in aside if toks[d].text == toks[k].text), None)
        if j is not None:
            found = _appositive_subject(toks, j, 0)
            if found is not None:
                src_s, src_e, phrase_start = found
            elif _names_only(toks, j + 1, k):
                # "The three scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed": the names
                # in the aside are who speaks
                front0 = _np_back(toks, j - 1, 0)
                src_s, src_e = j + 1, k
                phrase_start = front0 if front0 is not None else j + 1
            k = j - 1
    if k >= 0 and (toks[k].text == "," or _comma_title(toks[k])):
        found = _appositive_subject(toks, k, 0)
        if found is not None:
            src_s, src_e, phrase_start = found
        elif k >= 1 and toks[k - 1].text == ")":
            # "Gov. John Kasich (R-OH), said, “…”": a stray comma after the party tag
            s0 = _np_back(toks, k - 1, 0)
            if s0 is not None:
                src_s, src_e = s0, k
    elif k >= 1 and toks[k].low in ("who", "which") and toks[k - 1].text == ",":
        # "Trump, who said …": the relative pronoun is the mention; its antecedent names it
        s0 = _np_back(toks, k - 2, 0)
        if s0 is not None:
            src_s, src_e = k, k + 1
            antecedent = (_nearest_phrase(toks, s0, k - 1), k - 1)
    elif (
        k >= 1
        and toks[k].low in ("that", "who", "which")
        and toks[k - 1].is_word
        and toks[k - 1].low not in NP_STOP
        and not (toks[k - 1].low in CUE_FORMS and _verb_position(toks, k - 1))
    ):
        # "a message that said …", "officials who say …": a restrictive relative; the noun before it
        s0 = _np_back(toks, k - 1, 0)
        if s0 is not None:
            src_s, src_e = k, k + 1
            antecedent = (_nearest_phrase(toks, s0, k), k)
    if src_s is None and k >= 0 and toks[k].is_word and not toks[k].cap:
        found2 = _clause_in_subject(toks, k, 0)
        if found2 is not None:
            src_s, src_e = found2
    if src_s is None:
        s0 = _np_back(toks, k, 0)
        if s0 is not None:
            src_s, src_e = s0, k + 1
    if src_s is None and k >= 0 and toks[k].low in ("and", "but", "yet"):
        # before this, nothing set a phrase start or an antecedent: the coordinated verb's plan is whole
        coordinated = _coordinated_subject(toks, ci, cj, verb, lemma, plans, k)
        if coordinated is not None:
            return coordinated
    return SourcePlan(
        ci, cj, verb, lemma, src_s, src_e, phrase_start=phrase_start, antecedent=antecedent
    )


# The rules that find a cue's source, in the order they are tried; the first that makes a plan wins, and
# the order settles the cases where two could apply.  "according to" is never a verb with a subject, so it
# goes first.  An owned reporting noun ("Trump's claim that …") is a noun, not a verb after its subject.
# A participle takes the phrase right before it ("Clinton asking") before a participle after a comma reaches
# back to the sentence's subject (", saying …"), and that comes before the inverted reading a comma also
# allows ("…,” said X").  The subject before the verb is the fallback and always makes a plan.
_SourceRule = Callable[[list[Tok], int, int, CueVerb, str, Sequence[SourcePlan]], SourcePlan | None]
_SOURCE_RULES: tuple[_SourceRule, ...] = (
    _according_to,
    _possessive_owner,
    _participle_subject,
    _saying_subject,
    _inverted_source,
)


def _coordinated_subject(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, lemma: str, plans: Sequence[SourcePlan], k: int
) -> SourcePlan | None:
    """The subject of a verb coordinated by ``toks[k]`` ("… and vowed"): the subject of the sentence's
    earlier cue, or the relative clause's ("demonstrators, who … and called for"), or, with no earlier cue,
    the sentence's subject up to its verb; None when none is found."""
    src_s: int | None = None
    src_e: int | None = None
    antecedent: tuple[int, int] | None = None
    for plan in reversed(plans):
        if plan.source_start is not None and plan.cue_end <= k:
            src_s, src_e = plan.source_start, plan.source_end
            break
    else:
        rel = next(
            (
                r
                for r in range(k - 1, max(0, k - 25), -1)
                if toks[r].low in ("who", "which") and r >= 2 and toks[r - 1].text == ","
            ),
            None,
        )
        if rel is not None and all(t.text != "," for t in toks[rel + 1 : k]):
            # "demonstrators, who have taken to the streets and called for …": the relative
            # clause's subject, which stands for the phrase before its comma
            s0 = _np_back(toks, rel - 2, 0)
            if s0 is not None:
                src_s, src_e = rel, rel + 1
                antecedent = (_nearest_phrase(toks, s0, rel - 1), rel - 1)
    if src_s is None and not any(p.source_start is not None and p.cue_end <= k for p in plans):
        # "The nominee outlined his plan and vowed …": the sentence's subject, up to its verb
        a0 = _after_lead(toks, k)
        verb_at = next((v for v in range(a0 + 1, k) if _finite_verb(toks[v])), None)
        that = next((t for t in range(a0 + 1, k) if toks[t].low == "that"), None)
        if that is not None and verb_at is not None and that + 1 < verb_at:
            # "It is astounding that Trump demands … yet refuses": the clause after "that"
            a0 = that + 1
        while verb_at is not None and verb_at - 1 > a0 and (
            _adverb(toks[verb_at - 1]) or toks[verb_at - 1].low in AUX
        ):
            verb_at -= 1  # "The nominee also outlined", "Sanders has cast": not the subject's
        np_end = _np_forward(toks, a0, k)
        if verb_at is not None and np_end is not None:
            verb_at = min(verb_at, np_end)  # the subject's phrase, not what follows it
        if verb_at is not None and toks[a0].is_word:
            src_s, src_e = a0, verb_at
    if src_s is None:
        return None
    return SourcePlan(ci, cj, verb, lemma, src_s, src_e, antecedent=antecedent)


def _source_plan(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, lemma: str, plans: Sequence[SourcePlan]
) -> SourcePlan:
    """Where the source of the cue at ``toks[ci:cj]`` lies, from the first rule that finds a plan; ``plans``
    are those of the sentence's earlier cues, which a participle or a coordinated verb shares."""
    for find in _SOURCE_RULES:
        plan = find(toks, ci, cj, verb, lemma, plans)
        if plan is not None:
            return plan
    return _subject_before(toks, ci, cj, verb, lemma, plans)


def _after_lead(toks: list[Tok], limit: int) -> int:
    """Index of the sentence's subject past a dateline ("BRUSSELS - ", "WASHINGTON (AP) — ") and a leading
    adverbial ("During the speech, Trump …")."""
    i = _after_dateline(toks, limit)
    while i < limit and (
        toks[i].low in LEAD_ADVERBS
        or toks[i].low in BETWEEN
        or (toks[i].low.endswith("ly") and len(toks[i].low) > 4 and toks[i].low not in LY_NOUNS)
    ):
        i += 1  # "Recently, however, it issued …"
        if i < limit and toks[i].text == ",":
            i += 1
    comma = next((c for c in range(i, min(limit, i + 6)) if toks[c].text == ","), None)
    if (
        comma is not None
        and comma > i
        and toks[comma - 1].low in TIME_ENDS
        and not any(_finite_verb(t) for t in toks[i:comma])
    ):
        i = comma + 1  # "Hours later, she …", "But a few days later, Trump …"
    if i < limit and (
        toks[i].low in PREPOSITIONS_IN_NP
        or toks[i].low
        in ("during", "after", "before", "following", "despite", "while", "when", "as", "since")
        # "Speaking to Morning Joe on Monday, Bush …": an opening participle's phrase
        or (toks[i].low.endswith(("ing", "ed")) and toks[i].cap and i + 1 < limit and toks[i + 1].is_word)
    ):
        j = i
        while j < limit:
            if toks[j].text == ",":
                if j + 1 < limit and toks[j + 1].low in ("which", "where", "who"):
                    j += 1  # "…in New Hampshire, which is set to host …, Bush": the relative goes on
                    continue
                return j + 1
            if toks[j].quote is not None:
                break
            j += 1
    return i


def _after_dateline(toks: list[Tok], limit: int) -> int:
    """Index past a dateline that opens the sentence: words in capitals (and a parenthesized agency), then
    a dash; 0 when there is none."""
    i = 0
    while i < limit and toks[i].is_word and toks[i].text.isupper():
        i += 1
    if i and i + 1 < limit and toks[i].text == ",":
        # "WASHINGTON, Dec. 8 (UPI) —": a date after the place, up to the agency or the dash
        j = i + 1
        while j < min(limit, i + 6) and (toks[j].is_word or toks[j].text in (".", ",")):
            j += 1
        if j < limit and (toks[j].text == "(" or toks[j].text in DASHES):
            i = j
    if i and i < limit and toks[i].text == "(":
        close = next((c for c in range(i + 1, min(limit, i + 5)) if toks[c].text == ")"), None)
        i = close + 1 if close is not None else i
    if i and i < limit and toks[i].text in DASHES:
        return i + 1
    return 0


def _nearest_phrase(toks: list[Tok], s0: int, e: int) -> int:
    """The start of the last noun phrase in ``toks[s0:e]``: what a relative pronoun after it stands for.

    "… included members of the Saudi government, which …" -> "the Saudi government".
    """
    k = e - 1
    while k > s0 and toks[k - 1].cap and toks[k].cap:
        k -= 1  # a capitalized run: a name
    if k > s0 and toks[k - 1].low in DETERMINERS:
        return k - 1
    j = k
    while j > s0 and toks[j - 1].low not in PREPOSITIONS_IN_NP and toks[j - 1].low not in DETERMINERS:
        j -= 1
    if j > s0 and toks[j - 1].low in DETERMINERS:
        return j - 1
    return k if toks[k].cap else max(s0, j)


def _comma_title(t: Tok) -> bool:
    """Whether ``t`` is a quoted title that closes an apposition with the comma inside its marks: "author
    of ''America's Unwritten Constitution,'' put it"."""
    return _quoted_title(t) and t.text.rstrip(CLOSING_QUOTES).endswith(",")


def _clause_in_subject(toks: list[Tok], k: int, floor: int) -> tuple[int, int] | None:
    """The subject before a clause that describes it and ends at ``k``, just before the cue: "The state
    officials whose laws have been invalidated say", "all the experts I interviewed said".  Returns the
    subject's (start, end), or None when no such clause ends there."""
    for r in range(k, max(floor, k - 16) - 1, -1):
        t = toks[r]
        if not t.is_word:
            return None  # punctuation or a quotation between: not one subject phrase
        if (
            r < k
            and toks[k + 1].low in AUX
            and _reports_a_clause(t.low)
            and toks[r + 1].low not in OBJECT_PRONOUNS
            and _np_back(toks, k, r + 1) == r + 1
            and _verb_position(toks, r)
        ):
            # "A spokesman who declined to be named said the inquiry would continue": a phrase right after a
            # verb that reports a clause, then an auxiliary, opens the clause it reports; the phrase is the
            # later verb's own subject.  Not "an official who witnessed the talks said" (an object), nor
            # "people who know him say"
            return None
        contact = t.low in CONTACT_SUBJECTS and r < k
        relative = t.low in ("who", "whose") and r < k
        if not (contact or relative):
            continue
        if r == 0 or not toks[r - 1].is_word or toks[r - 1].low in NP_STOP:
            return None
        if toks[r - 1].low in CUE_FORMS or toks[r - 1].low in AUX or toks[r - 1].low in PREPOSITIONS_IN_NP:
            return None  # "said we", "to whom": the pronoun is no clause of a subject
        s0 = _np_back(toks, r - 1, floor)
        return (s0, r) if s0 is not None else None
    return None


def _reports_a_clause(word: str) -> bool:
    """Whether ``word`` is a form of a reporting verb that takes a clause ("said", "believes")."""
    lemma = CUE_FORMS.get(word)
    verb = CUE_VERBS.get(lemma) if lemma is not None else None
    return verb is not None and verb.that_clause


def _names_only(toks: list[Tok], a: int, b: int) -> bool:
    """Whether ``toks[a:b]`` lists people by name: capitalized words, titles' stops, commas and "and",
    beginning with a capital ("Mr. Tribe, Ms. Epstein and Mr. Amar", "Jeb Bush, John Kasich")."""
    if b - a < 1 or not (toks[a].cap or toks[a].low in ("former", "retired")):
        return False
    # a lower-case word is a title or a description before a name: "retired neurosurgeon Ben Carson"
    return sum(1 for t in toks[a:b] if t.cap) >= 2 and all(
        t.cap
        or t.text in (".", ",", "-")
        or t.low in ("and", "former", "retired")
        or _title_like(t.low)
        or (k + 1 < b and (toks[k + 1].cap or (toks[k + 1].is_word and k + 2 < b and toks[k + 2].cap)))
        for k, t in enumerate(toks[a:b], start=a)
    )
