"""Quotation marks paired into quotations, in one left-to-right scan.

The rules of real news copy (DOMAIN.md section 2):

* any double mark may close any double opening (copy opens with “ and closes with " often enough);
* a straight or ambiguous mark opens when it stands before a word and closes after one ("flanking");
* ’ between letters, or before a digit ("’90s"), is an apostrophe; ’ after a word closes a single quotation
  only when one is open;
* single marks inside a double quotation are a nested quotation; at the top level they pair on their own
  (British copy and headlines);
* a paragraph ends every quotation still open, unless the next paragraph opens with a mark of the same kind:
  then the quotation goes on (a multi-paragraph quote reopens every paragraph and closes only at the end).
  So an unclosed mark never swallows more than its own paragraph.

Every mark is looked at once and the state is two small stacks, so pairing is linear in the text, whatever
stray marks it holds.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Sequence

from attrs import frozen

from quotecheck.model import Span

__all__ = ["Quotation", "find_quotations"]

_MARKS = re.compile(
    # three apostrophes after a word close a single quotation, then the double (NYT: us,''')
    "'(?<=\\S')(?='')|''|``|"
    "[\"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"
    "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}"
    "\N{RIGHT SINGLE QUOTATION MARK}\N{SINGLE LOW-9 QUOTATION MARK}\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}']"
)

# How each mark leans: +1 opens, -1 closes, 0 either way (decided by its neighbours and the state).
_DOUBLE: dict[str, int] = {
    "\N{LEFT DOUBLE QUOTATION MARK}": 1,
    "\N{DOUBLE LOW-9 QUOTATION MARK}": 1,
    "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}": 1,
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}": 1,
    "``": 1,
    "\N{RIGHT DOUBLE QUOTATION MARK}": -1,
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}": -1,
    '"': 0,
    "''": 0,
}
_SINGLE: dict[str, int] = {
    "\N{LEFT SINGLE QUOTATION MARK}": 1,
    "\N{SINGLE LOW-9 QUOTATION MARK}": 1,
    "\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}": 1,
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}": 1,
    "\N{RIGHT SINGLE QUOTATION MARK}": -1,
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}": -1,
    "'": 0,
}
# Characters after which a mark still stands "before a word" (opening side).
_OPEN_CONTEXT = frozenset(" \t\n\r\f\v\u00a0([{<\N{EM DASH}\N{EN DASH}-/:;")
# Characters before which a mark still stands "after a word" (closing side).
_CLOSE_CONTEXT = frozenset(" \t\n\r\f\v\u00a0)]}>.,;:!?\N{EM DASH}\N{EN DASH}-/\N{HORIZONTAL ELLIPSIS}")


@frozen
class Quotation:
    """A quotation: one or more paragraph pieces, marks included.

    ``pieces`` are the mark-inclusive spans, one per paragraph; ``inner`` the words inside the marks of each
    piece.  ``closed`` is False when the paragraph ended before a closing mark.  ``depth`` is 0 for a
    quotation at the top level and 1 for one nested inside another.
    """

    start: int
    end: int
    text: str
    pieces: tuple[Span, ...]
    inner: tuple[Span, ...]
    closed: bool
    depth: int
    double: bool

    @property
    def words(self) -> str:
        return " ".join(s.text for s in self.inner)


class _Open:
    __slots__ = ("depth", "double", "mark_end", "pieces", "start")

    def __init__(self, start: int, mark_end: int, double: bool, depth: int) -> None:
        self.start = start
        self.mark_end = mark_end
        self.double = double
        self.depth = depth
        self.pieces: list[tuple[int, int, int, int]] = []  # (start, inner_start, inner_end, end)


def _lean(text: str, s: int, e: int, base: int) -> int | None:
    """+1 open, -1 close, 0 undecidable, None a stray, for the mark at text[s:e] with tabled lean ``base``."""
    # look past neighbouring marks: in ,'" the double mark closes after the single one
    b = s - 1
    while b >= 0 and s - b <= 3 and text[b] in _ANY_MARK:
        b -= 1
    a = e
    while a < len(text) and a - e < 3 and text[a] in _ANY_MARK:
        a += 1
    before = text[b] if b >= 0 else " "
    after = text[a] if a < len(text) else " "
    opening_side = before in _OPEN_CONTEXT
    closing_side = after in _CLOSE_CONTEXT
    if opening_side and not closing_side:
        return 1
    if closing_side and not opening_side:
        return -1
    if opening_side and closing_side:
        return base if base else None  # between two spaces: a stray unless the mark has a direction
    return base  # inside a word: only a directional mark means anything


# Every quotation-mark character, from the tables above (`` and '' are made of them).
_ANY_MARK = frozenset("".join(_DOUBLE) + "".join(_SINGLE))
_CLOSING_MARKS = frozenset("\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}")


def find_quotations(text: str, paragraphs: Sequence[tuple[int, int]]) -> tuple[Quotation, ...]:
    """Every quotation in ``text``, in order of its opening mark.

    >>> qs = find_quotations("“Go,” he said of the ‘plan’. It’s \\"done\\".", [(0, 41)])
    >>> [(q.text, q.depth) for q in qs]
    [('“Go,”', 0), ('‘plan’', 0), ('"done"', 0)]
    """
    out: list[Quotation] = []
    carry: _Open | None = None  # a double quotation continuing into the next paragraph
    for k, (p_start, p_end) in enumerate(paragraphs):
        dbl, carry = carry, None
        outer: _Open | None = None  # a double quotation holding ``dbl``, opened with the same marks
        sgl: _Open | None = None
        ahead: _Ahead | None = None  # built the first time this paragraph looks ahead
        # where the paragraph's first non-space character stands: a mark before it opens the paragraph (asked
        # of every stray mark, so a slice from the paragraph's start each time would be quadratic)
        lead = _LEAD_SPACE.match(text, p_start, p_end).end()  # type: ignore[union-attr]
        for m in _MARKS.finditer(text, p_start, p_end):
            s, e = m.span()
            mark = m.group()
            if dbl is not None and s < dbl.mark_end:
                continue  # the reopening mark of a continued quotation
            if mark in _DOUBLE:
                lean = _lean(text, s, e, _DOUBLE[mark])
                if (
                    lean is None
                    and dbl is not None
                    and s >= 2
                    and text[s - 1] == " "
                    and text[s - 2] in "'\N{RIGHT SINGLE QUOTATION MARK}"
                ):
                    lean = -1  # ",' " he said": a space between the inner and the outer closing marks
                if lean is None:
                    continue
                if dbl is not None and lean <= 0:
                    if dbl.mark_end == s and not dbl.pieces:
                        dbl = None  # an empty pair is not a quotation
                        continue
                    if sgl is not None and sgl.depth > dbl.depth:
                        sgl = None  # a single mark left open inside: it was an apostrophe
                    dbl.pieces.append((dbl.start, dbl.mark_end, s, e))
                    out.append(_finish(text, dbl, closed=True))
                    dbl, outer = outer, None  # a nested quotation closed: its outer one goes on
                elif lean >= 0 and dbl is None:
                    if s + len(mark) >= p_end:
                        continue  # a mark that ends its paragraph opens nothing
                    dbl = _Open(s, e, True, 1 if sgl is not None else 0)
                elif (
                    dbl is None
                    and sgl is None
                    and s <= lead
                    and (ahead := ahead or _Ahead(text, p_start, p_end)).closings(e) >= 1
                ):
                    # ”… what I learned …,” he said: a closing mark typed where the paragraph opens
                    dbl = _Open(s, e, True, 0)
                elif lean == 1 and dbl is not None and not dbl.pieces:
                    if outer is None and (ahead := ahead or _Ahead(text, p_start, p_end)).closings(e) >= 2:
                        # “… even when “your team” needs …”: the writer nested with the same marks
                        outer, dbl = dbl, _Open(s, e, True, dbl.depth + 1)
                    else:
                        # an opening mark while one is open: the first was a stray; start again here
                        dbl, outer = _Open(s, e, True, dbl.depth), None
                continue
            # a single mark
            before = text[s - 1] if s > 0 else " "
            after = text[e] if e < len(text) else " "
            if before.isalnum() and after.isalnum():
                continue  # it’s, Kilani’s: an apostrophe
            base = _SINGLE[mark]
            if base == -1 and not before.isalnum() and before not in _CLOSING_MARKS | set(".,!?;:)"):
                continue  # ’90s, rock ’n’ roll, ’em: an apostrophe never opens
            lean = _lean(text, s, e, base)
            if lean is None:
                continue
            if sgl is not None and lean <= 0 and s > sgl.mark_end:
                if dbl is not None and dbl.depth > sgl.depth:
                    dbl = None  # a double mark left open inside a single quotation: a stray
                sgl.pieces.append((sgl.start, sgl.mark_end, s, e))
                out.append(_finish(text, sgl, closed=True))
                sgl = None
            elif sgl is None and lean == 1:
                sgl = _Open(s, e, False, 1 if dbl is not None else 0)
        if outer is not None:
            dbl = outer  # the inner mark never closed: it was a stray inside the outer quotation
        if dbl is not None:
            dbl.pieces.append((dbl.start, dbl.mark_end, p_end, p_end))
            nxt = paragraphs[k + 1][0] if k + 1 < len(paragraphs) else None
            m2 = _MARKS.match(text, nxt) if nxt is not None else None
            if m2 is not None and _DOUBLE.get(m2.group(), -1) >= 0 and dbl.depth == 0:
                # the quotation goes on in the next paragraph, which reopens it
                dbl.start, dbl.mark_end = m2.start(), m2.end()
                carry = dbl
            else:
                out.append(_finish(text, dbl, closed=False))
    out.sort(key=lambda q: (q.start, q.depth))
    return tuple(out)


class _Ahead:
    """How many double marks close in the window after a mark, for one paragraph, without rescanning.

    The question asked is "how many double marks close between ``e`` and ``min(p_end, e + _LOOKAHEAD)``,
    at most two", answered as a fresh scan of that window would answer it.  Scanning the window each time
    cost about 2,000 characters of Python per mark, so a paragraph of unclosed opening marks crawled.
    Instead the paragraph's marks are listed once, and each question is a few bisections.  A window that
    stops inside the paragraph may pair its last three characters differently (two apostrophes cut to one,
    three read as a pair), so those few characters are scanned as the window would scan them; before them
    the window reads exactly as the paragraph's own scan.
    """

    __slots__ = ("closers", "end", "starts", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        code = "i" if len(text) < 2**31 else "q"
        self.text = text
        self.end = end
        # positions only, in compact arrays: a megabyte of marks costs a few megabytes here, not objects
        self.starts = array(code)
        self.closers = array(code)
        for m in _MARKS.finditer(text, start, end):
            self.starts.append(m.start())
            if _closes(text, m):
                self.closers.append(m.start())

    def closings(self, e: int) -> int:
        """Double marks closing in the window after ``e`` (the end of a mark of this paragraph), at most 2."""
        window = min(self.end, e + _LOOKAHEAD)
        exact = window if window == self.end else window - 3  # before this the window reads as the paragraph
        i = bisect_left(self.closers, e)
        if exact == window or not _PAIRING.search(self.text, exact, window):
            # no apostrophe or backtick at the edge: every mark there is a mark of one character, read alike
            return bisect_left(self.closers, window, i, min(i + 2, len(self.closers))) - i
        found = bisect_left(self.closers, exact, i, min(i + 2, len(self.closers))) - i
        if found == 2:
            return found
        # the window's last characters: resume where its last mark wholly before them ends
        j = bisect_left(self.starts, exact) - 1
        resume = e
        if j >= 0 and self.starts[j] >= e:
            last = _MARKS.match(self.text, self.starts[j], self.end)
            assert last is not None  # it matched there in the paragraph's own scan
            resume = last.end()
        for m in _MARKS.finditer(self.text, max(resume, exact), window):
            if _closes(self.text, m):
                found += 1
                if found == 2:
                    break
        return found


_LEAD_SPACE = re.compile(r"\s*")
# The characters that pair into marks of more than one character.
_PAIRING = re.compile("[`']")


def _closes(text: str, m: re.Match[str]) -> bool:
    mark = m.group()
    return mark in _DOUBLE and _lean(text, m.start(), m.end(), _DOUBLE[mark]) == -1


# How far a stray opening mark looks for the marks that would close it and an outer quotation.
_LOOKAHEAD = 2000


def _finish(text: str, q: _Open, *, closed: bool) -> Quotation:
    pieces = tuple(Span(a, d, text[a:d]) for a, _, _, d in q.pieces)
    inner = tuple(Span(b, c, text[b:c]) for _, b, c, _ in q.pieces)
    start, end = pieces[0].start, pieces[-1].end
    whole = pieces[0].text if len(pieces) == 1 else text[start:end]  # one piece: its text, not a copy
    return Quotation(start, end, whole, pieces, inner, closed, q.depth, q.double)
