"""Sources as they come, prepared once for every quote checked against them.

A :class:`Source` is the text a quote is checked against: a plain text (a press release, a speech, another
article), a transcript whose turns carry speaker tags (``KILANI: …``, ``Q:``/``A:``), or a subtitle file
(SubRip ``.srt``, WebVTT ``.vtt``) whose cues carry times.  Preparing a source reads its layout into
:class:`Region` values (who speaks, when), keeps only the spoken words, folds them (quote marks,
apostrophes, dashes, ligatures, white space and line-end hyphenation never defeat a match) and indexes them by
word pairs, so that looking a quote up costs about the same in a 10 MB source as in a 10 kB one.

Every offset a source reports is an offset into :attr:`Source.text`, the text exactly as given.

>>> src = Source.from_text("KILANI: The meeting was pivotal.\\nQ: Why?\\n", name="briefing")
>>> src.format
'transcript'
>>> [(r.speaker, src.text[r.start:r.end]) for r in src.regions]
[('KILANI', 'The meeting was pivotal.'), ('Q', 'Why?')]
"""

from __future__ import annotations

import codecs
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

from attrs import field, frozen

from quotecheck.errors import SourceError
from quotecheck.inputs import DEFAULT_MAX_BYTES, Errors, read_text
from quotecheck.normalize import Folded, fold

__all__ = ["Region", "Source", "SourceFormat", "load_source", "tokenize"]

SourceFormat = Literal["text", "transcript", "srt", "vtt"]
SOURCE_FORMATS: tuple[SourceFormat, ...] = ("text", "transcript", "srt", "vtt")

# A word: a number with its inner separators ("10,000", "3.5"), or letters and digits joined by apostrophes
# ("Kilani's", "don't").  Hyphens split words, so "US-Israeli" and "US Israeli" differ only in punctuation.
WORD = re.compile(r"\d+(?:[.,:]\d+)*|[^\W_]+(?:'[^\W_]+)*")


def tokenize(folded: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every word of an already folded text.

    >>> t = "Kilani's 10,000-strong ranks"
    >>> [t[s:e] for s, e in tokenize(t)]
    ["Kilani's", '10,000', 'strong', 'ranks']
    """
    return [m.span() for m in WORD.finditer(folded)]


@frozen
class Region:
    """A stretch of a source with one speaker or one subtitle cue: ``source.text[start:end]`` is its words.

    ``speaker`` is the tag as written ("KILANI", "Q", a WebVTT voice), ``None`` where none is given;
    ``time`` is the cue's ``(start, end)`` in seconds for subtitles, ``None`` otherwise.
    """

    start: int
    end: int
    speaker: str | None = None
    time: tuple[float, float] | None = None


@frozen(eq=False)
class _Index:
    """The prepared form: spoken words folded, with maps back to the source text, and a word-pair index."""

    content: str  # the spoken text: the regions' words joined by newlines
    piece_content: tuple[int, ...]  # content piece k starts at piece_content[k] ...
    piece_text: tuple[int, ...]  # ... and is a verbatim copy of source text from piece_text[k]
    region_content: tuple[int, ...]  # where each region starts in content
    folded: Folded  # of content
    vocab: dict[str, int]
    ids: array[int]  # word ids, lower-cased
    wstart: array[int]  # word offsets into folded.text
    wend: array[int]
    pair_keys: array[int]  # sorted word-pair keys (id_a * len(vocab) + id_b) ...
    pair_pos: array[int]  # ... and the position of each pair's first word
    word_pos: array[int]  # word positions sorted by word id ...
    word_first: array[int]  # ... word id w occupies word_pos[word_first[w]:word_first[w + 1]]

    def to_text(self, fstart: int, fend: int) -> tuple[int, int]:
        """The span of the source text that the folded span ``[fstart, fend)`` stands for."""
        cstart, cend = self.folded.to_original(fstart, fend)
        return self._content_to_text(cstart, False), self._content_to_text(cend, True)

    def _content_to_text(self, pos: int, is_end: bool) -> int:
        starts = self.piece_content
        k = bisect_right(starts, pos - 1 if is_end and pos > 0 else pos) - 1
        k = max(k, 0)
        return self.piece_text[k] + pos - starts[k]

    def region_at(self, fpos: int) -> int:
        """The index of the region holding folded offset ``fpos``."""
        cpos = self.folded.original_start(fpos)
        return max(0, bisect_right(self.region_content, cpos) - 1)

    def pair_positions(self, a: int, b: int) -> tuple[int, int]:
        """``pair_pos[lo:hi]`` are the positions where word ``a`` is followed by word ``b``."""
        key = a * len(self.vocab) + b
        lo = bisect_left(self.pair_keys, key)
        return lo, bisect_right(self.pair_keys, key, lo)

    def word_positions(self, a: int) -> tuple[int, int]:
        return self.word_first[a], self.word_first[a + 1]


@frozen(eq=False)
class Source:
    """A source prepared for verification.  Build one with :meth:`from_text` or :func:`load_source`.

    ``name`` is what verdicts call it (a path, or a name given); ``text`` is the text exactly as given and
    every offset refers to it; ``regions`` are its turns or cues in order.
    """

    name: str
    text: str = field(repr=False)
    format: SourceFormat
    regions: tuple[Region, ...] = field(repr=False)
    _index: _Index = field(repr=False, alias="index")

    @property
    def index(self) -> _Index:
        return self._index

    @property
    def n_words(self) -> int:
        return len(self._index.ids)

    @classmethod
    def from_text(
        cls, text: str, *, name: str = "<source>", format: SourceFormat | Literal["auto"] = "auto"
    ) -> Source:
        """Read ``text`` as a source of the given format (``"auto"``: subtitles by their timing lines,
        a transcript when at least two lines open with a capitalized speaker tag, plain text otherwise)."""
        layout = _layout(text)
        fmt = _detect(layout) if format == "auto" else format
        if fmt not in SOURCE_FORMATS:
            raise SourceError(
                f"unknown source format {fmt!r}: use one of {', '.join(SOURCE_FORMATS)} or auto"
            )
        if fmt == "srt" or fmt == "vtt":
            regions = _read_subtitles(layout, fmt, name)
        elif fmt == "transcript":
            regions = _read_transcript(layout)
        else:
            regions = [(Region(0, len(text)), [(0, len(text))])] if text else []
        return cls(name, text, fmt, tuple(r for r, _ in regions), _prepare(layout, regions))

    def passage_time(self, start: int, end: int) -> tuple[float, float] | None:
        """The time covered by the cues overlapping source span ``[start, end)``, for subtitles."""
        times = [r.time for r in self.regions if r.time is not None and r.start < end and start < r.end]
        if not times:
            return None
        return min(t[0] for t in times), max(t[1] for t in times)


def load_source(
    path: str | Path,
    *,
    format: SourceFormat | Literal["auto"] = "auto",
    errors: Errors = "strict",
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Source:
    """Read a source file (UTF-8, or UTF-16 with a byte-order mark); ``.srt`` and ``.vtt`` files are read
    as subtitles.  :attr:`Source.text` is the file's text exactly as decoded (the byte-order mark left
    out, ``\r\n`` and ``\r`` kept), and every offset refers to it.  ``errors`` and ``max_bytes`` are
    :func:`quotecheck.inputs.read_input`'s: how undecodable bytes are met, and the largest file read.

    Raises :class:`~quotecheck.errors.SourceError` when the file cannot be read or parsed.
    """
    p = Path(path)
    try:
        text = read_text(p, role="source", error=SourceError, errors=errors, max_bytes=max_bytes)
    except SourceError:
        wide = _read_utf16(p, max_bytes)
        if wide is None:
            raise
        text = wide
    if format == "auto" and p.suffix.lower() in (".srt", ".vtt"):
        format = "srt" if p.suffix.lower() == ".srt" else "vtt"
    return Source.from_text(text, name=str(path), format=format)


def _read_utf16(path: Path, max_bytes: int | None) -> str | None:
    """The text of a UTF-16 file that opens with its byte-order mark (as Windows tools save "Unicode"
    text), or None for any other file, and for one over ``max_bytes`` (whose error stands)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    except OSError:
        return None
    if max_bytes is not None and len(data) > max_bytes:
        return None
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    try:
        return data.decode("utf-16")  # the mark picks the byte order and is left out
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"source {path}: not UTF-16 text (undecodable byte at offset {exc.start}); "
            "convert it to UTF-8 first"
        ) from None


# --- reading the layout -------------------------------------------------------------------------------

# Every line end as "\n", in a copy of the text of the same length: the layout patterns below see only "\n",
# and offsets found in the copy are offsets into the text.  "\r\n" becomes " \n"; a leading byte-order mark
# becomes a space, so that "WEBVTT" and a first speaker tag still open the text.
_LINE_ENDS = ("\r", "\u2028", "\u2029", "\x85")


def _layout(text: str) -> str:
    layout = text.replace("\r\n", " \n")
    for end in _LINE_ENDS:
        if end in layout:  # str.replace is C-fast; a translate table is not
            layout = layout.replace(end, "\n")
    if layout.startswith("\N{ZERO WIDTH NO-BREAK SPACE}"):
        layout = " " + layout[1:]
    return layout


# A region is given as a Region plus the pieces of source text holding its words (tags and markup cut out).
_Pieces = list[tuple[int, int]]

_STAMP = r"(?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}"
_TIMING = re.compile(rf"^[ \t]*(?P<a>{_STAMP})[ \t]*-->[ \t]*(?P<b>{_STAMP})[^\n]*$", re.M)
# A speaker tag opening a transcript line: "KILANI:", "MR KILANI:", "Q:", "A:", "Walid Kilani:".
_CAPS_TAG = r"Q|A|[A-Z][A-Z0-9.'’\-]*(?:[ \t][A-Z0-9.'’\-]+){0,4}"
_TITLE_TAG = r"[A-Z][\w.'’\-]*(?:[ \t][A-Z][\w.'’\-]*){0,3}"
_TAG_CAPS = re.compile(rf"^[ \t]*(?P<tag>{_CAPS_TAG})[ \t]*:[ \t]+", re.M)
_TAG_IN_CUE = re.compile(rf"[ \t]*(?P<tag>{_CAPS_TAG})[ \t]*:[ \t]+")
_TAG_ANY = re.compile(rf"^[ \t]*(?P<tag>{_CAPS_TAG}|{_TITLE_TAG})[ \t]*:[ \t]+", re.M)
# Markup inside cues: HTML-like tags (<i>, <v Name>, <00:01.000>) and SubStation overrides ({\an8}).
_MARKUP = re.compile(r"<[^<>\n]*>|\{\\[^{}\n]*\}")
_VOICE = re.compile(r"<v(?:\.[^ >]*)?[ \t]+(?P<name>[^>]+)>")


def _detect(text: str) -> SourceFormat:
    head = text.lstrip()[:64]
    if head.startswith("WEBVTT"):
        return "vtt"
    if _TIMING.search(text[:4000]):
        return "srt"
    tags = _TAG_CAPS.findall(text[:200_000])
    if len(tags) >= 2:
        return "transcript"
    return "text"


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    total = 0.0
    for p in parts:
        total = total * 60 + float(p)
    return total


def _read_subtitles(text: str, fmt: SourceFormat, name: str) -> list[tuple[Region, _Pieces]]:
    if fmt == "vtt" and not text.lstrip().startswith("WEBVTT"):
        raise SourceError(f"source {name!r} is not WebVTT: the file must begin with 'WEBVTT'")
    out: list[tuple[Region, _Pieces]] = []
    for m in _TIMING.finditer(text):
        a, b = _seconds(m.group("a")), _seconds(m.group("b"))
        if b < a:
            raise SourceError(f"source {name!r}: a cue ends before it begins at {m.group().strip()!r}")
        pos = m.end() + 1
        pieces: _Pieces = []
        speaker: str | None = None
        while pos < len(text):
            nl = text.find("\n", pos)
            line_end = len(text) if nl < 0 else nl
            line = text[pos:line_end]
            if not line.strip() or _TIMING.match(line):
                break
            # markup out, speaker tags noted
            for v in _VOICE.finditer(line):
                speaker = speaker or v.group("name").strip()
            cut = pos
            lead = re.match(r"[ \t]*-[ \t]+", line)  # a dialogue dash: "- Where?"
            if lead:
                cut = pos + lead.end()
            while (mk0 := _MARKUP.match(text, cut, line_end)) is not None:
                cut = mk0.end()
            tag = _TAG_IN_CUE.match(text, cut, line_end)
            if tag:
                speaker = speaker or tag.group("tag")
                cut = tag.end()
            for mk in _MARKUP.finditer(text, cut, line_end):
                if mk.start() > cut:
                    pieces.append((cut, mk.start()))
                cut = mk.end()
            if line_end > cut:
                pieces.append((cut, line_end))
            pos = line_end + 1
        pieces = [_trim(text, s, e) for s, e in pieces if text[s:e].strip()]
        if pieces:
            out.append((Region(pieces[0][0], pieces[-1][1], speaker, (a, b)), pieces))
    if not out:
        raise SourceError(f"source {name!r} holds no subtitle cues: check that it is a {fmt.upper()} file")
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _read_transcript(text: str) -> list[tuple[Region, _Pieces]]:
    out: list[tuple[Region, _Pieces]] = []
    tags = list(_TAG_ANY.finditer(text))
    bounds = [(None, 0)] + [(m.group("tag"), m.end()) for m in tags]
    line_starts = [m.start() for m in tags] + [len(text)]
    for k, (speaker, start) in enumerate(bounds):
        end = line_starts[k]
        s, e = _trim(text, start, end)
        if e > s:
            out.append((Region(s, e, speaker), [(s, e)]))
    return out


# --- preparing the index --------------------------------------------------------------------------------


def _prepare(text: str, regions: Sequence[tuple[Region, _Pieces]]) -> _Index:
    parts: list[str] = []
    piece_content: list[int] = []
    piece_text: list[int] = []
    region_content: list[int] = []
    clen = 0
    for n, (_, pieces) in enumerate(regions):
        for k, (s, e) in enumerate(pieces):
            if n or k:
                parts.append("\n")
                clen += 1
            if k == 0:
                region_content.append(clen)
            piece_content.append(clen)
            piece_text.append(s)
            parts.append(text[s:e])
            clen += e - s
    if not piece_content:
        piece_content, piece_text = [0], [0]
    content = "".join(parts)
    folded = fold(content, hyphenation=True)
    spans = tokenize(folded.text)
    lower = folded.text.lower()
    vocab: dict[str, int] = {}
    ids = array("q", [vocab.setdefault(lower[s:e], len(vocab)) for s, e in spans])
    wstart = array("q", [s for s, _ in spans])
    wend = array("q", [e for _, e in spans])
    v = len(vocab)
    keys = [ids[i] * v + ids[i + 1] for i in range(len(ids) - 1)]
    order = sorted(range(len(keys)), key=keys.__getitem__)
    pair_keys = array("q", [keys[i] for i in order])
    pair_pos = array("q", order)
    word_order = sorted(range(len(ids)), key=ids.__getitem__)
    counts = [0] * (v + 1)
    for w in ids:
        counts[w + 1] += 1
    for w in range(v):
        counts[w + 1] += counts[w]
    return _Index(
        content,
        tuple(piece_content),
        tuple(piece_text),
        tuple(region_content),
        folded,
        vocab,
        ids,
        wstart,
        wend,
        pair_keys,
        pair_pos,
        array("q", word_order),
        array("q", counts),
    )


def as_sources(sources: Source | str | Path | Iterable[Source | str | Path]) -> tuple[Source, ...]:
    """Sources from what callers pass: a :class:`Source`, a ``str`` (the source's text), a ``Path`` (a file
    to read), or an iterable of them."""
    if isinstance(sources, Source | str | Path | bytes | bytearray):
        sources = (sources,)  # bytes too: one source given undecoded, not an iterable of numbers
    out: list[Source] = []
    for n, s in enumerate(sources):
        if isinstance(s, Source):
            out.append(s)
        elif isinstance(s, Path):
            out.append(load_source(s))
        elif isinstance(s, str):
            out.append(Source.from_text(s, name=f"<source {n + 1}>"))
        elif isinstance(s, bytes | bytearray):
            raise SourceError(
                f"a source must be a Source, a str or a Path, not {type(s).__name__}; decode it first,"
                " e.g. with quotecheck.inputs.decode(data)"
            )
        else:
            raise SourceError(f"a source must be a Source, a str or a Path, not {type(s).__name__}")
    return tuple(out)
