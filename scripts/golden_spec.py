"""Turn a compact, hand-written annotation into a golden JSON record with every offset computed.

Annotators point at text instead of counting characters; this module finds the characters and checks that
every span it writes round-trips (``text[start:end] == span["text"]``).  ``scripts/build_golden.py`` holds the
annotations and writes the files; ``tests/test_golden.py`` re-checks the round trip on whatever is on disk.

Pointing at text
----------------
A *locator* is a string that must occur exactly once in the article.  Square brackets inside it mark the
part that is meant, so ``"[he] admitted"`` means the "he" of the only "he admitted".  A pair
``(first, last)`` means the stretch from the start of ``first`` to the end of the first ``last`` after it
(both may use brackets).  ``{"nth": 2, "at": "he said"}`` is the second occurrence when uniqueness is
impossible.
"""

from __future__ import annotations

from typing import Any

__all__ = ["MARKS", "build_record", "locate"]

#: every character that can open or close a quotation (DOMAIN.md section 2, rule 1)
MARKS = (
    "\"'\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}"
    "\N{RIGHT SINGLE QUOTATION MARK}\N{DOUBLE LOW-9 QUOTATION MARK}\N{SINGLE LOW-9 QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}`"
)

LEVELS = (
    "named_direct",
    "named_indirect",
    "institutional",
    "anonymous_described",
    "anonymous",
    "unattributed",
)
STANCES = ("neutral", "endorsing", "conceding", "distancing", "tentative", "denial")
KINDS = ("direct", "mixed", "indirect")
SPEAKER_KINDS = ("person", "organization", "anonymous", "unknown")


class SpecError(ValueError):
    """An annotation that does not point at exactly one place in its article."""


def _one(text: str, needle: str, start: int = 0, *, nth: int | None = None) -> int:
    hits: list[int] = []
    i = text.find(needle, start)
    while i != -1:
        hits.append(i)
        i = text.find(needle, i + 1)
    if nth is not None:
        if len(hits) < nth:
            raise SpecError(f"{needle!r} occurs {len(hits)} times, wanted occurrence {nth}")
        return hits[nth - 1]
    if len(hits) != 1:
        raise SpecError(f"{needle!r} occurs {len(hits)} times after offset {start}; it must occur once")
    return hits[0]


def _bracketed(loc: str) -> tuple[str, int, int]:
    """The plain needle, and the bracketed part's offsets inside it (the whole needle without brackets)."""
    if "[" in loc:
        a = loc.index("[")
        b = loc.index("]")
        plain = loc[:a] + loc[a + 1 : b] + loc[b + 1 :]
        return plain, a, b - 1
    return loc, 0, len(loc)


def _point(text: str, loc: Any, start: int = 0, *, first_after: bool = False) -> tuple[int, int]:
    nth = None
    if isinstance(loc, dict):
        nth, loc = loc["nth"], loc["at"]
    plain, a, b = _bracketed(loc)
    if first_after:
        i = text.find(plain, start)
        if i == -1:
            raise SpecError(f"{plain!r} not found after offset {start}")
    else:
        i = _one(text, plain, start, nth=nth)
    return i + a, i + b


def locate(text: str, loc: Any) -> dict[str, Any]:
    """The span a locator points at, as ``{"start", "end", "text"}``."""
    if isinstance(loc, tuple):
        first, last = loc
        s, _ = _point(text, first)
        _, e = _point(text, last, s, first_after=True)
    else:
        s, e = _point(text, loc)
    return {"start": s, "end": e, "text": text[s:e]}


def _quote_around(text: str, seg: dict[str, Any]) -> dict[str, Any]:
    """The mark-inclusive quotation around a direct quote's segment.

    The opening mark must sit just before the segment.  The closing mark must sit just after it, except for a
    paragraph of a multi-paragraph quote (or an unclosed quote), whose quotation runs to the paragraph's end.
    """
    s, e = seg["start"], seg["end"]
    if s == 0 or text[s - 1] not in MARKS:
        raise SpecError(f"no opening mark before direct segment {seg['text']!r}")
    s -= 2 if text[max(s - 2, 0) : s] == "``" else 1  # ASCII ``...'' marks are two characters each
    if text[e : e + 2] == "''":
        e += 2
    elif e < len(text) and text[e] in MARKS:
        e += 1
    elif not (e == len(text) or text[e] == "\n"):
        raise SpecError(f"direct segment {seg['text']!r} neither closes with a mark nor ends its paragraph")
    return {"start": s, "end": e, "text": text[s:e]}


def build_statement(text: str, st: dict[str, Any]) -> dict[str, Any]:
    kind = st["kind"]
    if kind not in KINDS:
        raise SpecError(f"kind {kind!r}")
    segments = [locate(text, loc) for loc in st["segments"]]
    if kind == "direct":
        quotes = [_quote_around(text, seg) for seg in segments]
    else:
        quotes = [locate(text, loc) for loc in st.get("quotes", [])]
        for q in quotes:
            if q["text"][0] not in MARKS:
                raise SpecError(f"quote {q['text']!r} must include its opening mark")
        if kind == "mixed" and not quotes:
            raise SpecError("a mixed statement holds at least one quotation")
        if kind == "indirect" and quotes:
            raise SpecError("an indirect statement holds no quotation; make it mixed")
    name, skind, mention = st["speaker"]
    if skind not in SPEAKER_KINDS:
        raise SpecError(f"speaker kind {skind!r}")
    if mention is None:
        speaker = {"name": name, "kind": skind, "mention": None, "start": None, "end": None}
    else:
        m = locate(text, mention)
        speaker = {"name": name, "kind": skind, "mention": m["text"], "start": m["start"], "end": m["end"]}
    cue = locate(text, st["cue"]) if st.get("cue") else None
    if st["level"] not in LEVELS or st["stance"] not in STANCES:
        raise SpecError(f"level {st['level']!r} / stance {st['stance']!r}")
    spans = [*segments, *quotes]
    start = min(s["start"] for s in spans)
    end = max(s["end"] for s in spans)
    hedges = list(st.get("hedges", []))
    for h in hedges:
        if h not in text:
            raise SpecError(f"hedge {h!r} does not occur in the text")
    out: dict[str, Any] = {
        "kind": kind,
        "start": start,
        "end": end,
        "text": text[start:end],
        "segments": segments,
        "quotes": quotes,
        "speaker": speaker,
        "cue": cue,
        "level": st["level"],
        "stance": st["stance"],
        "hedges": hedges,
        "expect": st.get("expect", "pass"),
        "issue": st["issue"],
        "comment": st.get("comment", ""),
    }
    check_record_spans(text, [out])
    return out


def check_record_spans(text: str, statements: list[dict[str, Any]]) -> None:
    """Raise unless every span of every statement round-trips against ``text``."""
    for st in statements:
        spans = [st, *st["segments"], *st["quotes"]]
        if st["cue"]:
            spans.append(st["cue"])
        for sp in spans:
            if text[sp["start"] : sp["end"]] != sp["text"]:
                raise SpecError(f"span {sp['start']}:{sp['end']} is not {sp['text']!r}")
        sp = st["speaker"]
        if sp["mention"] is not None and text[sp["start"] : sp["end"]] != sp["mention"]:
            raise SpecError(f"mention {sp['start']}:{sp['end']} is not {sp['mention']!r}")


def build_record(
    label: str, comment: str, text: str, statements: list[dict[str, Any]], **extra: Any
) -> dict[str, Any]:
    built = [build_statement(text, st) for st in statements]
    built.sort(key=lambda s: (s["start"], s["end"]))
    return {
        "label": label,
        "comment": comment,
        **extra,
        "text": text,
        "statements": built,
    }
