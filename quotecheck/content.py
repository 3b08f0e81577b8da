"""Where a statement's words begin and end.

Takes the tokens and a cue's :class:`~quotecheck.subject.SourcePlan`; gives a frozen :class:`Content`
(the spans of the words).  :func:`_reach` measures the attribution once as a frozen :class:`Reach`, and the
first place in ``_CONTENT_PLACES`` that holds the words gives them; :func:`_next_clause` and
:func:`_trailing_plan` bound the clause a cue's content may take.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from quotecheck.grammar import (
    _adverbial_only,
    _after_cue,
    _content_end,
    _main_verb_after,
    _negated_saying,
    _np_forward,
    _plain_object,
    _reporting_noun,
    _skip_aux_back,
    _skip_lead,
    _span,
    _trim_back,
    _verb_first,
)
from quotecheck.lexicon.cues import CUE_FORMS
from quotecheck.lexicon.frames import (
    ASKED_PARTICIPLES,
    CLAUSE_OPENERS,
    FINITE_AFTER_SUBJECT,
    INTERJECTIONS,
    LEAD_ADVERBS,
    NOT_CONTINUATION,
    PHRASE_ENDS,
    PREDICATE_OPENERS,
    QUOTE_AS_OBJECT,
    TOPIC_LEMMAS,
)
from quotecheck.lexicon.grammar import (
    BE_FORMS,
    CLOSING_QUOTES,
    CONJUNCTIONS,
    END_MARKS,
    POSSESSIVE_ENDS,
    PREPOSITIONS_IN_NP,
    SUBJECT_PRONOUNS,
    WHEN_WORDS,
)
from quotecheck.model import ReportedAs
from quotecheck.subject import SourcePlan
from quotecheck.tokens import Tok

__all__ = ["Content", "Reach"]


def _gerund_subject(toks: list[Tok], k: int, end: int) -> bool:
    """Whether the -ing word at ``k`` opens a clause as its subject ("…, he said, replacing Clinton would
    be acrimonious"), not a participle phrase ("…, he said, adding that …"): a finite verb follows soon."""
    return any(toks[j].low in FINITE_AFTER_SUBJECT for j in range(k + 1, min(end, k + 5)))


@attrs.frozen
class Content:
    """Where one statement's words lie, as a place rule of the second pass of :func:`_sentence_frames` finds
    them: character spans of the text, in the order found.  No spans, with ``colon`` or ``bare``, is an
    attribution whose words stand in the next block ("X said:") or in the quotation before ("Trump said.")."""

    spans: tuple[tuple[int, int], ...]
    colon: bool = attrs.field(default=False, kw_only=True)
    bare: bool = attrs.field(default=False, kw_only=True)
    before: bool = attrs.field(default=False, kw_only=True)  # the words stand before the attribution


@attrs.frozen
class Reach:
    """Where a verb's attribution (its source and its cue) stands in the sentence, and where the words it
    reports could begin after it: what each place the content can lie in is measured from.  Token indices."""

    source_start: int
    source_end: int
    front: int  # the attribution's first token: its source, the phrase holding it, or an "as" opening it
    back: int  # past its last token, the source's or the cue's
    after: int | None  # where content after the cue begins (:func:`_after_cue`); None when none can
    clause_end: int  # where the cue's clause ends: content after the cue stops there
    leading_as: bool  # "As Mr. Bown observed, …": the attribution opens the sentence, set off by "as"


def _reach(
    toks: list[Tok], plan: SourcePlan, src_s: int, src_e: int, taken_until: int, clause_end: int
) -> Reach:
    """The attribution of ``plan`` (its source ``toks[src_s:src_e]``) measured in the sentence, the tokens
    before ``taken_until`` belonging to an earlier statement and its clause ending at ``clause_end``."""
    n = len(toks)
    front = min(src_s, plan.cue_start)
    if plan.phrase_start is not None and plan.phrase_start < front and not plan.inverted:
        front = plan.phrase_start
    back = max(src_e, plan.cue_end)
    leading_as = (
        front >= 1
        and toks[front - 1].low == "as"
        and all(t.low in LEAD_ADVERBS or t.text == "," for t in toks[taken_until : front - 1])
    )
    if (
        not leading_as
        and front - 1 > taken_until
        and toks[front - 1].low == "as"
        and (toks[front - 2].text in (",", "\N{EM DASH}") or toks[front - 2].quote is not None)
    ):
        front -= 1  # "…, as a Homeland Security memo put it.": "as" opens the speaker's clause
    after = _after_cue(toks, back, plan.verb, plan.lemma, clause_end)
    if after is None and leading_as:
        # "As Mr. Bown observed, …": the content follows the clause
        comma = next((c for c in range(back, min(n, back + 24)) if toks[c].text == ","), None)
        if comma is not None and comma + 1 < _content_end(toks, comma + 1):
            after = comma + 1
            clause_end = n  # the main clause is all content: cues inside it are the speaker's
    return Reach(src_s, src_e, front, back, after, clause_end, leading_as)


def _content_before(toks: list[Tok], plan: SourcePlan, at: Reach, taken_until: int) -> Content | None:
    """The words before the attribution, set off from it by a comma, a dash, a colon or a quotation mark
    ("The deal is close, officials said.", "“…,” she said"), and when the attribution splits them, the rest
    after it ("“…,” she said, “…”", "The deal, officials said, is close.")."""
    front = at.front
    if not _content_stands_before(toks, at, taken_until):
        return None
    if at.after is not None and _after_wins(toks, at, at.after, taken_until):
        return None
    b_end = _trim_back(toks, front)
    b_start = _skip_lead(toks, taken_until, front)
    if b_end - 1 > b_start and toks[b_end - 1].quote is not None:
        # "X was released “as part of …”, Hamas said": the speaker vouches for the quoted words
        q0 = b_end - 1
        while q0 - 1 >= b_start and toks[q0 - 1].quote is not None:
            q0 -= 1
        asked = q0 >= 3 and toks[q0 - 1].text in (",", ":") and toks[q0 - 2].low in ASKED_PARTICIPLES
        asked = asked and toks[q0 - 3].low in BE_FORMS
        # "Blumenthal was asked, “…?” He answered, “…”": the question is not the answer's
        b_start = b_end if asked else q0
    rest = _rest_after(toks, plan, at)
    spans = (_span(toks, b_start, b_end),) if rest is None else (_span(toks, b_start, b_end), rest)
    return Content(spans, before=True)


def _content_stands_before(toks: list[Tok], at: Reach, taken_until: int) -> bool:
    """Whether words of a statement stand between the last statement's clause and the attribution, set off
    from it by a comma, a dash, a colon or a quotation mark."""
    front = at.front
    return (
        front > taken_until
        and (_has_content(toks, taken_until, front) or _lone_subject(toks, taken_until, front, at.back))
        and (toks[front - 1].text in (",", "\N{EM DASH}", ":") or toks[front - 1].quote is not None)
    )


def _after_wins(toks: list[Tok], at: Reach, after: int, taken_until: int) -> bool:
    """When words could be the statement both before the attribution and after its cue (at ``after``):
    whether those after it are.  They are when they follow the verb explicitly ("said that", "said:",
    "said “…”"), when the words before are a short opening ("In one tweet, Trump said …") or hold no
    quotation; a split quotation ("“…,” she said, “…”") keeps both halves."""
    front, back = at.front, at.back
    explicit = after <= back + 1 and (
        toks[after].low == "that"
        or toks[after].quote is not None
        or (after > 0 and toks[after - 1].text == ":")
    )
    short_before = sum(1 for t in toks[taken_until:front] if t.is_word) <= 4 and not any(
        t.quote is not None for t in toks[taken_until:front]
    )
    quote_before = toks[front - 1].quote is not None or (
        front >= 2 and toks[front - 1].text == "," and toks[front - 2].quote is not None
    )
    if quote_before and not short_before and _quotation_is_object(toks, front, taken_until):
        quote_before = False
    split_quote = quote_before and toks[back].text == "," and toks[after].quote is not None
    return not split_quote and (explicit or short_before or not quote_before)


def _quotation_is_object(toks: list[Tok], front: int, taken_until: int) -> bool:
    """Whether the quotation ending before the attribution is the object of a word before it: "Walking in
    to chants of “Marco! Marco!,” the senator said his campaign …" (the words are not the senator's)."""
    q0 = front - 1 if toks[front - 1].quote is not None else front - 2
    while q0 > taken_until and toks[q0 - 1].quote is not None:
        q0 -= 1
    return q0 > taken_until and toks[q0 - 1].low in QUOTE_AS_OBJECT


def _rest_after(toks: list[Tok], plan: SourcePlan, at: Reach) -> tuple[int, int] | None:
    """The second half of a statement the attribution splits ("“…,” she said, “…”", "The deal, officials
    said, is close."), or None when what follows the attribution is not the statement's."""
    n = len(toks)
    back = at.back
    if (
        back + 2 < n
        and toks[back].text == ","
        and toks[back + 1].low in ("and", "but")
        and toks[back + 2].quote is not None
    ):
        back += 1  # "…, she said, and “…”": the quotation after the conjunction continues
    if not (back < n and toks[back].text in (",", "and", "but") and back + 1 < at.clause_end):
        return None
    rest_end = _content_end(toks, back + 1) if at.clause_end == n else at.clause_end
    nxt_tok = toks[back + 1]
    before_is_quote = toks[at.front - 1].quote is not None
    apposition = (
        plan.inverted
        and nxt_tok.low in ("a", "an", "the")
        and (_np_forward(toks, back + 1, n) or 0) >= rest_end
    )  # "…, said Mr. Barrett, the lawyer for the agency.": it describes him
    if (
        rest_end > back + 1
        and not apposition
        and (
            nxt_tok.quote is not None
            or (
                not before_is_quote
                and nxt_tok.low[:1].islower()
                and (not nxt_tok.low.endswith("ing") or _gerund_subject(toks, back + 1, rest_end))
                and nxt_tok.low not in NOT_CONTINUATION
            )
        )
    ):
        return _span(toks, back + 1, rest_end)
    return None


def _content_after(toks: list[Tok], plan: SourcePlan, at: Reach, taken_until: int) -> Content | None:
    """The words after the cue, up to where its clause ends: "Trump said the system is rigged.", "said:
    “…”", "the plan, which critics say would cost billions, passed"."""
    after = at.after
    if after is None:
        return None
    spans: list[tuple[int, int]] = []
    end_k = _content_end(toks, after) if at.clause_end == len(toks) else at.clause_end
    src_s, src_e = at.source_start, at.source_end
    rel = src_s - 1
    if (
        rel >= 1
        and toks[rel].low in ("which", "that", "who")
        and after == at.back
        and _verb_first(toks[after])
    ):
        # "the plan, which critics say would cost billions, passed": the relative pronoun is the reported
        # clause's subject; a comma before it closes the clause at the next one
        spans.append(_span(toks, rel, rel + 1))
        if toks[rel - 1].text == ",":
            stops = (",", "\N{EM DASH}")
            end_k = next((j for j in range(after, end_k) if toks[j].text in stops), end_k)
    if (
        src_e == src_s + 1
        and src_s >= 1
        and toks[src_s].low in ("who", "which")
        and toks[src_s - 1].text == ","
    ):
        # "Trump, who has said that the system is rigged, won the primary, defeated Cruz …": the clause
        # closes at the first comma its antecedent's own verb can follow that is not one of a pair set off
        # inside it ("who said the plan, based on old data, would fail, won")
        commas = [j for j in range(after + 1, end_k - 1) if toks[j].text == ","]
        end_k = next((j for c, j in enumerate(commas) if c % 2 == 0 and _main_verb_after(toks, j + 1)), end_k)
    if plan.lemma in TOPIC_LEMMAS and toks[after - 1].low in ("about", "of"):
        # a topic is a noun phrase: a comma ends it ("worried about turnout, Obama is …")
        end_k = next((j for j in range(after, end_k) if toks[j].low in PHRASE_ENDS), end_k)
    elif plan.verb.group == "reaction":
        end_k = _object_end(toks, after, end_k)
    if (
        toks[after].quote is not None
        and after + 1 < end_k
        and toks[after + 1].low in ("when", "if", "after", "before", "while")
    ):
        end_k = after + 1  # "said, “We'll see,” when asked whether …": the words, not when
    if end_k > after:
        spans.append(_span(toks, after, end_k))
    return Content(tuple(spans))


def _content_in_next_block(toks: list[Tok], plan: SourcePlan, at: Reach, taken_until: int) -> Content | None:
    """No words in the sentence, the attribution ending with a colon: "X said:", whose words are the next
    block's."""
    back = at.back
    if back < len(toks) and toks[back].text == ":" and back + 1 >= _content_end(toks, back + 1):
        return Content((), colon=True)
    return None


def _content_in_quotation_before(
    toks: list[Tok], plan: SourcePlan, at: Reach, taken_until: int
) -> Content | None:
    """No words in the sentence, the attribution standing alone: "“… missing.” Trump said.", "“… Bobby
    Scott!” Scott's niece shouted to the crowd.": a stop inside the quotation made the attribution a sentence
    of its own, and the quotation before is its words."""
    if _skip_lead(toks, taken_until, at.front) == at.front and _bare_tail(toks, at.back):
        return Content((), bare=True)
    return None


# The places a verb's statement can lie, in the order they are tried; the first that finds it wins.  Words
# before the attribution go first: they are taken only when set off from it and not outdone by words after
# the cue (which _content_before weighs itself), and a split statement is found from its first half.  Then
# the words after the cue.  Only a sentence with no words of the statement in it is read as pointing
# elsewhere: to the next block after a colon, or to the quotation before an attribution standing alone.
_ContentPlace = Callable[[list[Tok], SourcePlan, Reach, int], Content | None]
_CONTENT_PLACES: tuple[_ContentPlace, ...] = (
    _content_before,
    _content_after,
    _content_in_next_block,
    _content_in_quotation_before,
)


def _verb_content(toks: list[Tok], plan: SourcePlan, at: Reach, taken_until: int) -> Content | None:
    """Where the words of the statement the cue of ``plan`` reports lie, from the first place that holds
    them; None when none does."""
    for place in _CONTENT_PLACES:
        found = place(toks, plan, at, taken_until)
        if found is not None:
            return found
    return None


def _reported_as(toks: list[Tok], plan: SourcePlan, at: Reach, content: Content) -> ReportedAs:
    """How the statement of ``plan`` reports its content, found as ``content`` from ``at``: by the place
    the words were found in, then by the grammar of the words after the cue.  Quoted words are told apart
    later, when the quotations are attached (:mod:`quotecheck.resolve`)."""
    ci = plan.cue_start
    if _negated_saying(toks, ci, at.after):
        return "negated"
    if _reporting_noun(toks, ci, plan.cue_end):
        return "noun_complement"  # a reporting noun and its "that": "her claim that …"
    if content.colon:
        return "colon"
    if content.before or content.bare:
        return "inverted"
    after = at.after
    if after is None or at.leading_as:
        return "clause"  # "As Mr. Bown observed, …": the main clause after the attribution
    first = toks[after]
    if after > 0 and toks[after - 1].text == ":":
        return "colon"
    if first.quote is not None:
        return "quotation"
    if first.low == "that":
        return "clause"
    if first.low == "to":
        return "infinitive"  # "vowed to fight the ruling"
    if plan.lemma in TOPIC_LEMMAS and toks[after - 1].low in ("about", "of"):
        return "topic"  # "complained about the noise": what was spoken about
    end = max((b for _, b in content.spans), default=toks[after].end)
    k = after
    while k < len(toks) and toks[k].start < end:
        k += 1
    return "object" if _plain_object(toks, after, k) else "clause"


def _next_clause(toks: list[Tok], plans: Sequence[SourcePlan], idx: int) -> int:
    """Where the clause of the cue planned at ``plans[idx]`` ends: at the first later cue that opens a
    clause of its own ("…, although he admitted …", "… and said …", "…, according to a source"), else at
    the sentence's end.  Content after the cue stops there."""
    cj = plans[idx].cue_end
    for later in plans[idx + 1 :]:
        ci2, lemma2, s2, inv2 = later.cue_start, later.lemma, later.source_start, later.inverted
        if lemma2 == "according to" and ci2 > cj and toks[ci2 - 1].text == ",":
            return ci2 - 1  # "…, according to a source at the station": the source is a second hop
        if s2 is not None and s2 < ci2 and s2 < cj and ci2 > cj:
            b = _skip_aux_back(toks, ci2)  # the "and" of "… and said"
            while b > cj and toks[b].low in ("and", ","):
                b -= 1
            return b + 1
        if s2 is not None and not inv2 and s2 > cj:
            # ", although he admitted …", "— and she added …": a comma or dash opens the next clause;
            # without one the later cue is inside this content ("said he believes …"): look further
            b = s2
            while b > cj and toks[b - 1].low in CONJUNCTIONS:
                b -= 1
            opener = (
                toks[cj].low in PREPOSITIONS_IN_NP
                and b - cj <= 5
                and all(t.is_word for t in toks[cj : b - 1])
            )  # "He claimed at one point, a supporter asked …": the content's own opening phrase
            if b > cj and toks[b - 1].text in (",", "\N{EM DASH}", ";") and not opener:
                while b > cj and toks[b - 1].text in (",", "\N{EM DASH}", ";"):
                    b -= 1
                return b
            quoted = toks[b - 1].quote is not None if b > cj else False
            if quoted and toks[b - 1].text.rstrip(CLOSING_QUOTES).endswith(","):
                return b  # "… a federal “deportation force,” Will described …": the comma is quoted
    return len(toks)


def _trailing_plan(toks: list[Tok], plans: list[SourcePlan]) -> int | None:
    """The index of a sentence-final "…, the sources said." plan, which owns everything before it."""
    if len(plans) < 2:
        return None
    idx = len(plans) - 1
    last = plans[idx]
    ci, cj, lemma, inverted = last.cue_start, last.cue_end, last.lemma, last.inverted
    phrase_start = last.phrase_start
    src_s, src_e = last.source_start, last.source_end
    if src_s is None or src_e is None or (toks[ci].low.endswith("ing") and lemma != "according to"):
        return None
    if lemma == "according to":
        front = ci  # "…, according to a Military Times survey.": the phrase opens at the cue
    else:
        front = min(src_s, phrase_start if phrase_start is not None else src_s) if not inverted else ci
    quote_front = (
        toks[front - 1].quote is not None and toks[front - 1].text.rstrip(CLOSING_QUOTES).endswith(",")
    )
    if front == 0 or not (toks[front - 1].text in (",", "\N{EM DASH}") or quote_front):
        return None
    if quote_front and any(
        p.verb.group == "speech"
        or any(t.text == ":" or t.quote is not None for t in toks[p.cue_end : p.cue_end + 3])
        for p in plans[:idx]
    ):
        # "McCaskill scolded him: “…,” she said.", "DuVernay said she felt … “…,” she said.": the earlier
        # speech cue has the quotation; only a clause with no speaker of its own goes to the one after it
        return None
    back = max(src_e, cj)
    end = _content_end(toks, back)
    if inverted and back < end and toks[back].text == ",":
        apposition = _np_forward(toks, back + 1, end)  # "…, said Mr. Barrett, the lawyer for the agency."
        if apposition is not None and apposition >= end:
            back = end
    if back < end and not _adverbial_only(toks, back, end):
        return None
    # the earlier cues must all stand before the speaker and have no quotation of their own before them
    if any(p.cue_start >= front for p in plans[:idx]):
        return None
    if lemma == "according to" and any(t.quote is not None for t in toks[:front]):
        return None  # "Trump said “…”, according to a pool report": the quoted words stay his
    return idx


def _has_content(toks: list[Tok], a: int, b: int) -> bool:
    words = sum(1 for t in toks[a:b] if t.is_word or t.quote is not None)
    return words >= 2 or any(t.quote is not None for t in toks[a:b])


def _object_end(toks: list[Tok], a: int, end: int) -> int:
    """Where the one backed or attacked ends, its phrase starting at ``a``: where a clause about them opens
    ("backed Clinton, who …", "preferred Clinton while …") or a participle goes on with the speaker (", noting
    …").  "slams Trump, praises Clinton as …" goes on with a second verb, so a comma alone ends nothing."""
    named = toks[a].cap and not toks[a].low.endswith(POSSESSIVE_ENDS)
    for j in range(a, end):
        nxt = toks[j + 1] if j + 1 < end else None
        opener = named and toks[j].low in CLAUSE_OPENERS
        after_comma = (
            toks[j].text == ","
            and nxt is not None
            and ((named and nxt.low in CLAUSE_OPENERS) or (nxt.low.endswith("ing") and nxt.low in CUE_FORMS))
        )
        if opener or after_comma:
            return j
    return end


def _bare_tail(toks: list[Tok], back: int) -> bool:
    """Whether nothing but stops, or a short phrase of place or time, follows the cue at ``back``: "Trump
    said.", "… shouted to the crowd.", "… said on Friday."."""
    rest = [t for t in toks[back:] if t.text not in END_MARKS]
    if not rest:
        return True
    if len(rest) >= 2 and rest[0].low in WHEN_WORDS and rest[1].low in SUBJECT_PRONOUNS:
        return len(rest) <= 10 and all(t.is_word for t in rest)  # "… said as he launched the process."
    return (
        rest[0].low in PREPOSITIONS_IN_NP
        and len(rest) <= 6
        and all(t.is_word for t in rest)
        and not any(t.low in CUE_FORMS for t in rest[1:])
    )


def _lone_subject(toks: list[Tok], a: int, front: int, back: int) -> bool:
    """ "Voters, he said, are tired": a one-word subject, the cue set off by commas, the predicate after it.

    One word before a parenthetical cue is content only when it is a noun the clause goes on from; "Yes,"
    "Well," or "Still," before "he said," opens the sentence instead.
    """
    words = [t for t in toks[a:front] if t.is_word]
    if len(words) != 1 or toks[front - 1].text != "," or back + 1 >= len(toks) or toks[back].text != ",":
        return False
    w, nxt = words[0], toks[back + 1]
    return (
        w.cap
        and w.low not in LEAD_ADVERBS
        and w.low not in INTERJECTIONS
        and nxt.is_word
        and nxt.low in PREDICATE_OPENERS
    )
