"""Attributed statements found sentence by sentence: the stage that puts the others together.

:func:`find_frames` takes the text, its quote-aware sentences and its quotations, and gives one frozen
:class:`Frame` per statement: a cue (:mod:`quotecheck.cues`), its source (:mod:`quotecheck.subject`, the
phrase classified into a :class:`~quotecheck.speakers.Mention`) and the spans of its content
(:mod:`quotecheck.content`), over the tokens of :mod:`quotecheck.tokens`.  It also gives frames for
sourceless hearsay ("reportedly"); :func:`turn_frames` gives frames for transcript turns ("NAME: words").
Quotations are attached to frames later, by :mod:`quotecheck.attach`.

No regular expression here can backtrack: tokens come from one linear pattern and every frame is matched by
bounded walks over the token list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import attrs

from quotecheck.chain import sentence_hops
from quotecheck.content import Content, _next_clause, _reach, _reported_as, _trailing_plan, _verb_content
from quotecheck.cues import _WORDS_LOWER, _cues, has_trigger
from quotecheck.grammar import _content_end, _hedged_action, _skip_lead, _span, _tok_index_after, _trim_back
from quotecheck.lexicon.cues import CUE_FORMS, CUE_VERBS, HEARSAY_CUES, CueVerb
from quotecheck.lexicon.frames import (
    APPEARANCE,
    HEARSAY_ADVERBS,
    HEARSAY_PARTICIPLES,
    HEARSAY_PASSIVES,
    HEARSAY_WORDS,
    NOT_TURN_SPEAKERS,
    OBJECT_PRONOUNS,
    REASON_WORDS,
    SECTION_HEADS,
    THAT_ONLY,
)
from quotecheck.lexicon.grammar import BE_FORMS, CONJ_ONLY, CONJUNCTIONS, DETERMINERS, SUBJECT_PRONOUNS
from quotecheck.lexicon.organizations import COUNTRIES, ORG_NAMES_FOLDED, US_STATES
from quotecheck.model import Hop, ReportedAs, evolve
from quotecheck.quotes import Quotation
from quotecheck.speakers import (
    Mention,
    anonymity_reason_spans,
    classify_phrase,
    judge,
    name_words,
    not_a_source,
)
from quotecheck.subject import SourcePlan, _source_plan
from quotecheck.tokens import Tok, _stream_windows

__all__ = ["Frame", "find_frames", "read_sentences", "turn_frames"]


def _spans(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    return tuple(spans)


def _quotations(quotes: Iterable[Quotation]) -> tuple[Quotation, ...]:
    return tuple(quotes)


@attrs.frozen
class Frame:
    """A statement before its speaker is resolved: spans are (start, end) pairs of the original text.

    Frames are values: a later stage that attaches quotations or joins two frames makes a new one with
    ``attrs.evolve``.  ``key`` names a frame within one text so that a continuation can point at the
    statement it goes on with (``continues``), whatever new versions of that statement are made after."""

    segments: tuple[tuple[int, int], ...] = attrs.field(converter=_spans)
    source: Mention | None
    cue: tuple[int, int, str] | None  # start, end, lemma
    verb: CueVerb | None
    quotes: tuple[Quotation, ...] = attrs.field(default=(), converter=_quotations)
    sentence: int = 0
    paragraph: int = 0
    colon: bool = False  # "X said:" with nothing after: the next block is X's
    bare: bool = False  # "Trump said." standing alone: the quotation that ends the sentence before is his
    continuation: bool = False
    exact: bool = False  # segments are final: quotations inside do not widen them (transcript turns)
    antecedent: Mention | None = None  # for a relative "who"/"which" source: the phrase it stands for
    continues: int | None = None  # for a continuation: the key of the statement it goes on with
    hearsay: bool = False  # "reportedly", "was believed to", "seems to": no source, by the text's own say
    key: int = -1  # given when quotations are attached (attach), unique within the text
    reported_as: ReportedAs = "clause"  # how the content is reported: the place and grammar it was found by


# A paragraph that opens with a speaker's name and a colon: transcript turns ("WALLACE: Let's start"),
# and headlines that give a source its say ("Poll: Voters Abandon …").  At most four words of name, each
# capitalized; all capitals, or title case.  The name may follow the opening mark of a quoted transcript.
_TURN = re.compile(
    r"[\"\N{LEFT DOUBLE QUOTATION MARK}]?"
    r"((?:[A-Z][\w.'\N{RIGHT SINGLE QUOTATION MARK}\-]*[ \t]){0,3}"
    r"[A-Z][\w.'\N{RIGHT SINGLE QUOTATION MARK}\-]*)"
    r":[ \t]+(?=\S)"
)


def turn_frames(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Frame]:
    """Frames for paragraphs of the form "NAME: what they say"."""
    out: list[Frame] = []
    seen: list[frozenset[str]] = []

    def words_of() -> frozenset[str]:
        if not seen:
            # the words as written, each once: a list of every word first would weigh ten times the text
            seen.append(frozenset(m.group() for m in _WORDS_LOWER.finditer(text)))
        return seen[0]

    labels: list[list[str]] = []

    def labels_of() -> list[str]:
        if not labels:
            found = (_TURN.match(text, ps, pe) for ps, pe in paragraphs)
            labels.append([t.group(1) for t in found if t is not None])
        return labels[0]

    names: list[frozenset[str]] = []

    def names_of() -> frozenset[str]:
        if not names:
            names.append(name_words(text))
        return names[0]

    for pi, (ps, pe) in enumerate(paragraphs):
        m = _TURN.match(text, ps, pe)
        if m is None:
            continue
        name = m.group(1)
        if name.lower() in NOT_TURN_SPEAKERS or (len(name) <= 2 and name not in ("Q", "A")):
            continue
        if not (name.isupper() or all(w[:1].isupper() for w in name.split())):
            continue
        if re.fullmatch(r"\d.*|[AP]\.?M\.?", name):
            continue
        a, b = m.end(), pe
        # a transcript turn inside a quoted block ends before the block's closing mark, if any
        while b > a and text[b - 1] in '"\N{RIGHT DOUBLE QUOTATION MARK} \t.':
            b -= 1
        if b - a < 3:
            continue
        if _heading(text, name, (a, b), labels_of, names_of):
            continue  # "MARKETS: The dollar rose …", "Attendance: 11,482": a heading, not a speaker's turn
        src = classify_phrase(text, m.start(1), m.end(1))
        if name.isupper() and name.casefold() not in ORG_NAMES_FOLDED and _capitals_name(name, words_of):
            # "PENCE: …", "RYAN: …": a transcript's speaker in capitals, not an acronym ("NRA: …")
            spoken = judge(name.title())
            if spoken.kind == "person":
                src = attrs.evolve(src, kind="person", name=spoken.name)
        cue = (m.end(1), m.end(1) + 1, ":")
        out.append(Frame([(a, b)], src, cue, None, paragraph=pi, exact=True, reported_as="turn"))
    return out


# What a label may head that nobody says: a number ("Attendance: 11,482"), a handle, an address, a link.
_NOT_SAID = re.compile(
    r"[@#]\w+|\S+@\S+\.\w+|(?:https?://|www\.)\S+|[$\N{POUND SIGN}\N{EURO SIGN}]?\d[\d.,]*%?"
)


def _heading(
    text: str,
    name: str,
    said: tuple[int, int],
    labels_of: Callable[[], list[str]],
    names_of: Callable[[], frozenset[str]],
) -> bool:
    """Whether the paragraph label ``name`` (heading ``text[said[0]:said[1]]``) is a heading or a line of
    page furniture rather than a speaker's turn (issue 17: a heading is never a speaker).  ``labels_of``
    and ``names_of`` give the text's labels and its words written as names, each read once."""
    if _NOT_SAID.fullmatch(text[said[0] : said[1]].strip()):
        return True  # "Attendance: 11,482", "Twitter: @dmilbank": a figure or an address, nobody's words
    if name in ("Q", "A"):
        return False
    if " ".join(name.split()).casefold() in US_STATES or name.casefold() in COUNTRIES:
        return True  # "Iowa: Tim Albrecht, Brad Anderson, …": a list under a place's heading
    folded = " ".join(name.split()).casefold().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
    if folded in SECTION_HEADS or folded.removeprefix("the ") in SECTION_HEADS:
        # a section head is a heading unless the text is a transcript, whose labels recur as the speakers
        # take turns ("WALLACE:" … "WALLACE:")
        labels = labels_of()
        return not any(n.isupper() and labels.count(n) > 1 for n in labels)
    if " " not in name and not name.isupper() and judge(name).kind == "person":
        # "Contributing:", "Revealed:", "Grandkids:": one capitalized word that the text never writes where
        # only a name would be capitalized is an ordinary word opening a paragraph
        return name not in names_of()
    return False


def _capitals_name(name: str, words_of: Callable[[], frozenset[str]]) -> bool:
    """Whether a transcript label in capitals is a name: longer than an acronym is, or written elsewhere in
    the text in title case ("RYAN:" and "Paul Ryan"); "NRA:" or "ACLU:" is neither.  ``words_of`` gives the
    text's words, read once for all the labels of a transcript."""
    return len(name.replace(" ", "")) > 4 or all(w in words_of() for w in name.title().split())


def find_frames(
    text: str,
    sentences: Sequence[tuple[int, int, int]],
    quotations: Sequence[Quotation],
) -> list[Frame]:
    """Statements of every sentence, quotations attached; ``sentences`` are (start, end, paragraph index)."""
    return read_sentences(text, sentences, quotations)[0]


def read_sentences(
    text: str,
    sentences: Sequence[tuple[int, int, int]],
    quotations: Sequence[Quotation],
) -> tuple[list[Frame], tuple[Hop, ...]]:
    """The frames of :func:`find_frames`, and the hops of the chain of sources the same tokens give
    (:func:`quotecheck.chain.sentence_hops`), in text order: a hop belongs to its sentence, whichever of
    its statements pass through it, and a sentence's hop is often no cue of any frame ("…,” he said,
    according to a pool report": the pool report's own statement is the clause it took)."""
    # quotation pieces by position, for tokenizing each sentence
    pieces: list[tuple[int, int, Quotation]] = sorted(
        (p.start, p.end, q) for q in quotations if q.depth == 0 for p in q.pieces
    )
    frames: list[Frame] = []
    hops: list[Hop] = []
    pk = 0
    for si, (s_start, s_end, par) in enumerate(sentences):
        while pk < len(pieces) and pieces[pk][1] <= s_start:
            pk += 1
        local = []
        k2 = pk
        while k2 < len(pieces) and pieces[k2][0] < s_end:
            if pieces[k2][0] >= s_start and pieces[k2][1] <= s_end:
                local.append(pieces[k2])
            k2 += 1
        if not has_trigger(text, s_start, s_end):
            continue  # no cue, no hearsay word: nothing to find here
        reasons: list[tuple[int, int]] | None = None
        windows = _stream_windows(text, s_start, s_end, local)
        found = (_sources_only(text, window, _window_frames(text, window, s_end, hops)) for window in windows)
        for fr in (f for window_frames in found for f in window_frames):
            if fr.cue is not None and text[fr.cue[0] : fr.cue[1]].lower().split()[0] in REASON_WORDS:
                if reasons is None:
                    reasons = anonymity_reason_spans(text, s_start, s_end)  # only when a cue could be in one
                if any(a <= fr.cue[0] < b for a, b in reasons):
                    continue  # "who did not want to be quoted by name": a reason for anonymity, no statement
            frames.append(evolve(fr, sentence=si, paragraph=par))
    return frames, tuple(hops)


def _window_frames(text: str, window: list[Tok], s_end: int, hops: list[Hop]) -> list[Frame]:
    """The frames of one window of a sentence's tokens, its hops added to ``hops`` as they are read."""
    hops.extend(sentence_hops(text, window, s_end))
    return _sentence_frames(text, window)


def _next_start(window: list[Tok], pos: int) -> int:
    """Where the first token at or after ``pos`` starts (-1 past the window's end)."""
    return next((t.start for t in window if t.start >= pos), -1)


def _quoted_within(window: list[Tok], fr: Frame) -> bool:
    """Whether a quotation token stands in the frame's content."""
    return any(t.quote is not None and any(a <= t.start < b for a, b in fr.segments) for t in window)


# A subordinate clause of time opening what a verb would report: "cheered when …", "groaned after …".
_ADVERBIAL = frozenset("when after before while whenever".split())


def _sources_only(text: str, window: list[Tok], frames: list[Frame], *, inner: bool = False) -> list[Frame]:
    """The window's frames whose sources are sources (issue 17: a speaker is a source or nothing).

    A frame whose source is none (:func:`~quotecheck.speakers.not_a_source`: "Story continues below
    advertisement", "Editor's note: …", "the ad says much about …") gives way to the reports its words
    hold ("Editor's note: … a candidate who has pledged to …").  A frame whose "content" is a clause of
    time around a report of quoted words gives way to that report: in "Fishermen cheered when Ruiz told
    them: “…”" Ruiz speaks, and the fishermen only cheered."""
    out: list[Frame] = []
    for fr in frames:
        if fr.source is None or fr.cue is None or not fr.segments:
            out.append(fr)
            continue
        start, end = min(a for a, _ in fr.segments), max(b for _, b in fr.segments)
        k = next((i for i, t in enumerate(window) if t.start >= start), len(window))
        if not_a_source(text, fr.source, fr.cue[2], (start, end)) is not None:
            if not inner:
                j = next((i for i in range(k, len(window)) if window[i].start >= end), len(window))
                out.extend(_sources_only(text, window[k:j], _sentence_frames(text, window[k:j]), inner=True))
            continue
        if fr.quotes or k + 1 >= len(window) or window[k].low not in _ADVERBIAL:
            out.append(fr)
            continue
        subject = window[k + 1].start
        found = [f for f in _sentence_frames(text, window[k + 1 :]) if f.source is not None]
        first = found[0] if found else None
        if (
            first is not None
            and first.source is not None
            and first.cue is not None
            and first.source.start == subject
            and first.source.kind not in ("unknown", "pronoun")
            and first.cue[0] == _next_start(window, first.source.end)  # "when Ruiz told": its verb is the cue
            and (first.colon or _quoted_within(window, first))  # and the words it reports are quoted
        ):
            out.extend(found)  # the clause's own subject reports: "when Ruiz told them: …"
        else:
            out.append(fr)  # "She said when she arrived the door was open": a report after all
    return out


class _Covered:
    """Which tokens of a sentence are already claimed (content, or a source's description): a mask, so
    asking costs the same however many statements the sentence holds."""

    __slots__ = ("mask",)

    def __init__(self, n: int) -> None:
        self.mask = bytearray(n + 1)

    def add(self, a: int, b: int) -> None:
        if b > a:
            self.mask[a:b] = b"\x01" * (b - a)

    def __contains__(self, i: int) -> bool:
        return 0 <= i < len(self.mask) and self.mask[i] == 1


def _hearsay_frames(toks: list[Tok], covered: _Covered) -> list[Frame]:
    out: list[Frame] = []
    if HEARSAY_WORDS.isdisjoint([t.low for t in toks]):
        return out
    n = len(toks)
    for i, t in enumerate(toks):
        if i in covered:
            continue
        nxt = toks[i + 1].low if i + 1 < n else ""
        hit = (
            t.low in HEARSAY_ADVERBS
            or (t.low in HEARSAY_PARTICIPLES and i and toks[i - 1].low in BE_FORMS and nxt in ("to", "that"))
            or (t.low in HEARSAY_PASSIVES and i and _be_before(toks, i) and nxt in HEARSAY_PASSIVES[t.low])
            or (t.low in APPEARANCE and (nxt == "that" or (nxt == "to" and not _cue_after_to(toks, i + 1))))
        )
        if not hit:
            continue
        # the clause: from a relative pronoun or "that" after a comma, else from the sentence start; for a
        # verb of seeming, from the comma or the conjunction before its subject ("…, though Mr. Sanders
        # appears to have the stronger position")
        a = 0
        for j in range(i - 1, -1, -1):
            if toks[j].text in (",", ";", "\N{EM DASH}"):
                if j + 1 < i and toks[j + 1].low in ("who", "which", "that", "whose"):
                    a = j + 1
                elif t.low in APPEARANCE:
                    a = j + 2 if j + 2 < i and toks[j + 1].low in CONJUNCTIONS else j + 1
                break
        if i >= 2 and toks[i - 2].low == "it" and i + 1 < n and toks[i + 1].low == "that":
            a = i + 1  # "it is understood that …": the content is what follows
        elif i >= 1 and toks[i - 1].low == "it" and t.low in APPEARANCE and nxt == "that":
            a = i + 1  # "it seems that …"
        b = _content_end(toks, i)
        for j in range(i + 1, b):
            if (
                toks[j].text in (",", ";", "\N{EM DASH}")
                and a > 0
                and toks[a].low in ("who", "which", "whose")
            ):
                b = j
                break
        if b > a:
            # the hedge is the statement's cue: "reportedly", "was believed to", "seems to"
            hearsay = HEARSAY_CUES.get(t.low)
            lemma = hearsay.lemma if hearsay is not None else CUE_FORMS.get(t.low, t.low)
            verb = hearsay or CUE_VERBS.get(lemma)
            cue = (t.start, t.end, lemma)
            out.append(Frame([_span(toks, a, b)], None, cue, verb, hearsay=True, reported_as="hearsay"))
            covered.add(a, b)
    return out


def _be_before(toks: list[Tok], i: int) -> bool:
    """A form of "be" right before ``i``, or before an adverb there: "is expected", "is widely seen"."""
    k = i - 1
    if k >= 1 and toks[k].low.endswith("ly"):
        k -= 1
    return k >= 0 and toks[k].low in BE_FORMS


def _relative_report(
    toks: list[Tok], ci: int, cj: int, verb: CueVerb, src_s: int | None, src_e: int | None
) -> bool:
    """Whether the cue at ``ci`` reports a clause inside a subject's relative clause: "Graham, who says
    the United States should send troops, tweeted that …" (but "Two officials, who spoke on condition of
    anonymity, said …" describes the officials)."""
    return (
        src_s is not None
        and src_e == src_s + 1
        and toks[src_s].low == "who"
        and src_s >= 1
        and toks[src_s - 1].text == ","
        and verb.group in ("speech", "belief")
        and cj < len(toks)
        and (toks[cj].low == "that" or toks[cj].low in SUBJECT_PRONOUNS or toks[cj].low in DETERMINERS)
    )


def _cue_after_to(toks: list[Tok], k: int) -> bool:
    """Whether the infinitive after "to" at ``k`` is a reporting verb: in "Christie seemed to acknowledge
    that …" the subject is the source, hedged, and the cue's own frame holds the statement."""
    if k + 1 >= len(toks):
        return False
    lemma = CUE_FORMS.get(toks[k + 1].low)
    # "seems to allow investors to …": a cue form that needs "that" to report anything does not count
    return lemma is not None and lemma not in THAT_ONLY and CUE_VERBS[lemma].group in ("speech", "belief")


# What a content of one word cannot be: a bare object pronoun or a conjunction.
_NOT_CONTENT = OBJECT_PRONOUNS | CONJ_ONLY


def _sentence_frames(text: str, toks: list[Tok]) -> list[Frame]:
    cues = _cues(toks)
    if not cues:
        return _hearsay_frames(toks, _Covered(len(toks)))
    out: list[Frame] = []
    n = len(toks)
    # the clause boundaries: where each cue's source starts, so content after one cue stops before the next
    plans: list[SourcePlan] = []
    for ci, cj, verb, lemma in cues:
        plans.append(_source_plan(toks, ci, cj, verb, lemma, plans))
    covered = _Covered(n)  # tokens of content (or of a source's description) already claimed
    # a cue inside another cue's source phrase belongs to the description, not to a statement:
    # "Two officials, who spoke on condition of anonymity, said …"
    for plan in plans:
        _ci, s_, e_, inv_ = plan.cue_start, plan.source_start, plan.source_end, plan.inverted
        if s_ is not None and e_ is not None:
            # the stretch between a subject and its verb (an apposition), or an inverted source phrase
            if inv_:
                covered.add(s_ + 1, e_)
            elif (
                e_ < _ci
                and toks[e_].text == ","
                and toks[_ci - 1].text == ","
                and not toks[_ci].low.endswith("ing")  # ", noting …": the clause between is its own
            ):
                covered.add(e_, _ci)
    trailing = _trailing_plan(toks, plans)
    taken_until = 0  # tokens before this belong to an earlier frame's clause
    for idx, plan in enumerate(plans):
        ci, cj, verb, lemma = plan.cue_start, plan.cue_end, plan.verb, plan.lemma
        src_s, src_e = plan.source_start, plan.source_end
        if src_s is None or src_e is None or src_e <= src_s:
            continue  # no source phrase found (an empty one is none either)
        if trailing is not None and idx != trailing and ci < (plans[trailing].source_start or 0):
            continue  # "X called for Y, sources said": the sources' statement holds the whole clause
        if ci in covered and not _relative_report(toks, ci, cj, verb, src_s, src_e):
            continue  # attributions do not nest: a cue inside another statement's content is part of it
        if lemma == "according to":
            previous = out[-1] if out else None
            content: Content | None = _according_to_content(toks, ci, src_e, taken_until, previous)
            shape: ReportedAs = "according_to"
        else:
            at = _reach(toks, plan, src_s, src_e, taken_until, _next_clause(toks, plans, idx))
            content = _verb_content(toks, plan, at, taken_until)
            shape = "clause" if content is None else _reported_as(toks, plan, at, content)
        if content is None:
            continue
        # "People who know him say …": a bare object pronoun is the relative clause's object, no content
        segs = [
            s
            for s in content.spans
            if s[1] > s[0] and text[s[0] : s[1]].lower() not in _NOT_CONTENT
        ]
        if not segs and not (content.colon or content.bare):
            continue
        if not plan.inverted and _hedged_action(toks, src_e, ci, cj, segs):
            continue  # "The club has reportedly agreed a fee": the hedge's own statement holds the claim
        for a, b in segs:
            covered.add(_tok_index_after(toks, a), _tok_index_after(toks, b))
        src = classify_phrase(text, toks[src_s].start, toks[src_e - 1].end)
        stands_for = None
        if plan.antecedent is not None:
            a0, a1 = plan.antecedent
            stands_for = classify_phrase(text, toks[a0].start, toks[a1 - 1].end)
        cue = (toks[ci].start, toks[cj - 1].end, lemma)
        fr = Frame(
            segs,
            src,
            cue,
            verb,
            colon=content.colon,
            bare=content.bare,
            antecedent=stands_for,
            reported_as=shape,
        )
        out.append(fr)
        # past this frame's content, and past its cue and source when they follow the content ("“…,” the
        # president will say, according to …": "according to" does not take "the president will say")
        taken_until = max(taken_until, cj if not segs else _tok_index_after(toks, max(e for _, e in segs)))
        if lemma != "according to" and segs and max(e for _, e in segs) <= toks[ci].start:
            taken_until = max(taken_until, cj, src_e)
    for fr in out:
        if fr.cue is not None:
            covered.add(_tok_index_after(toks, fr.cue[0]), _tok_index_after(toks, fr.cue[1]))
    out.extend(_hearsay_frames(toks, covered))
    return out


def _according_to_content(
    toks: list[Tok], ci: int, src_e: int, taken_until: int, previous: Frame | None
) -> Content:
    """The content of the "according to" at ``ci``: what stands before it since the last statement's
    clause ended (``taken_until``), or else the clause after its source; none when it names whom the
    statement before (``previous``) was told to."""
    addressee = (
        previous is not None
        and previous.cue is not None
        and _tok_index_after(toks, previous.cue[1]) == taken_until
        and any(t.cap for t in toks[taken_until:ci])
        and all(t.cap or t.text in (".", ",", "-", "(", ")") for t in toks[taken_until:ci])
    )
    if addressee:
        # "“…,” he told Sen. Jeff Flake, according to officials": the source of the telling
        return Content(())
    if ci > taken_until + 1:
        return Content((_span(toks, _skip_lead(toks, taken_until, ci), _trim_back(toks, ci)),))
    a = src_e
    if a < len(toks) and toks[a].text == ",":
        a += 1
    return Content((_span(toks, a, _content_end(toks, a)),))
