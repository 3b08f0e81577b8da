"""Places found in a quote index, written out: JSON lines, one JSON array, CSV (a row per place) or a table
that fits 80 columns.

Each lookup is the quotation looked up (typed words, or one quotation of an article) and the places found.

>>> import sys
>>> from quotecheck.corpus.index import query_quotation
>>> from quotecheck.corpus.model import Member
>>> place = Member("wire", 1, 46, "We will fight for every family in this state,", "Ann Marlow", "Wire",
...                "2024-05-02", "excerpt", 98)
>>> n = write_places([(query_quotation("we will fight for every family"), (place,))], sys.stdout, "table")
“we will fight for every family”: 1 place
  2024-05-02  excerpt         98  wire 1-46
      Ann Marlow, Wire: “We will fight for every family in this state,”
<BLANKLINE>
1 place
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TextIO

from quotecheck.cli import RecordWriter, cell_width, clip
from quotecheck.corpus.model import Member, Quotation

__all__ = ["CSV_FIELDS", "FORMATS", "Lookup", "write_places"]

FORMATS = ("table", "jsonl", "json", "csv")
#: the CSV columns: the quotation looked up, repeated on the row of each place found for it
CSV_FIELDS = (
    "words", "article", "quotation_start", "quotation_end", "doc", "start", "end", "text",
    "speaker", "outlet", "date", "verdict", "score", "substantive",
)  # fmt: skip
#: one lookup: what was looked up, and the places found, earliest first
Lookup = tuple[Quotation, Sequence[Member]]
_WIDTH = 80


def _cut(text: str, width: int) -> str:
    return clip(" ".join(text.split()), width)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def lookup_dict(query: Quotation, places: Sequence[Member], *, article: str | None = None) -> dict[str, Any]:
    """One lookup as JSON-ready values: ``words``, the ``quotation`` of the article when one was read, and
    its ``places``."""
    out: dict[str, Any] = {"words": query.quoted}
    if article is not None:
        out["quotation"] = {
            "doc": article,
            "start": query.start,
            "end": query.end,
            "text": query.text,
            "speaker": query.speaker,
        }
    out["places"] = [m.to_dict() for m in places]
    return out


def _table(lookups: Iterable[Lookup], out: TextIO, article: str | None) -> tuple[int, int]:
    looked = found = 0
    for query, places in lookups:
        looked += 1
        found += len(places)
        head = f"“{' '.join(query.quoted.split())}”"
        if article is not None:
            who = f", {query.speaker}" if query.speaker else ""
            head = f"{article} {query.start}-{query.end}{who}: {head}"
        tail = f": {_plural(len(places), 'place')}"
        out.write(_cut(head, _WIDTH - cell_width(tail)) + tail + "\n")
        for m in places:
            verdict = m.verdict + ("!" if m.substantive else "")
            row = f"  {m.date or 'undated':<10}  {verdict:<12} {m.score:>5}  "
            out.write(row + _cut(f"{m.doc} {m.start}-{m.end}", _WIDTH - cell_width(row)) + "\n")
            said = ", ".join(x for x in (m.speaker or "?", m.outlet) if x)
            out.write("      " + _cut(f"{said}: “{m.text}”", _WIDTH - 6) + "\n")
        out.write("\n")
    return looked, found


def _csv_rows(record: Mapping[str, Any]) -> Iterator[list[object]]:
    """A lookup's CSV rows, one per place, from its :func:`lookup_dict`."""
    q = record.get("quotation")
    where = (q["doc"], q["start"], q["end"]) if q is not None else ("", "", "")
    for m in record["places"]:
        yield [
            record["words"], *where, m["doc"], m["start"], m["end"], m["text"], m.get("speaker") or "",
            m.get("outlet") or "", m.get("date") or "", m["verdict"], m["score"], m["substantive"],
        ]  # fmt: skip


def write_places(lookups: Iterable[Lookup], out: TextIO, fmt: str, *, article: str | None = None) -> int:
    """Write each lookup (the quotation looked up, the places found) to ``out`` in ``fmt`` (``table``,
    ``jsonl``, ``json`` or ``csv``); ``article`` names the article the quotations come from, None for typed
    words.  Returns how many places were written.  In the table a ``!`` after a verdict marks a
    substantive change."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "table":
        looked, found = _table(lookups, out, article)
        if article is None:
            out.write(_plural(found, "place") + "\n")
        else:
            out.write(f"{_plural(looked, 'quotation')} of {article}, {_plural(found, 'place')}\n")
        return found
    writer = RecordWriter(out, fmt, columns=CSV_FIELDS, rows=_csv_rows)
    found = 0
    for query, places in lookups:
        writer.write(lookup_dict(query, places, article=article))
        found += len(places)
    writer.close()
    return found
