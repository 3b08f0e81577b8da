"""Quotations attached to frames, and frames for the quotations no cue claims.

:func:`_add_turns` takes the cue frames and the transcript-turn frames and gives the frames of both that
stand (a turn's speaker owns the statements inside it).  :func:`_attach_quotations` takes the frames, the
quotations and the sentences, and gives new frames (``attrs.evolve``) holding their quotations, plus frames
for the rest: a continuation of the statement before, a block after "X said:", a signed or labelled
quotation, a quotation with an unknown speaker.  No frame it is given is changed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

import attrs

from quotecheck.attribution import Frame
from quotecheck.grammar import title_case
from quotecheck.lexicon.anonymous import VAGUE_GROUPS
from quotecheck.lexicon.people import AUDIENCE_NOUNS, ROLE_NOUNS
from quotecheck.model import evolve
from quotecheck.quotes import Quotation
from quotecheck.speakers import Mention, classify_phrase

__all__ = []


_WORDS_IN = re.compile(r"\w+")
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
    """The frames with their quotations, and a frame for each quotation no frame's content holds, placed by
    the first rule of ``_UNCLAIMED_RULES`` that knows whose it is; a frame given more words is replaced by a
    new value under its key."""
    tops = [q for q in quotations if q.depth == 0]
    out, claimed = _claim_quotations(frames, tops)
    with_frames = {fr.sentence for fr in out}  # sentences where a cue or a turn already speaks
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
        if si not in sentence_word_counts:
            s_start, s_end, _ = sentences[si]
            sentence_word_counts[si] = len(_WORDS_IN.findall(text[s_start:s_end]))
        tail_key = bare.get(_sentence_of(sentences, q.end - 1) + 1) if bare else None
        at = _Unclaimed(
            text,
            sentences,
            first_of,
            q,
            si,
            words=len(_WORDS_IN.findall(q.words)),
            sentence_words=sentence_word_counts[si],
            segments=tuple((p.start, p.end) for p in q.inner),
            own=si in with_frames,
            said=out[last] if last is not None else None,
            quoted=out[quoted] if quoted is not None else None,
            tail=out[tail_key] if tail_key is not None else None,
            next_key=len(out),
        )
        placed = next(found for rule in _UNCLAIMED_RULES if (found := rule(at)) is not None)
        if placed.frame is None:
            continue
        if placed.frame.key < len(out):
            out[placed.frame.key] = placed.frame
        else:
            out.append(placed.frame)
        if placed.quoting:
            quoted = placed.frame.key
    return _join_back([f for f in out if f.segments], text)


def _claim_quotations(frames: list[Frame], tops: Sequence[Quotation]) -> tuple[list[Frame], set[int]]:
    """Each frame as a new frame holding the quotations inside its content, with its key; and the indexes
    (into ``tops``) of the quotations some frame holds."""
    # top-level pieces are disjoint and sorted, so each segment finds its pieces by bisection, not by a scan
    # of every quotation
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
        out.append(evolve(fr, quotes=(*fr.quotes, *(tops[qi] for qi in sorted(mine))), key=key))
    return out, claimed


@attrs.frozen
class _Unclaimed:
    """A quotation no frame's content holds, and what the rules ask about where it stands: the frames before
    it are as the rules before it left them."""

    text: str = attrs.field(repr=False)
    sentences: Sequence[tuple[int, int, int]] = attrs.field(repr=False)
    first_of: dict[int, int] = attrs.field(repr=False)  # paragraph -> its first sentence
    quotation: Quotation
    sentence: int
    words: int  # the quotation's words
    sentence_words: int  # its sentence's words
    segments: tuple[tuple[int, int], ...]  # the words inside its marks
    own: bool  # whether its sentence has a frame of its own
    said: Frame | None  # the latest statement with a cue before it
    quoted: Frame | None  # the latest such statement that quotes
    tail: Frame | None  # "Trump said." standing alone as the next sentence
    next_key: int  # the key a new frame takes

    @property
    def paragraph(self) -> int:
        return self.sentences[self.sentence][2]

    @property
    def mostly_quote(self) -> bool:
        return self.words >= 0.6 * self.sentence_words

    def new(
        self,
        source: Mention | None,
        *,
        segments: Sequence[tuple[int, int]] | None = None,
        exact: bool = False,
        continues: int | None = None,
    ) -> Frame:
        """A new frame for the quotation, said by ``source``: its words (or ``segments``), the key a new frame
        takes; a continuation when it ``continues`` the statement with that key."""
        return Frame(
            self.segments if segments is None else segments,
            source,
            None,
            None,
            [self.quotation],
            self.sentence,
            self.paragraph,
            exact=exact,
            continuation=continues is not None,
            continues=continues,
            key=self.next_key,
            reported_as="quotation" if continues is None else "continuation",
        )


@attrs.frozen
class _Placed:
    """What a rule makes of an unclaimed quotation: a frame (a new one, or a new version of the frame with
    its key), or none when the quotation is no one's statement."""

    frame: Frame | None
    quoting: bool = False  # the frame is now the latest statement that quotes


def _scare_quote(at: _Unclaimed) -> _Placed | None:
    # a scare quote or a title ("This Week With George Stephanopoulos"), inside a sentence of the reporter's
    # own; after a colon, title case is the start of a quotation
    q = at.quotation
    after_colon = at.text[max(0, q.start - 3) : q.start].rstrip().endswith(":")
    titled = _title_cased(q.words) and not after_colon
    if q.closed and at.words < at.sentence_words - 2 and (at.words <= 4 or titled):
        return _Placed(None)
    return None


def _signed_pull_quote(at: _Unclaimed) -> _Placed | None:
    # a pull quote signed on its last line: the words before the signature are the signer's
    signature = _signature(at.text, at.quotation)
    if signature is None:
        return None
    words_end, name_start, name_end = signature
    src = classify_phrase(at.text, name_start, name_end)
    if src.kind != "person":
        return None
    segs = [(a, min(b, words_end)) for a, b in at.segments if a < words_end]
    return _Placed(at.new(src, segments=segs, exact=True))


def _headline_subject(at: _Unclaimed) -> _Placed | None:
    # "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be …’": the headline's subject says it
    if at.paragraph != 0:
        return None
    lead = _headline_speaker(at.text, at.sentences[at.sentence][0], at.quotation.start)
    return _Placed(at.new(lead)) if lead is not None else None


def _digest_label(at: _Unclaimed) -> _Placed | None:
    # "TOO EARLY - Mark Blumenthal and Jon Cohen: “…”", "by Variety's Gordon Cox: "…"": a digest names
    # whose words it quotes before a colon
    q = at.quotation
    label = _LABEL_SOURCE.search(at.text, max(0, q.start - 90), q.start)
    if label is None:
        return None
    src = classify_phrase(at.text, label.start(1), label.end(1))
    return _Placed(at.new(src)) if src.kind in ("person", "organization") else None


def _dash_signed(at: _Unclaimed) -> _Placed | None:
    # “…” ― Steve Quinlan: a reader's or a source's signed quotation
    dash = _DASH_SOURCE.match(at.text, at.quotation.end)
    if dash is None:
        return None
    return _Placed(at.new(classify_phrase(at.text, dash.start(1), dash.end(1))))


def _attribution_alone_after(at: _Unclaimed) -> _Placed | None:
    # "“… missing.” Trump said.": the sentence of attribution alone is the quotation's
    tail, q = at.tail, at.quotation
    if (
        tail is not None
        and tail.paragraph == at.paragraph
        and not tail.segments
        and at.mostly_quote
        and not at.text[q.end : at.sentences[tail.sentence][0]].strip(" .!?")
    ):
        return _Placed(attrs.evolve(tail, segments=at.segments, quotes=(*tail.quotes, q)))
    return None


def _block_after_colon(at: _Unclaimed) -> _Placed | None:
    # "Maria Lopez said:" and the quotation in the block after it: hers
    said = at.said
    if said is None or not said.colon or said.segments:
        return None
    if said.paragraph not in (at.paragraph, at.paragraph - 1):
        return None
    return _Placed(attrs.evolve(said, segments=at.segments, quotes=(*said.quotes, at.quotation), colon=False))


def _later_in_the_sentence(at: _Unclaimed) -> _Placed | None:
    # “…,” Trump said, adding later, “…”: a later quotation of the same sentence is the same statement
    said = at.said
    if (
        said is not None
        and said.quotes
        and said.sentence == at.sentence
        and said.cue is not None
        # "…, before repeating in English: “…”" opens anew
        and ":" not in at.text[said.cue[1] : at.quotation.start]
    ):
        return _Placed(_extended(said, at.segments, at.quotation))
    return None


def _after_narration(at: _Unclaimed) -> _Placed | None:
    # “A,” he said. (a sentence of narration) “B.”: B goes on with the last quoted statement
    quoted = at.quoted
    if not at.own and at.mostly_quote and quoted is not None and quoted.paragraph == at.paragraph:
        return _Placed(_extended(quoted, at.segments, at.quotation))
    return None


def _after_paraphrase(at: _Unclaimed) -> _Placed | None:
    # "…, Schiff said. “The other factor …”": a quotation right after a paraphrase is its speaker's
    said = at.said
    if (
        not at.own
        and at.mostly_quote
        and said is not None
        and said.paragraph == at.paragraph
        and said.sentence == at.sentence - 1
    ):
        return _Placed(_extended(said, at.segments, at.quotation), quoting=True)
    return None


def _opens_next_paragraph(at: _Unclaimed) -> _Placed | None:
    # a quotation that opens the paragraph after a quoted statement, or after a paraphrase ("Schiff said
    # the panel would meet again.\n\n“The other factor …”"), goes on with that statement's speaker
    if at.own or not at.mostly_quote or at.quotation.start != at.sentences[at.sentence][0]:
        return None
    # "Transcript as follows:" standing alone between them does not break the speaker's turn
    par = at.paragraph
    before = par - 2 if _header_before(at.text, at.sentences, at.sentence, at.first_of) else par - 1
    near = (fr for fr in (at.quoted, at.said) if fr is not None and fr.paragraph == before)
    prior = next((fr for fr in near if fr.source is not None), None)
    if prior is None:
        return None
    return _Placed(at.new(prior.source, continues=prior.key), quoting=True)


def _unknown_speaker(at: _Unclaimed) -> _Placed:
    # no rule knows whose: a quotation reported with an unknown speaker
    return _Placed(at.new(None))


# The rules for a quotation no cue claims, tried in order; the first that places it wins.  A scare quote or
# a title is no statement, whatever stands around it, so it goes first.  A speaker the quotation's own lines
# name (a signature, a headline's subject, a digest's label, a dash after it) is surer than any statement
# before it, so those come next.  Then the statements around it, from the nearest tie to the loosest: the
# attribution standing alone right after it, the "X said:" before its block, the quoted statement of its
# own sentence, then a quoted statement or a paraphrase just before, and last the quoted statement of the
# paragraph before.  A quotation none of them places has an unknown speaker.
_UnclaimedRule = Callable[[_Unclaimed], _Placed | None]
_UNCLAIMED_RULES: tuple[_UnclaimedRule, ...] = (
    _scare_quote,
    _signed_pull_quote,
    _headline_subject,
    _digest_label,
    _dash_signed,
    _attribution_alone_after,
    _block_after_colon,
    _later_in_the_sentence,
    _after_narration,
    _after_paraphrase,
    _opens_next_paragraph,
    _unknown_speaker,
)


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
