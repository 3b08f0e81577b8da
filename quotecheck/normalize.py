"""A folded view of a text that never loses its way back to the original.

:func:`fold` maps quote marks, apostrophes, dashes, ligatures and white space to plain forms, so that
"Kilani’s “pivotal”  meeting" and "Kilani's \"pivotal\" meeting" compare equal.  Every folded character
knows which original characters it came from: :meth:`Folded.to_original` turns a span of the folded text
into the span of the original it stands for.  Nothing outside this module ever reports offsets into a folded
copy.

The map is kept as a short list of pieces (a run copied one to one, or a run of the original replaced by a
shorter or longer string), so it costs memory in proportion to the number of edits, not to the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from attrs import field, frozen

__all__ = ["Folded", "fold"]

# One character in, one character out: these never move an offset.
_ONE_TO_ONE: dict[int, str] = {}
for _ch in (
    "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}"
    "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{DOUBLE PRIME}\N{FULLWIDTH QUOTATION MARK}"
):
    _ONE_TO_ONE[ord(_ch)] = '"'
for _ch in (
    "\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\N{SINGLE LOW-9 QUOTATION MARK}"
    "\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}\N{PRIME}\N{MODIFIER LETTER APOSTROPHE}"
    "\N{GRAVE ACCENT}\N{ACUTE ACCENT}\N{FULLWIDTH APOSTROPHE}"
):
    _ONE_TO_ONE[ord(_ch)] = "'"
for _ch in (
    "\N{HYPHEN}\N{NON-BREAKING HYPHEN}\N{FIGURE DASH}\N{EN DASH}\N{EM DASH}\N{HORIZONTAL BAR}"
    "\N{MINUS SIGN}\N{SMALL EM DASH}\N{SMALL HYPHEN-MINUS}\N{FULLWIDTH HYPHEN-MINUS}"
):
    _ONE_TO_ONE[ord(_ch)] = "-"
# Every white-space character (and the invisible joiners copy is full of) becomes a plain space;
# runs are squeezed below.
for _code in range(0x3001):
    if chr(_code).isspace():
        _ONE_TO_ONE[_code] = " "
_ONE_TO_ONE[ord("\N{IDEOGRAPHIC SPACE}")] = " "
_ONE_TO_ONE[ord("\N{HORIZONTAL ELLIPSIS}")] = "\N{HORIZONTAL ELLIPSIS}"  # kept: one mark, one meaning

# Replaced by a string of another length.  Ligatures (as PDF copy and OCR leave them) and characters that
# carry no text at all.
_EXPANSIONS: dict[str, str] = {
    "\N{LATIN SMALL LIGATURE FF}": "ff",
    "\N{LATIN SMALL LIGATURE FI}": "fi",
    "\N{LATIN SMALL LIGATURE FL}": "fl",
    "\N{LATIN SMALL LIGATURE FFI}": "ffi",
    "\N{LATIN SMALL LIGATURE FFL}": "ffl",
    "\N{LATIN SMALL LIGATURE LONG S T}": "st",
    "\N{LATIN SMALL LIGATURE ST}": "st",
    "\N{SOFT HYPHEN}": "",
    "\N{ZERO WIDTH SPACE}": "",
    "\N{ZERO WIDTH NON-JOINER}": "",
    "\N{ZERO WIDTH JOINER}": "",
    "\N{WORD JOINER}": "",
    "\N{ZERO WIDTH NO-BREAK SPACE}": "",
}
for _ch in _EXPANSIONS:
    _ONE_TO_ONE.pop(ord(_ch), None)

_TABLE = str.maketrans(_ONE_TO_ONE)

# After the one-to-one pass: runs of spaces, the variable-length characters, and (optionally) a word broken
# by a hyphen at a line end.  Every alternative is a plain character class or a bounded run: no backtracking.
_EDITS = re.compile("  +|[" + "".join(_EXPANSIONS) + "]")
_EDITS_HYPHENATION = re.compile(
    r"(?<=[^\W\d_])- ?\n[ \t]*(?=[^\W\d_])|[ \n]{2,}|[" + "".join(_EXPANSIONS) + "]"
)


@frozen(eq=False)
class Folded:
    """A folded copy of ``original`` and the map back.

    >>> f = fold("“Pivotal”  meeting’s end")
    >>> f.text
    '"Pivotal" meeting\\'s end'
    >>> f.to_original(1, 8)
    (1, 8)
    >>> start, end = f.to_original(10, 17)
    >>> f.original[start:end]
    'meeting'
    """

    original: str
    text: str
    # piece k covers folded [_fstart[k], _fstart[k+1]) and original [_ostart[k], _ostart[k+1]);
    # pieces with _same[k] are copied one to one.
    _fstart: tuple[int, ...] = field(repr=False)
    _ostart: tuple[int, ...] = field(repr=False)
    _same: tuple[bool, ...] = field(repr=False)

    def _piece(self, pos: int) -> int:
        # the last piece starting at or before pos: empty pieces (deletions) share their start with the
        # next piece and so are never the one found
        return max(0, bisect_right(self._fstart, pos, 0, len(self._same)) - 1)

    def original_start(self, pos: int) -> int:
        """The original offset where folded character ``pos`` begins (``len(original)`` past the end)."""
        if pos >= len(self.text):
            return len(self.original)
        k = self._piece(pos)
        if self._same[k]:
            return self._ostart[k] + pos - self._fstart[k]
        return self._ostart[k]

    def original_end(self, pos: int) -> int:
        """The original offset just past folded character ``pos - 1`` (a span's exclusive end)."""
        if pos <= 0:
            return 0
        last = pos - 1
        if last >= len(self.text):
            return len(self.original)
        k = self._piece(last)
        if self._same[k]:
            return self._ostart[k] + last - self._fstart[k] + 1
        return self._ostart[k + 1]

    def folded_offset(self, pos: int) -> int:
        """The folded offset where original offset ``pos`` falls: the first folded character that comes
        from original ``pos`` or later.

        >>> f = fold("a  “b”")
        >>> f.text, f.folded_offset(3), f.folded_offset(2)
        ('a "b"', 2, 2)
        """
        if pos >= len(self.original):
            return len(self.text)
        k = max(0, bisect_right(self._ostart, pos, 0, len(self._same)) - 1)
        if self._same[k]:
            return self._fstart[k] + pos - self._ostart[k]
        return self._fstart[k] if pos == self._ostart[k] else self._fstart[k + 1]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span that folded ``[start, end)`` stands for."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} lies outside a folded text of {len(self.text)} characters")
        if start == end:
            o = self.original_start(start)
            return o, o
        return self.original_start(start), self.original_end(end)


def fold(text: str, *, hyphenation: bool = False) -> Folded:
    """Fold quote marks, apostrophes, dashes, ligatures and white space; keep the way back.

    With ``hyphenation=True`` a word broken across lines by a hyphen ("compre-\\nhensive") is joined, as
    sources pasted from PDFs and transcripts need.

    >>> fold("compre-\\n  hensive", hyphenation=True).text
    'comprehensive'
    """
    one = text.translate(_TABLE)
    if hyphenation:
        # look for line-end hyphens in the layout with its newlines; output from the fully folded copy
        pattern, layout = _EDITS_HYPHENATION, text.translate(_TABLE_KEEP_NEWLINES)
    else:
        pattern, layout = _EDITS, one
    out: list[str] = []
    fstart: list[int] = []
    ostart: list[int] = []
    same: list[bool] = []
    flen = 0
    prev = 0
    for m in pattern.finditer(layout):
        s, e = m.span()
        if s > prev:
            out.append(one[prev:s])
            fstart.append(flen)
            ostart.append(prev)
            same.append(True)
            flen += s - prev
        g = m.group()
        # "" also for a line-end hyphen: the halves join
        rep = " " if g[0] in " \n" else _EXPANSIONS.get(g, "")
        out.append(rep)
        fstart.append(flen)
        ostart.append(s)
        same.append(False)
        flen += len(rep)
        prev = e
    if prev < len(text) or not same:
        out.append(one[prev:])
        fstart.append(flen)
        ostart.append(prev)
        same.append(True)
        flen += len(text) - prev
    # sentinel: the end of both texts
    fstart.append(flen)
    ostart.append(len(text))
    return Folded(text, "".join(out), tuple(fstart), tuple(ostart), tuple(same))


_TABLE_KEEP_NEWLINES = str.maketrans({k: v for k, v in _ONE_TO_ONE.items() if k != ord("\n")})
