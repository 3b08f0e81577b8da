"""``analyze(text)``: the one-way flow from text to graded statements.

text -> paragraphs -> quotations -> quote-aware sentences -> frames (cue, source, content) -> quotations
attached -> speakers resolved (entities, pronouns) -> :class:`~quotecheck.model.Statement` objects.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Sequence

import attrs
from attrs import field, frozen

from quotecheck.attribution import Frame, find_frames, title_case, turn_frames
from quotecheck.errors import InputError
from quotecheck.grading import grade_all, summarize
from quotecheck.inputs import not_text
from quotecheck.lexicon.anonymous import ANON_HEADS, VAGUE_GROUPS
from quotecheck.lexicon.cues import CUE_FORMS
from quotecheck.lexicon.grammar import (
    CLOSING_QUOTES_WITH_GUILLEMET,
    FIRST_PERSON,
)
from quotecheck.lexicon.mentions import (
    HONORIFICS_LOWER,
    TITLES_LOWER,
)
from quotecheck.lexicon.organizations import COMPANY_NAME_ENDS, ORG_HEADS
from quotecheck.lexicon.people import (
    AUDIENCE_NOUNS,
    FIRST_NAMES,
    KIN_NOUNS,
    ROLE_NOUNS,
    TITLES,
    plural_common_noun,
)
from quotecheck.lexicon.resolution import (
    COUNT_WORDS,
    CROWD_ROLES,
    NAME_STARTS,
    NOT_GIVEN,
    NOT_GIVEN_LEAD,
    NOT_LEDE,
    NOT_SUBJECT_NAMES,
    PAIR_LEADS,
    PLURAL_HEADS,
    UNNAMED,
)
from quotecheck.model import Cue, Span, Speaker, Statement, StatementKind, Summary
from quotecheck.quotes import Quotation, find_quotations
from quotecheck.speakers import (
    POSSESSIVE,
    Mention,
    Registry,
    anonymity_reason,
    classify_phrase,
    judge,
    split_title,
)
from quotecheck.text import merge_inside, paragraphs, phrase_alternation, sentence_spans

__all__ = ["Report", "analyze", "find_statements"]

_WORDS_IN = re.compile(r"\w+")
# Capitalized runs anywhere in the text: candidates for people's full names.
# A word of a name: an honorific or an initial may end in a full stop, any other word may not, so a run never
# crosses a sentence end ("… said Walid Kilani. Kilani said …").
_NAME_WORD = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr)\.|[A-Z]\."
    r"|[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}\-]*)"
)
_NAME_RUN = re.compile(r"\b" + _NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){1,6}")
# A pull quote signed on its last line, inside the marks: "…tax cuts.\nDean Baker, Center for Economic and
# Policy Research."  The line is a name of two to four capitalized words, perhaps with a short affiliation.
_SIGNATURE = (
    r"[^\S\n]*\n[^\S\n]*"
    r"((?:[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*[^\S\n]+){1,3}"
    r"[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*"
    r"(?:,[^\S\n]+[^\n,.]{2,80})?)"
    r"\.?[^\S\n]*[\"\N{RIGHT DOUBLE QUOTATION MARK}]"
)
_SIGNED_LINE = re.compile(_SIGNATURE + r"\Z")  # matched at a closed quotation's last line
_SIGNED_NEXT = re.compile(_SIGNATURE + r"[^\S\n]*(?=\n|\Z)")  # matched where an open one's line ends
# A digest's label before a quotation: a dash or an outlet's possessive, names, a colon.
_LABEL_WORD = r"[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*"
_LABEL_NAME = rf"(?:{_LABEL_WORD}\.?[^\S\n]+){{0,3}}{_LABEL_WORD}"
_LABEL_SOURCE = re.compile(
    r"(?:[\N{EM DASH}\N{EN DASH}-][^\S\n]+|['\N{RIGHT SINGLE QUOTATION MARK}]s[^\S\n]+)"
    rf"({_LABEL_NAME}(?:[^\S\n]+and[^\S\n]+{_LABEL_NAME})?):[^\S\n]*$"
)
_DASH_SOURCE = re.compile(
    # on the quotation's line, or opening the next paragraph ("“…”\n\n-President Obama, tweeting")
    r"(?:[^\S\n]*|[^\S\n]*\n\s*(?=[\N{HORIZONTAL BAR}\N{EM DASH}\N{EN DASH}-]))"
    r"[\N{HORIZONTAL BAR}\N{EM DASH}\N{EN DASH}-]{1,2}[^\S\n]*"
    r"([A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*"
    r"(?:[^\S\n]+[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}.-]*){0,4})"
)


@frozen
class Report:
    """Everything quotecheck found in one text: its graded statements, in order of their content, and the
    article summary an editor asks for (statements per level, the share resting on anonymous or no sources,
    the named sources, quotes with no speaker, hedges)."""

    text: str = field(repr=False)
    statements: tuple[Statement, ...]
    summary: Summary

    def to_json(self, *, summary: bool = False) -> dict[str, object]:
        out: dict[str, object] = {"statements": [s.to_json() for s in self.statements]}
        if summary:
            out["summary"] = self.summary.to_json()
        return out

    def to_dict(self) -> dict[str, object]:
        """The statements and the summary in JSON-ready form: ``json.dumps(report.to_dict())``.

        The text is left out; every offset in it refers to ``report.text``.
        """
        return self.to_json(summary=True)


def analyze(text: str) -> Report:
    """Find every attributed statement in ``text``.

    >>> report = analyze("“We are ready,” Spokesman Walid Kilani said. Mr Kilani added that talks go on.")
    >>> [(s.kind, s.speaker.name) for s in report.statements]
    [('direct', 'Walid Kilani'), ('indirect', 'Walid Kilani')]
    """
    if not isinstance(text, str):
        raise InputError(not_text("analyze()", text))
    statements = grade_all(find_statements(text), text)
    return Report(text, statements, summarize(statements))


def find_statements(text: str) -> tuple[Statement, ...]:
    """The statements of ``text`` with their speakers resolved, not yet graded (``strength`` is None): what
    :func:`analyze` grades.  Matching quotations across a corpus needs no grade, and grading is about a
    fifth of the time.

    >>> [(s.speaker.name, s.strength) for s in find_statements("“We are ready,” Mr Walid Kilani said.")]
    [('Walid Kilani', None)]
    """
    pars = paragraphs(text)
    quotations = find_quotations(text, pars)
    sentences = quote_aware_sentences(text, pars, quotations)
    frames = find_frames(text, sentences, quotations)
    frames = _add_turns(frames, turn_frames(text, pars), sentences)
    frames = _attach_quotations(text, frames, quotations, sentences)
    return tuple(_resolve(text, frames, sentences))


def quote_aware_sentences(
    text: str, pars: Sequence[tuple[int, int]], quotations: Sequence[Quotation]
) -> list[tuple[int, int, int]]:
    """Sentences as (start, end, paragraph index): Punkt's, never split inside a quotation, with speaker
    tags joined to the quotation before them."""
    inside = sorted((p.start, p.end) for q in quotations if q.depth == 0 for p in q.inner if p.end > p.start)
    inside_starts = [a for a, _ in inside]
    sentences: list[tuple[int, int, int]] = []
    for pi, (ps, pe) in enumerate(pars):
        # only this paragraph's quotations: each paragraph looks at its own, so the whole is linear
        local = inside[bisect_left(inside_starts, ps) : bisect_left(inside_starts, pe)]
        for s, e in _join_tags(text, merge_inside(sentence_spans(text, ps, pe), local)):
            sentences.append((s, e, pi))
    return sentences


_TAG_WORD = re.compile(r"[\w\N{RIGHT SINGLE QUOTATION MARK}'.-]+|[,;:]")


def _join_tags(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a speaker tag to the quotation before it: ``“Why now?” he asked.`` is one sentence.

    Punkt ends a sentence at ``?”`` or ``!”``; when what follows starts in lower case, or is a short tag
    with a cue verb ("Trump said, looking out …"), it belongs to the quotation.
    """
    out: list[tuple[int, int]] = []
    for s, e in sentences:
        if out and (
            (
                text[out[-1][1] - 1] in CLOSING_QUOTES_WITH_GUILLEMET
                and _is_tag(text, s, e)
                and not _full_stop(text, out[-1][1])
            )
            # "Robert Menendez (D-N.J.) all suggested": an abbreviation's stop, not a sentence's end
            or (text[out[-1][1] - 1] in ".)" and text[s].islower())
            # "Rep. G.K. Butterfield (D-N.C.), head of …": no sentence opens with a closing mark
            or text[s] in "),;:"
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _full_stop(text: str, end: int) -> bool:
    """Whether the sentence ending at ``end`` closes its quotation after a full stop (“… delay.”): then a
    capitalized sentence after it is a new one ("Clinton plans to visit …"), not a speaker tag."""
    k = end - 1
    while k > 0 and text[k] in CLOSING_QUOTES_WITH_GUILLEMET:
        k -= 1
    return text[k] == "."


def _is_tag(text: str, s: int, e: int) -> bool:
    if text[s].islower():
        return True
    words = _TAG_WORD.findall(text, s, min(e, s + 200))
    head: list[str] = []
    for w in words:
        if w in (",", ";", ":"):
            break
        head.append(w.lower().rstrip("."))
    if len(head) > 8 or "that" in head:
        return False
    return any(CUE_FORMS.get(w) is not None for w in head[1:6])


def _add_turns(
    frames: list[Frame], turns: list[Frame], sentences: Sequence[tuple[int, int, int]]
) -> list[Frame]:
    """Transcript turns ("PENCE: Well, look, …") and "Source: headline" paragraphs.

    A transcript turn (the name in capitals) is its speaker's, whatever cues its words hold: statements
    found inside it are part of it (attributions do not nest).  A title-case "Source:" paragraph is taken
    only where no cue of the text already speaks.
    """
    if not turns:
        return frames
    transcript = [t for t in turns if t.source is not None and t.source.text.isupper()]
    spans = sorted(t.segments[0] for t in transcript)
    span_starts = [a for a, _ in spans]

    def inside_turn(fr: Frame) -> bool:
        at = _anchor(fr)
        k = bisect_right(span_starts, at) - 1
        return k >= 0 and spans[k][0] <= at < spans[k][1]

    out = [fr for fr in frames if not inside_turn(fr)] if spans else list(frames)
    taken = sorted(seg for fr in out for seg in fr.segments)
    starts = [a for a, _ in taken]
    # the furthest end among the segments starting before each point: a turn (a, b) overlaps a segment
    # exactly when some segment starting before b ends after a
    reach_end: list[int] = []
    furthest = -1
    for _, e in taken:
        furthest = max(furthest, e)
        reach_end.append(furthest)
    for t in turns:
        a, b = t.segments[0]
        hi = bisect_left(starts, b)
        if hi and reach_end[hi - 1] > a:
            continue
        out.append(attrs.evolve(t, sentence=_sentence_of(sentences, a)))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _anchor(fr: Frame) -> int:
    return fr.cue[0] if fr.cue is not None else (fr.segments[0][0] if fr.segments else 0)


def _sentence_of(sentences: Sequence[tuple[int, int, int]], pos: int) -> int:
    lo, hi = 0, len(sentences) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sentences[mid][0] <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _attach_quotations(
    text: str, frames: list[Frame], quotations: Sequence[Quotation], sentences: Sequence[tuple[int, int, int]]
) -> list[Frame]:
    tops = [q for q in quotations if q.depth == 0]
    # quotations inside a frame's content belong to it: top-level pieces are disjoint and sorted, so each
    # segment finds its pieces by bisection, not by a scan of every quotation
    pieces = sorted((p.start, p.end, qi) for qi, q in enumerate(tops) for p in q.pieces)
    piece_ends = [e for _, e, _ in pieces]
    claimed: set[int] = set()
    # every frame, by its key: a later rule that gives a frame more words replaces it here with a new value
    out: list[Frame] = []
    for key, fr in enumerate(frames):
        mine: list[int] = []
        for a, b in fr.segments:
            k = bisect_right(piece_ends, a)
            while k < len(pieces) and pieces[k][0] < b:
                qi = pieces[k][2]
                if qi not in mine:
                    mine.append(qi)
                k += 1
        claimed.update(mine)
        out.append(attrs.evolve(fr, quotes=(*fr.quotes, *(tops[qi] for qi in sorted(mine))), key=key))
    frames_by_sentence: dict[int, list[Frame]] = {}
    for fr in out:
        frames_by_sentence.setdefault(fr.sentence, []).append(fr)
    first_of: dict[int, int] = {}  # paragraph -> its first sentence
    for si_, (_, _, par_) in enumerate(sentences):
        first_of.setdefault(par_, si_)
    bare = {fr.sentence: fr.key for fr in out if fr.bare and not fr.segments}
    # the statement before each quotation, by where each frame is anchored: its cue, or for frames with
    # no cue (signed quotations) its content; hearsay ("reportedly") is no statement a quotation goes on with
    ordered = sorted(range(len(out)), key=lambda key: _anchor(out[key]))
    fk = 0
    last: int | None = None  # the key of the latest statement with a cue before this quotation
    quoted: int | None = None  # the key of the latest such statement that quotes
    sentence_word_counts: dict[int, int] = {}  # counted once per sentence, however many quotations it has
    for qi, q in enumerate(tops):
        while fk < len(ordered) and _anchor(out[ordered[fk]]) < q.start:
            if out[ordered[fk]].cue is not None and not out[ordered[fk]].hearsay:
                last = ordered[fk]
                if out[last].quotes:
                    quoted = last
            fk += 1
        if qi in claimed:
            continue
        si = _sentence_of(sentences, q.start)
        s_start, s_end, par = sentences[si]
        words = len(_WORDS_IN.findall(q.words))
        own = frames_by_sentence.get(si, [])
        if si not in sentence_word_counts:
            sentence_word_counts[si] = len(_WORDS_IN.findall(text[s_start:s_end]))
        sentence_words = sentence_word_counts[si]
        after_colon = text[max(0, q.start - 3) : q.start].rstrip().endswith(":")
        titled = _title_cased(q.words) and not after_colon
        if q.closed and words < sentence_words - 2 and (words <= 4 or titled):
            # a scare quote or a title ("This Week With George Stephanopoulos"), inside a sentence of the
            # reporter's own
            continue
        segs = [(p.start, p.end) for p in q.inner]
        signature = _signature(text, q)
        if signature is not None:
            # a pull quote signed on its last line: the words before the signature are the signer's
            words_end, name_start, name_end = signature
            src = classify_phrase(text, name_start, name_end)
            if src.kind == "person":
                segs = [(a, min(b, words_end)) for a, b in segs if a < words_end]
                out.append(Frame(segs, src, None, None, [q], si, par, exact=True, key=len(out)))
                continue
        lead = _headline_speaker(text, s_start, q.start) if par == 0 else None
        if lead is not None:
            # "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be …’": the headline's subject says it
            out.append(Frame(segs, lead, None, None, [q], si, par, key=len(out)))
            continue
        label = _LABEL_SOURCE.search(text, max(0, q.start - 90), q.start)
        if label is not None:
            # "TOO EARLY - Mark Blumenthal and Jon Cohen: “…”", "by Variety's Gordon Cox: "…"": a
            # digest names whose words it quotes before a colon
            src = classify_phrase(text, label.start(1), label.end(1))
            if src.kind in ("person", "organization"):
                out.append(Frame(segs, src, None, None, [q], si, par, key=len(out)))
                continue
        dash = _DASH_SOURCE.match(text, q.end)
        if dash is not None:
            # “…” ― Steve Quinlan: a reader's or a source's signed quotation
            src = classify_phrase(text, dash.start(1), dash.end(1))
            out.append(Frame(segs, src, None, None, [q], si, par, key=len(out)))
            continue
        mostly_quote = words >= 0.6 * sentence_words
        tail_key = bare.get(_sentence_of(sentences, q.end - 1) + 1) if bare else None
        tail = out[tail_key] if tail_key is not None else None
        if (
            tail is not None
            and tail.paragraph == par
            and not tail.segments
            and mostly_quote
            and not text[q.end : sentences[tail.sentence][0]].strip(" .!?")
        ):
            # "“… missing.” Trump said.": the sentence of attribution alone is the quotation's
            out[tail.key] = attrs.evolve(tail, segments=segs, quotes=(*tail.quotes, q))
            claimed.add(qi)
            continue
        said = out[last] if last is not None else None
        if said is not None and said.colon and not said.segments and said.paragraph in (par, par - 1):
            out[said.key] = attrs.evolve(said, segments=segs, quotes=(*said.quotes, q), colon=False)
            continue
        if (
            said is not None
            and said.quotes
            and said.sentence == si
            and said.cue is not None
            and ":" not in text[said.cue[1] : q.start]  # "…, before repeating in English: “…”" opens anew
        ):
            # “…,” Trump said, adding later, “…”: a later quotation of the same sentence is the same statement
            out[said.key] = _extended(said, segs, q)
            continue
        if not own and mostly_quote and quoted is not None and out[quoted].paragraph == par:
            # “A,” he said. (a sentence of narration) “B.”: B goes on with the last quoted statement
            out[quoted] = _extended(out[quoted], segs, q)
            continue
        if (
            not own
            and mostly_quote
            and said is not None
            and said.paragraph == par
            and said.sentence == si - 1
        ):
            # "…, Schiff said. “The other factor …”": a quotation right after a paraphrase is its speaker's
            out[said.key] = _extended(said, segs, q)
            quoted = last
            continue
        # a quotation that opens the paragraph after a quoted statement, or after a paraphrase ("Schiff said
        # the panel would meet again.\n\n“The other factor …”"), goes on with that statement's speaker
        # "Transcript as follows:" standing alone between them does not break the speaker's turn
        before = par - 2 if _header_before(text, sentences, si, first_of) else par - 1
        prior = next(
            (
                out[f]
                for f in (quoted, last)
                if f is not None and out[f].paragraph == before and out[f].source is not None
            ),
            None,
        )
        if prior is not None and not own and mostly_quote and q.start == sentences[si][0]:
            quoted = len(out)
            out.append(
                Frame(
                    segs,
                    prior.source,
                    None,
                    None,
                    [q],
                    si,
                    par,
                    continuation=True,
                    continues=prior.key,
                    key=quoted,
                )
            )
            continue
        out.append(Frame(segs, None, None, None, [q], si, par, key=len(out)))
    return _join_back([f for f in out if f.segments], text)


def _extended(fr: Frame, segments: Sequence[tuple[int, int]], quotation: Quotation) -> Frame:
    """``fr`` going on with one more quotation: its words and the quotation added."""
    return attrs.evolve(fr, segments=(*fr.segments, *segments), quotes=(*fr.quotes, quotation))


def _title_cased(words: str) -> bool:
    """Whether quoted words read as a title (``title_case``) of at most eight words with no sentence in or
    ending them ("This Week With George Stephanopoulos", not "You Should Be Criminally Investigated.")."""
    stripped = words.rstrip(" ,'\"\N{RIGHT SINGLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}")
    if stripped.endswith((".", "!", "?")):
        return False  # "Hammers Bank CEO: ‘You Should Be Criminally Investigated.’": a headline's quotation
    return len(words.split()) <= 8 and _SENTENCE_INSIDE.search(words) is None and title_case(words)


_SENTENCE_INSIDE = re.compile(r"[.!?]\s")


def _headline_speaker(text: str, start: int, quote_start: int) -> Mention | None:
    """The person a headline opens with when it ends in a quotation after a colon: "Elizabeth Warren
    Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’"; None otherwise."""
    head = text[start:quote_start]
    if not head.rstrip().endswith(":") or len(head) > 120:
        return None
    m = _LEADING_NAME.match(head)
    if m is None:
        return None
    words = m.group(1).split()
    # "John F. Kennedy" runs to three words; otherwise a name is two, and the third is the verb ("Hammers")
    end = m.end(1) if len(words) == 3 and words[1].endswith(".") else m.start(1) + len(" ".join(words[:2]))
    verb = head[end:].split()[:1]
    if not verb or not _headline_verb(verb[0]):
        return None  # "Bernie Sanders Supporters Boo …", "Donald Trump Rally Crowd …": the name modifies
    mention = classify_phrase(text, start + m.start(1), start + end)
    return mention if mention.kind == "person" and mention.name and " " in mention.name else None


def _headline_verb(word: str) -> bool:
    """Whether a capitalized headline word after a name reads as its verb ("Hammers", "Slams", "Tells"),
    not as a plural noun the name modifies ("Supporters", "Aides")."""
    low = word.lower()
    if not low.endswith("s") or low.endswith("ss") or low in VAGUE_GROUPS or low in AUDIENCE_NOUNS:
        return False
    return low[:-1] not in ROLE_NOUNS and low[:-2] not in ROLE_NOUNS


# Two or three capitalized words that open a headline: the name of its subject.
_NAME_PART = r"[A-Z][a-z'\N{RIGHT SINGLE QUOTATION MARK}.-]*"
_LEADING_NAME = re.compile(r"\s*((?:" + _NAME_PART + r"\s){1,2}" + _NAME_PART + r")\s")


def _signature(text: str, q: Quotation) -> tuple[int, int, int] | None:
    """Where the words of a signed pull quote end and its signer's name starts and ends, or None.

    The signature is the quotation's last line, inside the closing mark ("…tax cuts.\nDean Baker, Center
    for Economic and Policy Research."); when single line breaks divide paragraphs, the quotation runs
    open to its line's end and the signature is the next line.
    """
    if q.closed:
        last = q.text.rfind("\n")
        if last <= 0:
            return None
        # only the last line can sign: match there once (a search would rescan every run of blanks)
        lead = last
        while lead > 0 and q.text[lead - 1] in " \t":
            lead -= 1
        m = _SIGNED_LINE.match(q.text, lead)
        if m is None or m.start() == 0:
            return None
        words_end, name_start, name_end = q.start + m.start(), q.start + m.start(1), q.start + m.end(1)
    else:
        m = _SIGNED_NEXT.match(text, q.end)
        if m is None:
            return None
        words_end, name_start, name_end = q.end, m.start(1), m.end(1)
    if text[name_end - 1] == ".":
        name_end -= 1
    return words_end, name_start, name_end


def _header_before(
    text: str, sentences: Sequence[tuple[int, int, int]], si: int, first_of: dict[int, int]
) -> bool:
    """Whether the paragraph before sentence ``si``'s is a short header that announces a transcript or a
    text ("Transcript as follows:", "Full remarks:"), so the quotation after it goes on with the speaker
    quoted before the header.  ``first_of`` maps a paragraph to its first sentence (looked up, not walked
    back to: a paragraph of thousands of sentences costs one step)."""
    par = sentences[si][2]
    k = first_of.get(par, si) - 1
    if k < 0 or (k > 0 and sentences[k - 1][2] == sentences[k][2]):
        return False  # no paragraph before, or one of more than a sentence
    header = text[sentences[k][0] : sentences[k][1]].strip()
    return len(header) <= 60 and header.endswith(":") and bool(_HEADER_WORDS.search(header))


_HEADER_WORDS = re.compile(r"(?i)\b(?:transcript|as follows|remarks|full text|statement|excerpts?)\b")


def _join_back(frames: list[Frame], text: str) -> list[Frame]:
    """A quotation paragraph with no speaker, followed by a paragraph that opens with a quotation and names
    its speaker (“A.” / “B,” Warren said.), is the start of that speaker's quoted block."""
    frames = sorted(frames, key=_anchor)
    out: list[Frame] = []
    for fr in frames:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.source is None
            and (prev.cue is None or prev.hearsay)
            and prev.quotes
            and fr.cue is not None
            and fr.source is not None
            and fr.quotes
            and fr.paragraph == prev.paragraph + 1
            and fr.quotes[0].pieces[0].start <= min(s for s, _ in fr.segments)
            and _starts_paragraph(text, fr.quotes[0].pieces[0].start)
        ):
            out[-1] = attrs.evolve(fr, segments=prev.segments + fr.segments, quotes=prev.quotes + fr.quotes)
            continue
        out.append(fr)
    return out


def _starts_paragraph(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    return k < 0 or text[k] == "\n"


def _register_names(text: str, reg: Registry) -> None:
    """Every full name in the text joins its entity, so "Mr Kilani" can take the name "Walid Kilani"."""
    kin: list[re.Match[str]] = []  # runs with no known given name: family of someone named, perhaps
    for m in _NAME_RUN.finditer(text):  # read as found: a list of every run would cost more than the text
        words = m.group().split()
        if NAME_STARTS.isdisjoint(w.rstrip(".").lower() for w in words):
            kin.append(m)
            continue  # no given name and no honorific: not a person's full name (a cheap pre-check)
        titles, names, gender = split_title(words)
        if len(names) < 2:
            if (
                len(names) == 1
                and gender in ("m", "f")
                and titles[-1].rstrip(".").lower() in HONORIFICS_LOWER
                and split_title([names[0], "X"])[0] == []  # "Mr. President" is a title, not a name
                and (name := POSSESSIVE.sub("", names[0])).isalpha()
            ):
                # "Mr. Ban", "Ms. Tanden's": a person by the honorific, even when the full name ("Ban
                # Ki-moon") gave no given name the lists know
                end = m.end() - len(names[0]) + len(name)
                reg.add(Mention(m.start(), end, text[m.start() : end], "person", name, gender))
            continue
        first = names[0].rstrip(".").lower()
        # "Manhattan Supreme Court Justice Frank Nervo": a title inside the run, the given name after it
        titled = any(w.rstrip(".").lower() in FIRST_NAMES for w in names[1:-1])
        # "Homeland Security Secretary Jeh Johnson": a title right before two names vouches for a person
        titled = titled or (
            len(names) == 2 and bool(titles) and titles[-1].rstrip(".").lower() in TITLES_LOWER
        )
        if first in FIRST_NAMES or first in HONORIFICS_LOWER or gender != "x" or titled:
            judged = judge(m.group())
            if judged.kind == "person" and judged.name and len(judged.name.split()) >= 2:
                # an entity for the name (the registry keeps Donald and Melania Trump apart), and an
                # antecedent pronouns may stand for
                reg.add(classify_phrase(text, m.start(), m.end()))
        else:
            kin.append(m)
    for m in kin:
        words = m.group().split()
        company = words[-1].lower() in COMPANY_NAME_ENDS and words[0].lower() not in NOT_GIVEN
        if company and len(words) in (2, 3):
            reg.short_orgs.setdefault(words[0], m.group())  # "Peabody Energy": "Peabody" is the company
    for m in kin:
        # "Rakeyia Scott" in a story about Keith Lamont Scott: an unlisted given name before a surname the
        # story gave a person is that person's relative, a person too
        words = m.group().split()
        if (
            len(words) == 2
            and words[0].isalpha()
            and words[0].lower() not in NOT_GIVEN
            and (
                reg.people.get(words[1].lower())
                or (words[0].lower() not in NOT_GIVEN_LEAD and _described_as_person(text, m.end()))
            )
            and judge(m.group()).kind == "person"
        ):
            # "Angelique Brunner, a Washington-based developer and spokeswoman": an unlisted given name,
            # but the apposition says a person
            reg.add(classify_phrase(text, m.start(), m.end()))
    # later references by surname ("… Clinton …") are antecedents too, once the full name is known: each
    # stands for the person of that name named most recently before it
    written = {
        w: ent for ents in reg.people.values() for ent in ents if (w := _written_surname(ent.canonical))
    }
    if written:
        hits: list[Mention] = []
        for start, end, name in _surname_hits(text, written):
            ent = reg.person(name, start)
            if ent is not None:
                hits.append(Mention(start, end, name, "person", ent.canonical, ent.gender, entity=ent))
        reg.remember(hits)


# More surnames than this in one text are looked up word by word: one pattern of them all would make the
# engine try every name at every position (thousands of names in a long text: the square of its size).
_FEW_SURNAMES = 40
_PLAIN_WORD = re.compile(r"\w+")
_MARKED_WORD = re.compile(r"\w+(?:[-'\N{RIGHT SINGLE QUOTATION MARK}]\w+)+")


def _surname_hits(text: str, written: Collection[str]) -> list[tuple[int, int, str]]:
    """Where the text writes one of ``written``'s surnames as a word of its own, in text order."""
    if len(written) <= _FEW_SURNAMES:
        # one pattern of this article's surnames: the engine scans, Python sees only the hits
        pattern = re.compile(r"\b" + phrase_alternation(written) + r"\b")
        return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    plain = {w for w in written if _PLAIN_WORD.fullmatch(w)}
    marked = {w for w in written if w not in plain}  # "O'Rourke", "Ocasio-Cortez"
    found: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    if marked:
        for m in _MARKED_WORD.finditer(text):
            word = m.group()
            for cut in (word, POSSESSIVE.sub("", word)):
                if cut in marked:
                    found.append((m.start(), m.start() + len(cut), cut))
                    taken.update(range(m.start(), m.start() + len(cut)))
                    break
    for m in _PLAIN_WORD.finditer(text):
        if m.group() in plain and m.start() not in taken:
            found.append((m.start(), m.end(), m.group()))
    found.sort()
    return found


def _described_as_person(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by an apposition that makes its bearer a person:
    ", a Washington-based developer", ", the group's spokeswoman"."""
    m = _APPOSED_ROLE.match(text, end)
    return m is not None and any(w.lower() in ROLE_NOUNS for w in _WORDS_IN.findall(m.group(1)))


# A short apposition after a name, up to its first comma or stop.
_APPOSED_ROLE = re.compile(
    r",[ \t]+(?:a|an|the|[A-Z][\w'\N{RIGHT SINGLE QUOTATION MARK}]*s)[ \t]+([^,.;:\n]{1,60})"
)


def _written_surname(name: str) -> str:
    parts = [p for p in name.split() if p.rstrip(".").lower() not in ("jr", "sr", "ii", "iii", "iv")]
    return parts[-1].rstrip(".") if len(parts) >= 2 else ""


def _resolve(text: str, frames: list[Frame], sentences: Sequence[tuple[int, int, int]]) -> list[Statement]:
    reg = Registry()
    reg.text = text
    reg.sentence_starts = [a for a, _, _ in sentences]
    reg.quoted = sorted({(p.start, p.end) for fr in frames for q in fr.quotes for p in q.inner})
    _register_names(text, reg)
    frames = sorted(frames, key=_anchor)
    # in a question-and-answer interview the answers ("A: …") are the interviewee's, whom the
    # introduction names first
    interviewee = next((m for m in reg.history if m.kind == "person" and m.entity is not None), None)
    paragraph_spans: dict[int, tuple[int, int]] = {}
    for a, b, par in sentences:
        lo, hi = paragraph_spans.get(par, (a, b))
        paragraph_spans[par] = (min(lo, a), max(hi, b))
    resolved: list[tuple[Frame, Mention | None, Mention | None]] = []
    settled: dict[int, tuple[Mention | None, Mention | None]] = {}  # frame key -> its (source, antecedent)
    people_in: dict[int, list[Mention]] = {}  # sentence index -> the people it names (unclaimed quotations)
    for fr in frames:
        src = fr.source
        if fr.continues is not None and fr.continues in settled:
            # a continuation speaks with the voice of the statement it goes on with, as resolved there
            src, ante0 = settled[fr.continues]
            resolved.append((fr, src, ante0))
            settled[fr.key] = (src, ante0)
            continue
        if src is None and fr.quotes and not fr.continuation and not fr.hearsay:
            introduced = _introduced(fr, reg, paragraph_spans)
            if introduced is not None:
                # "Maria Lopez has lived on the street for 20 years.\n\n“We are scared.”": a quotation
                # that stands alone after a paragraph about one named person is that person's
                resolved.append((fr, introduced, None))
                continue
            holder = _sentence_holder(text, fr, reg, sentences, people_in)
            if holder is not None:
                # "Rush Limbaugh, for one, called them ''liberal Democrat lingo.''", "Trump leaned in and
                # boomed: “…”": no cue the rules know, but the sentence names one person: the words are theirs
                resolved.append((fr, holder, None))
                continue
        if fr.continuation or src is None:
            resolved.append((fr, src, None))
            continue
        ante: Mention | None = None
        if fr.cue is not None and fr.cue[2] == ":" and src.text.rstrip(".") == "A":
            ante = interviewee
        elif fr.antecedent is not None:
            # "X, who said …": the relative pronoun stands for the phrase before it
            ante = fr.antecedent
            if ante.kind == "unknown" and src.text.lower() == "who":
                # "an architect who said …": whatever the noun, "who" makes it a person; "those who believe
                # …": people, not "she"
                plural = ante.text.lower() in PLURAL_HEADS
                ante = attrs.evolve(
                    ante, kind="role", plural=plural or ante.plural, gender="p" if plural else ante.gender
                )
            named = _apposed_to(text, reg, ante) if ante.kind == "role" else None
            if named is not None:
                ante = named  # "Ronald R. Fieldstone, a Miami lawyer who has been …": the lawyer is him
            elif ante.kind == "pronoun":
                ante = reg.resolve(ante, ante.start)
            elif ante.kind != "unknown":
                ante = reg.add(ante)
        elif src.kind == "pronoun" and src.text.lower() not in FIRST_PERSON:
            # outside quotation marks "I" and "we" are the writer's: no one else to resolve them to
            ante = reg.resolve(src, src.start)
            if src.plural and src.text.lower() == "they":
                # "Senators Grassley and Leahy … sent a letter. “…,” they wrote.": the pair named last
                pair = _coordinated_pair(text, reg, src.start, paragraph_spans, fr.paragraph)
                if pair is not None and (ante is None or ante.start < pair.start):
                    ante = pair
        elif _SAID_WORDS.fullmatch(src.text):
            # "The remarks suggest …", "His comments show …": the words of the person last named
            ante = reg.resolve(Mention(src.start, src.end, src.text, "pronoun", gender="x"), src.start)
            if ante is not None and ante.kind != "person":
                ante = None
        elif (named := _named_next(text, fr, src, reg, sentences)) is not None:
            ante = named
            src = reg.add(src)
        elif (both := _named_pair(text, src, reg, paragraph_spans, fr.paragraph)) is not None:
            ante = both
            src = reg.add(src)
        elif (group := _counted_named(src, reg, paragraph_spans, fr.paragraph)) is not None:
            # "Trump questioned Cruz's eligibility … The two men spent months lobbing insults": the people
            # named just before, counted back
            ante = group
            src = reg.add(src)
        elif (described := _described_before(text, src, reg)) is not None:
            # "British diplomat Sir Peter Westmacott … The diplomat also mused about …": the person the story
            # gave that description to
            ante = described
            src = attrs.evolve(
                src, entity=ante.entity, name=ante.entity.canonical if ante.entity else ante.name
            )
            src = reg.add(src)
        elif (
            src.kind == "role"
            and src.text[:4].lower() == "the "
            and not src.plural  # "the protesters chanted": a crowd, not the person named before
            and not src.reason  # "the woman, who asked not to be named": kept unnamed on purpose
            and not anonymity_reason(text, src.end, _source_clause_end(fr, src, sentences))
            and not _kin(src.text)
            and src.text.lower().split()[-1] not in CROWD_ROLES
        ):
            # "the spokesman": the person named nearest before; "the wife of …" is someone else; "the
            # two-term president" is the person the story titled President, if there is one
            ante = _titled(reg, src) or reg.resolve(
                Mention(src.start, src.end, src.text, "pronoun", gender="x"), src.start
            )
            if ante is not None and ante.kind != "person":
                ante = None
            if ante is not None and ante.entity is not None:
                # "he" after it is that person too
                src = attrs.evolve(src, entity=ante.entity, name=ante.entity.canonical)
            src = reg.add(src)
        else:
            if src.kind in ("role", "anonymous") and not src.reason:
                # "two officials, who spoke on condition of anonymity because …, said": the clause after
                # the source gives the reason
                src = attrs.evolve(
                    src, reason=anonymity_reason(text, src.end, _source_clause_end(fr, src, sentences))
                )
            if (
                src.kind == "organization"
                and src.name
                and " " not in src.name
                and src.name[:1].isupper()
                and reg.person(src.name, src.start) is not None
            ):
                # "Rep. Jim Jordan … Jordan said": a surname the story gave a person, not the country
                src = attrs.evolve(src, kind="person")
            elif (
                src.kind == "person"
                and src.name in reg.short_orgs
                and src.text == src.name
                and reg.person(src.name, src.start) is None
            ):
                # "Peabody Energy … Peabody said": the company's short name, not a person's surname
                src = attrs.evolve(src, kind="organization", name=reg.short_orgs[src.name])
            src = reg.add(src)
        resolved.append((fr, src, ante))
        settled[fr.key] = (src, ante)
    out: list[Statement] = []
    for fr, src, ante in resolved:
        speaker = _speaker(src, ante)
        segs = tuple(Span(s, e, text[s:e]) for s, e in sorted(fr.segments))
        quotes = tuple(
            sorted({Span(p.start, p.end, p.text) for q in fr.quotes for p in q.pieces}, key=lambda s: s.start)
        )
        kind = _kind(segs, fr.quotes)
        if kind == "direct" and not fr.exact:
            # a direct statement's content is the quoted words themselves, inside the marks
            inner = sorted({(p.start, p.end) for q in fr.quotes for p in q.inner if p.end > p.start})
            if inner:
                segs = tuple(Span(s, e, text[s:e]) for s, e in inner)
        start, end = segs[0].start, segs[-1].end
        cue = None
        if fr.cue is not None:
            cs, ce, lemma = fr.cue
            cue = Cue(cs, ce, text[cs:ce], lemma)
        out.append(
            Statement(
                kind, start, end, text[start:end], segs, quotes, speaker, cue, continuation=fr.continuation
            )
        )
    out.sort(key=lambda s: (s.start, s.end))
    return out


def _introduced(fr: Frame, reg: Registry, paragraph_spans: dict[int, tuple[int, int]]) -> Mention | None:
    """The one named person of the paragraph before a quotation that stands alone at the start of its
    paragraph, or None when that paragraph names no one or several people."""
    here = paragraph_spans.get(fr.paragraph)
    before = paragraph_spans.get(fr.paragraph - 1)
    if here is None or before is None or min(a for a, _ in fr.segments) - here[0] > 2:
        return None
    people = [m for m in reg.between(*before) if m.kind == "person" and m.entity is not None]
    if not people or any(m.entity is not people[0].entity for m in people):
        return None
    return people[0]


def _sentence_holder(
    text: str,
    fr: Frame,
    reg: Registry,
    sentences: Sequence[tuple[int, int, int]],
    named: dict[int, list[Mention]],
) -> Mention | None:
    """The one person a sentence names outside its quotation marks, when that sentence holds a quotation
    no cue claimed; None when it names no one, or more than one person, or when the quotation is a title,
    a question or words on a sign rather than anyone's speech.

    A full name counts wherever it stands ("… charges that Rush Limbaugh, for one, called ''…''"); a
    surname alone only as the sentence's subject ("Trump leaned in and boomed: “…”"), since "Iowa" or
    "Crimea" elsewhere would read as one.  ``named`` keeps each sentence's people, found once however many
    quotations the sentence holds."""
    if any(_not_speech(text, q) for q in fr.quotes):
        return None
    pieces = [(p.start, p.end) for q in fr.quotes for p in q.pieces]
    if fr.sentence not in named:
        named[fr.sentence] = _people_named(text, reg, sentences[fr.sentence])
    people = [m for m in named[fr.sentence] if not any(a <= m.start < b for a, b in pieces)]
    if not people:
        return None
    first = people[0]
    opening = min(q.start for q in fr.quotes)
    if _ASKED.search(text, max(first.end, opening - 60), opening):
        return None  # "Blumenthal was asked, “…?”": the question put to him is not his
    same = (
        (lambda m: m.entity is first.entity)
        if first.entity is not None
        else (lambda m: m.name is not None and m.name.split()[-1] == (first.name or "").split()[-1])
    )
    return first if all(same(m) for m in people) else None


def _people_named(text: str, reg: Registry, sentence: tuple[int, int, int]) -> list[Mention]:
    """The people a sentence names: the registry's full names (or, when it has none there, the capitalized
    runs that classify as a person: a full name anywhere, a surname only as the subject)."""
    s_start, s_end, _ = sentence
    people = [
        m
        for m in reg.between(s_start, s_end)
        if m.kind == "person" and m.entity is not None and not _modifies(text, m.end)
    ]
    if people:
        return people[:_MOST_NAMED]
    for run in _CAPITALIZED_RUN.finditer(text, s_start, s_end):
        if len(people) == _MOST_NAMED:
            break  # a sentence of that many names holds no one quotation's speaker: enough to tell
        if _modifies(text, run.end()):
            continue
        words = run.group().split()
        titles, names, gender = split_title(words)
        known = titles or gender != "x" or (len(names) >= 2 and names[0].rstrip(".").lower() in FIRST_NAMES)
        if not known and not (len(words) == 1 and _subject_at(text, s_start, run.start(), run.end())):
            continue
        m = classify_phrase(text, run.start(), run.end())
        if m.kind == "person" and m.name and m.name.lower() not in NOT_SUBJECT_NAMES:
            people.append(m)
    return people


_MOST_NAMED = 12  # people read from one sentence; more only repeat that it names several


def _not_speech(text: str, q: Quotation) -> bool:
    """Whether a quotation is no one's speech: a question (put to someone, as often as asked), a title in
    title case ("the “Patient Protection and Affordable Care Act”"), or the words of a sign, a banner or a
    shirt ("held a banner: “…”")."""
    words = q.words.rstrip()
    if words.endswith("?"):
        return True
    long = [w for w in _TITLE_WORD.findall(words) if len(w) > 3]
    if long and len(long) <= 8 and all(w[0].isupper() for w in long):
        return True
    return _WORN.search(text, max(0, q.start - 40), q.start) is not None


_TITLE_WORD = re.compile(r"[^\W\d_][\w'\N{RIGHT SINGLE QUOTATION MARK}-]*")
# Things that carry words no one speaks: "a banner reading", "a hat that said", "a sign:".
_WORN = re.compile(
    r"(?i)\b(?:banners?|signs?|placards?|posters?|shirts?|t-shirts?|hats?|caps?|stickers?|billboards?|"
    r"headlines?|slogans?|hashtags?|titled|entitled|reading)\b[^.!?]{0,25}$"
)
_ASKED = re.compile(r"\b(?:asked|questioned|quizzed|pressed)\b")
# A run of capitalized words, as a name is written (with its possessive, which classify_phrase drops).
_CAPITALIZED_RUN = re.compile(
    r"\b[A-Z][\w.'\N{RIGHT SINGLE QUOTATION MARK}-]*(?: [A-Z][\w.'\N{RIGHT SINGLE QUOTATION MARK}-]*)*"
)
# What may stand before a sentence's subject: nothing, or a short lead ending in a comma ("Earlier this
# week, "), and a verb in lower case after it.
_LEAD = re.compile(r"(?:[^,;:\"“”]{0,40}, )?")
_VERB_AFTER = re.compile(
    r"(?:'s|\N{RIGHT SINGLE QUOTATION MARK}s)? (?!(?:of|and|or|in|on|at|for|to|with|from|by)\b)[a-z]"
)


def _subject_at(text: str, s_start: int, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is its sentence's subject: first, or after a short lead, and
    followed by a word in lower case that is no preposition."""
    lead = _LEAD.match(text, s_start, start)
    return lead is not None and lead.end() == start and _VERB_AFTER.match(text, end) is not None


_NEXT_WORD = re.compile(r" ([a-z][a-z-]*)")


def _modifies(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` modifies the noun after it: "Clinton officials", "the Trump
    campaign", "Clinton campaign manager Robby Mook" speak for someone else."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    w = m.group(1)
    return w in ROLE_NOUNS or w in TITLES or w in ORG_HEADS or w in ANON_HEADS or plural_common_noun(w)


def _named_pair(
    text: str, src: Mention, reg: Registry, paragraph_spans: dict[int, tuple[int, int]], par: int
) -> Mention | None:
    """The people a definite plural role points back to: "The two men", "the committee chairmen" after a
    paragraph that named them.  The latest distinct people named in this paragraph and the two before,
    as many as the role counts (two when it does not say); None when fewer were named."""
    definite = src.text[:4].lower() == "the " or text[max(0, src.start - 4) : src.start].lower() == "the "
    if src.kind != "role" or not src.plural or not definite or src.reason or src.access:
        return None
    head = src.text.lower().split()[-1]
    if head.rstrip("s") in CROWD_ROLES or head in CROWD_ROLES:
        return None  # "the protesters": a crowd, whoever of it the story named
    first = next((paragraph_spans[p] for p in range(max(0, par - 2), par + 1) if p in paragraph_spans), None)
    if first is None:
        return None
    want = src.count or 2
    sex = {"men": "f", "women": "m"}.get(head)  # the sex the role rules out: "the two men" are no women
    people: list[Mention] = []
    for m in reversed(reg.between(first[0], src.start)):
        if m.kind != "person" or m.entity is None or (sex is not None and m.entity.gender == sex):
            continue
        if all(m.entity is not p.entity for p in people):
            people.append(m)
            if len(people) == want:
                break
    if len(people) < want:
        return None
    names = " and ".join(p.entity.canonical for p in reversed(people) if p.entity is not None)
    return Mention(src.start, src.end, src.text, "person", names, "p", plural=True)


def _source_clause_end(fr: Frame, src: Mention, sentences: Sequence[tuple[int, int, int]]) -> int:
    """Where what describes a source can end: its sentence's end, or the content when the content follows
    ("said the woman, who asked not to be named"; not "the mayor said the memo came from an official who
    was not authorized to speak", where the reason is the content's)."""
    after = [a for a, _ in fr.segments if a >= src.end]
    end = sentences[fr.sentence][1]
    if fr.cue is not None and fr.cue[0] >= src.end:
        after.append(fr.cue[0])  # "the woman, who …, said": up to the cue
    return min([end, *after])


def _apposed_to(text: str, reg: Registry, role: Mention) -> Mention | None:
    """The person a role stands in apposition to: "Ronald R. Fieldstone, a Miami lawyer"; None when the
    role does not follow a name and a comma."""
    before = [m for m in reg.between(max(0, role.start - 80), role.start) if m.kind == "person"]
    if before and before[-1].entity is not None and text[before[-1].end : role.start].strip() == ",":
        return before[-1]
    return None


def _coordinated_pair(
    text: str, reg: Registry, at: int, paragraph_spans: dict[int, tuple[int, int]], par: int
) -> Mention | None:
    """Two people named together last before ``at`` ("Charles E. Grassley, Republican of Iowa, and Patrick
    J. Leahy"), in this paragraph or the one before, as one plural mention; None when the last two people
    named are not joined by "and"."""
    first = paragraph_spans.get(par - 1) or paragraph_spans.get(par)
    if first is None:
        return None
    people: list[Mention] = []  # the first mention of each of the last people named, latest last
    for m in reg.between(first[0], at):
        if m.kind == "person" and m.entity is not None:
            if people and people[-1].entity is m.entity:
                continue  # "Patrick J. Leahy" and the surname inside it: one mention
            people.append(m)
    if len(people) < 2:
        return None
    a, b = people[-2], people[-1]
    if a.entity is b.entity or b.start - a.end > 80 or not _JOINED.fullmatch(text, a.end, b.start):
        return None
    lead = re.split(r"[.!?\n]", text[max(0, a.start - 200) : a.start])[-1].split()
    if lead and not (lead[-1].endswith(",") or lead[-1].lower() in PAIR_LEADS or lead[-1][:1].isupper()):
        return None  # "Voters backed Donald Trump and Mike Pence": the pair is the object, not who speaks
    names = f"{a.entity.canonical} and {b.entity.canonical}" if a.entity and b.entity else ""
    return Mention(a.start, b.end, text[a.start : b.end], "person", names, "p", plural=True)


# What may stand between two names joined as one subject: "X and Y", "X, Republican of Iowa, and Y".
_JOINED = re.compile(r"(?:,[^.;:\n]{0,60},)?\s+(?:and|&)\s+(?:[A-Z][\w.]*\s+){0,3}")


def _named_next(
    text: str, fr: Frame, src: Mention, reg: Registry, sentences: Sequence[tuple[int, int, int]]
) -> Mention | None:
    """The person a lede's description turns out to be: "A top Trump adviser says …" opening a paragraph,
    then "Ed Brookover spoke to reporters …" opening the next sentence.  News copy describes first and
    names second; a source kept anonymous has a reason, a count or no name after it."""
    described = src.kind in ("anonymous", "role") or (
        src.kind == "person" and src.text.split(maxsplit=1)[0].lower() in ("a", "an", "the")
    )  # "The lifelong Republican": a capitalized word, but a description, not a name
    if not described or src.plural or (src.count or 1) != 1:
        return None
    if src.reason or src.access:
        return None
    words = src.text.lower().split()
    first = src.text.split(maxsplit=1)[0]
    # "The lifelong Republican who wrote the speech …": a defining clause picks one person out
    defining = first.lower() == "the" and (" who " in src.text or text.startswith(" who ", src.end))
    if (
        first.lower() not in ("a", "an")
        and not defining
        and not (first[:1].isupper() and first.lower() not in NOT_LEDE)
    ):
        return None  # "the official", "one source": a description that points back, or a count
    owned = any(w.endswith(("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")) for w in words)
    if owned or UNNAMED.intersection(words):
        return None  # "a source", "a senior official": the usual unnamed; "Obama's strategist": an owner
    si = fr.sentence
    if si + 1 >= len(sentences) or (si > 0 and sentences[si - 1][2] == sentences[si][2]):
        return None  # only the first sentence of a paragraph is a lede
    if src.start != sentences[si][0] or _CAPITALIZED_NEXT.match(text, src.end):
        return None  # the description opens the lede, and no name follows it ("Democratic nominee Hillary …")
    later = _identified_later(text, src, reg, sentences, si)
    if later is not None:
        return later
    a, b, _ = sentences[si + 1]
    person = next((m for m in reg.between(a, min(b, a + 40)) if m.kind == "person"), None)
    if person is None or person.start != a:
        # "“Now is the time …,” said Don Fowler, who helmed the DNC": the quotation first, then the name
        said = _QUOTE_THEN_SAID.match(text, a, b)
        person = None
        if said is not None:
            person = next((m for m in reg.between(said.end(), said.end() + 1) if m.kind == "person"), None)
    if person is None or person.entity is None:
        return None  # the next sentence must open with the name (its subject), or quote and then name
    if len(person.entity.canonical.split()) < 2 or _POSSESSIVE_NEXT.match(text, person.end):
        return None  # a full name, not owning the subject ("Trump's campaign has not commented")
    return person


def _identified_later(
    text: str, src: Mention, reg: Registry, sentences: Sequence[tuple[int, int, int]], si: int
) -> Mention | None:
    """The person a lede's description names two or three paragraphs on, by the same office: "A New York
    judge has rejected …" and then "Manhattan Supreme Court Justice Frank Nervo rejected …".  The first
    person named within the next three paragraphs with a title of that office right before the name
    ("Justice Frank Nervo") or in apposition right after it ("Frank Nervo, a state judge,")."""
    low = src.text.lower()
    head = low.split(" of ", 1)[0].split()[-1] if " of " in low else low.split()[-1]
    office = _OFFICE_TITLES.get(head)
    if office is None:
        return None
    par = sentences[si][2]
    end = next((a for a, _, p in sentences[si:] if p > par + 3), sentences[-1][1])
    for m in reg.between(sentences[si][1], end):
        if m.kind != "person" or m.entity is None or len(m.entity.canonical.split()) < 2:
            continue
        if office[0].search(text, max(0, m.start - 40), m.start) or office[1].match(text, m.end):
            return m
    return None


def _office(*titles: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A title right before a name ("Justice Frank Nervo", "Rep. Adam Schiff") and an apposition right
    after one (", a state judge,"), for the titles of one office."""
    alternatives = "|".join(re.escape(t) for t in titles)
    before = re.compile(rf"(?i)\b(?:{alternatives})\.?\s+(?:[A-Z][\w.'-]*\s+){{0,2}}$")
    after = re.compile(rf"(?i),\s+(?:a|an|the)\s+(?:[\w'-]+\s+){{0,4}}(?:{alternatives})\b")
    return before, after


# Offices a lede describes, and the titles the story names their holder by later.
_OFFICE_TITLES: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "judge": _office("judge", "justice"),
    "lawmaker": _office(
        "rep", "sen", "senator", "congressman", "congresswoman", "representative", "lawmaker"
    ),
    "legislator": _office("rep", "sen", "senator", "assemblyman", "assemblywoman", "legislator", "delegate"),
    "senator": _office("sen", "senator"),
    "congressman": _office("rep", "congressman", "representative"),
    "congresswoman": _office("rep", "congresswoman", "representative"),
    "diplomat": _office("ambassador", "diplomat", "envoy", "undersecretary"),
    "ambassador": _office("ambassador"),
    "governor": _office("gov", "governor"),
    "mayor": _office("mayor"),
    "prosecutor": _office("prosecutor", "district attorney", "attorney"),
}
_CAPITALIZED_NEXT = re.compile(r"\s+[A-Z]")
_QUOTE_THEN_SAID = re.compile(
    r"[\"\N{LEFT DOUBLE QUOTATION MARK}][^\"\N{RIGHT DOUBLE QUOTATION MARK}\n]{1,800}"
    r"[\"\N{RIGHT DOUBLE QUOTATION MARK}]\s+(?:said|says|added|adds|told|wrote|writes)\s+"
)
_POSSESSIVE_NEXT = re.compile("['\N{RIGHT SINGLE QUOTATION MARK}]s?\\b")


# A person's words referred back to: "The remarks suggest …", "his comments", "the book said" (its author).
_SAID_WORDS = re.compile(
    r"(?i)(?:the|his|her|these|those|such)\s+(?:remarks?|comments?|words|book|memoir|autobiography|speech)"
    # what one person wrote or said, owned by "his" or "her": "her statement", "his letter"
    r"|(?:his|her)\s+(?:statements?|letters?|op-ed|column|tweets?|posts?|testimony|interview|memo|emails?)"
)


def _counted_named(
    src: Mention, reg: Registry, paragraph_spans: dict[int, tuple[int, int]], par: int
) -> Mention | None:
    """The people a definite, counted description stands for: "both men", "the two Republican
    presidents", "all three candidates" after that many people were named in this paragraph or the two
    before, as one plural mention; None for an indefinite count ("two officials said"), the usual unnamed
    ("the two sources"), or too few people named."""
    if src.kind not in ("anonymous", "role") or src.reason or src.access:
        return None
    words = src.text.lower().split()
    if len(words) < 2 or words[0] not in ("the", "both", "all"):
        return None
    n = src.count if src.count is not None else (2 if words[0] == "both" else None)
    if n is None or not 2 <= n <= 4 or (words[0] == "the" and words[1] not in COUNT_WORDS):
        return None  # "the officials", "the committee chairmen": no count that points back
    head = words[-1]
    if head.removesuffix("s") in UNNAMED or head in ("people", "persons") or any(
        w in KIN_NOUNS or w[:-1] in KIN_NOUNS for w in words
    ):
        return None  # "the two sources"; "both parents": family, named or not
    first = paragraph_spans.get(par - 2) or paragraph_spans.get(par - 1) or paragraph_spans.get(par)
    if first is None:
        return None
    named: list[Mention] = []  # the latest mention of each of the last n people named, latest first
    seen: set[int] = set()
    for m in reversed(reg.between(first[0], src.start)):
        if (
            m.kind == "person"
            and m.entity is not None
            and len(m.entity.canonical.split()) >= 2
            and id(m.entity) not in seen
        ):
            seen.add(id(m.entity))
            named.append(m)
            if len(named) == n:
                break
    if len(named) < n:
        return None
    named.reverse()
    names = " and ".join(m.entity.canonical for m in named if m.entity is not None)
    return Mention(named[0].start, named[-1].end, names, "person", names, "p", plural=True)


_VICE = re.compile(r"(?i)\b(?:vice|deputy|assistant)[ -]")  # "the president" is not the vice president


def _described_before(text: str, src: Mention, reg: Registry) -> Mention | None:
    """The person named earlier with the description a definite source repeats: "the diplomat" after
    "British diplomat Sir Peter Westmacott" or "Peter Westmacott, a veteran diplomat,".  None when the
    source is plural, counted, kept anonymous for a reason, or when an unnamed source of that description
    came in between ("a senior official said … the official added"): then it is that one."""
    if src.kind not in ("anonymous", "role") or src.plural or (src.count or 1) != 1:
        return None
    if src.reason or src.access or src.text[:4].lower() != "the " or _kin(src.text):
        return None
    words = (src.text.split(" of ", 1)[0] if " of " in src.text else src.text).split()
    head = words[-1]
    if len(head) < 4 or not head.isalpha() or not head.islower() or head in UNNAMED or head.endswith("s"):
        return None  # "the official", "the source": the usual unnamed; "the Wisconsin Republican": a party
    # "The French president", "the then-Texas governor": the capitalized words must be said of the person too
    marks = [w.rsplit("-", 1)[-1] for w in words[1:-1] if any(c.isupper() for c in w)]
    before = re.compile(rf"\b(?i:{head})\s+(?:[A-Z][\w.'-]*\s+){{0,3}}$")  # "British diplomat Sir Peter …"
    after = re.compile(rf"(?i),\s+(?:a|an|the|[\w'-]+'s)\s+(?:[\w'-]+\s+){{0,4}}{head}\b")
    for m in reversed(reg.between(max(0, src.start - 6000), src.start)[-80:]):
        if m.kind in ("anonymous", "role") and m.text.lower().split()[-1] == head:
            return None  # "a senior official said …": the unnamed one, described again
        if m.kind != "person" or m.entity is None or len(m.entity.canonical.split()) < 2:
            continue
        said = before.search(text, max(0, m.start - 60), m.start) or after.match(text, m.end)
        if (
            said is not None
            and all(w in said.group() for w in marks)
            and (_VICE.search(said.group()) is None or _VICE.search(src.text) is not None)
        ):
            unnamed = re.compile(rf"(?i)\b(?:a|an|one|another)\s+(?:[\w'-]+\s+){{0,5}}{head}\b")
            if unnamed.search(text, max(m.end, said.end()), src.start):
                return None  # "… an RNC member said … the RNC member added": someone else, unnamed
            return m
    return None


def _titled(reg: Registry, role: Mention) -> Mention | None:
    """The latest person before ``role`` whose name carried the role's head as a title: "the two-term
    president" after "US President Barack Obama", not after a "Clinton" mentioned since."""
    head = role.text.lower().split()[-1]
    if len(head) < 4:
        return None
    # "the French president" is not "President Barack Obama": the capitalized words must be his too
    marks = [w.rsplit("-", 1)[-1] for w in role.text.split()[1:-1] if any(c.isupper() for c in w)]
    for m in reversed(reg.between(max(0, role.start - 6000), role.start)[-80:]):
        if m.kind != "person" or m.entity is None:
            continue
        low = m.text.lower()
        if (
            head in low  # a cheap substring test first
            and head in low.replace(".", " ").split()
            and all(w in reg.text[max(0, m.start - 60) : m.end] for w in marks)
        ):
            return m
    return None


def _kin(phrase: str) -> bool:
    """Whether a role phrase names someone by their relation to another ("the wife of a man …")."""
    return any(w in KIN_NOUNS for w in phrase.lower().split()[1:3])


def _speaker(src: Mention | None, ante: Mention | None) -> Speaker:
    # "The Post has learned": the speaker is the outlet (an organization); that it vouches for what no
    # named source says is a matter of the grade (level anonymous), not of who speaks
    if src is None:
        return Speaker.unknown()
    mention = Span(src.start, src.end, src.text)
    target = ante if ante is not None else src
    kind = target.kind
    if kind == "pronoun":
        return Speaker(None, "unknown", mention)
    if kind == "role":
        # "the spokesman", "a leader of the group": an unnamed person, named by a role; kept unnamed on
        # purpose when a reason is given ("the woman, who asked not to be named")
        kind = "anonymous" if target.reason and target.entity is None else "person"
        if kind == "person" and target.plural and target.entity is None:
            kind = "organization"  # "Campaigners said": people named by a shared role are a group
    name = target.entity.canonical if target.entity is not None else target.name
    if kind == "anonymous":
        return Speaker(
            name,
            "anonymous",
            mention,
            descriptor=target.descriptor or target.text,
            count=target.count,
            reason=target.reason,
            access=target.access,
        )
    if kind not in ("person", "organization"):
        return Speaker(None, "unknown", mention)  # a phrase of no kind names no one, whatever it reads
    return Speaker(name, kind, mention)  # type: ignore[arg-type]


def _kind(segs: Sequence[Span], quotes: Sequence[Quotation]) -> StatementKind:
    """direct when at least 90% of the content's letters and digits lie inside quotation marks (the eval
    data's rule), mixed when some do, indirect when none do."""
    if not quotes:
        return "indirect"
    qspans = sorted((p.start, p.end) for q in quotes for p in q.pieces)
    inside = total = 0
    k = 0  # segments and quotation pieces are both in text order: one walk through each
    for s in sorted(segs, key=lambda x: x.start):
        total += _alnum(s.text)
        while k < len(qspans) and qspans[k][1] <= s.start:
            k += 1
        j = k
        while j < len(qspans) and qspans[j][0] < s.end:
            lo, hi = max(qspans[j][0], s.start), min(qspans[j][1], s.end)
            if lo < hi:
                inside += _alnum(s.text[lo - s.start : hi - s.start])
            j += 1
    if total and inside / total >= 0.9:
        return "direct"
    return "mixed" if inside else "indirect"


_ALNUM_RUN = re.compile(r"[^\W_]+")


def _alnum(piece: str) -> int:
    # counted by runs, not one match per character: a fifth of the matches for ordinary words
    return sum(map(len, _ALNUM_RUN.findall(piece)))
