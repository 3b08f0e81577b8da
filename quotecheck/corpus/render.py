"""Clusters written out: JSON lines, one JSON array, CSV (a row per member) or a table that fits 80 columns.

>>> from quotecheck.corpus.model import Cluster, Member
>>> m1 = Member("wire", 1, 46, "We will fight for every family in this state,", "Ann Marlow", "Wire",
...             "2024-05-02", "verbatim", 100)
>>> m2 = Member("daily", 30, 60, "we will fight for every family", "Bob Tran", None, None, "excerpt", 100)
>>> c = Cluster("q0123456789ab", m1.text, m1, (m1, m2), True)
>>> import sys
>>> n = write_clusters([c], sys.stdout, "table")
q0123456789ab  2 members in 2 documents  first: wire, 2024-05-02
  “We will fight for every family in this state,”
  speakers disagree: Ann Marlow; Bob Tran
  verdict      score  document              place          speaker
  verbatim       100  wire                  1-46           Ann Marlow
  excerpt        100  daily                 30-60          Bob Tran
<BLANKLINE>
1 cluster
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal, TextIO

from quotecheck.cli import RecordWriter, cell_width, clip, pad
from quotecheck.corpus.model import Cluster

__all__ = ["CSV_FIELDS", "FORMATS", "write_clusters"]

Format = Literal["jsonl", "json", "table", "csv"]
FORMATS: tuple[Format, ...] = ("jsonl", "json", "table", "csv")
#: the CSV columns: the cluster's fields repeated on each of its members' rows
CSV_FIELDS = (
    "cluster", "cluster_text", "speakers_disagree", "doc", "start", "end", "text",
    "speaker", "outlet", "date", "verdict", "score", "substantive", "first",
)  # fmt: skip
_WIDTH = 80


def _cut(text: str, width: int) -> str:
    return clip(" ".join(text.split()), width)


def _wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` terminal columns: at spaces, and within a run of wide
    characters (which has no spaces to break at) where the columns run out."""
    lines = []
    for line in textwrap.wrap(text, width):
        while cell_width(line) > width:
            cut = len(clip(line, width + 1)) - 1  # as many characters as fit in width columns
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


def _table(clusters: Iterable[Cluster], out: TextIO) -> int:
    n = 0
    for c in clusters:
        n += 1
        docs = len({m.doc for m in c.members})
        head = f"{c.cluster}  {len(c.members)} members in {docs} documents"
        if c.first is not None:
            head += f"  first: {_cut(c.first.doc, 20)}, {c.first.date}"
        out.write(clip(head, _WIDTH) + "\n")
        quoted = _wrap("“" + " ".join(c.text.split()) + "”", _WIDTH - 2)
        for line in quoted[:3]:
            out.write(f"  {line}\n")
        if len(quoted) > 3:
            out.write("  …\n")
        if c.speakers_disagree:
            names = sorted({m.speaker for m in c.members if m.speaker})
            out.write("  " + _cut("speakers disagree: " + "; ".join(names), _WIDTH - 2) + "\n")
        out.write(f"  {'verdict':<12} {'score':>5}  {'document':<21} {'place':<14} speaker\n")
        for m in c.members:
            verdict = m.verdict + ("!" if m.substantive else "")
            row = f"  {verdict:<12} {m.score:>5}  {pad(m.doc, 21)} {f'{m.start}-{m.end}':<14} "
            out.write(row + _cut(m.speaker or "?", _WIDTH - cell_width(row)) + "\n")
        out.write("\n")
    out.write(f"{n} cluster{'s' if n != 1 else ''}\n")
    return n


def _csv_rows(record: Mapping[str, Any]) -> Iterator[list[object]]:
    """A cluster's CSV rows, one per member, from its ``to_dict()``."""
    first = record["first"]
    first_at = (first["doc"], first["start"]) if first is not None else None
    for m in record["members"]:
        yield [
            record["cluster"], record["text"], record["speakers_disagree"], m["doc"], m["start"], m["end"],
            m["text"], m.get("speaker") or "", m.get("outlet") or "", m.get("date") or "", m["verdict"],
            m["score"], m["substantive"], (m["doc"], m["start"]) == first_at,
        ]  # fmt: skip


def write_clusters(clusters: Iterable[Cluster], out: TextIO, fmt: str) -> int:
    """Write ``clusters`` to ``out`` in ``fmt`` (``jsonl``, ``json``, ``table`` or ``csv``), each as it
    comes where the format allows; returns how many were written.  In the table a ``!`` after a verdict
    marks a substantive change."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "table":
        return _table(clusters, out)
    writer = RecordWriter(out, fmt, columns=CSV_FIELDS, rows=_csv_rows)
    count = 0
    for c in clusters:
        writer.write(c.to_dict())
        count += 1
    writer.close()
    return count
