"""Golden annotated articles: the extractor against human annotation, one test per expected statement.

Files: ``seeds/*.golden.json`` (text in the seed file named by ``source``) and
``tests/golden/*.golden.json`` (text inline; other files in tests/golden/ belong to other tests).  The
format and the matching rules are in docs/golden.md; the files are written by scripts/build_golden.py.  A
statement marked ``"expect": "fail"`` runs under ``xfail(strict=True)``, so the day the extractor learns it,
the test fails until the mark is removed.
"""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_FILES = sorted((ROOT / "seeds").glob("*.golden.json")) + sorted(
    (ROOT / "tests" / "golden").glob("*.golden.json")
)

#: least Jaccard overlap of alphanumeric positions for a predicted statement to match a gold one
OVERLAP = 0.8
LEVELS = {
    "named_direct",
    "named_indirect",
    "institutional",
    "anonymous_described",
    "anonymous",
    "unattributed",
}
STANCES = {"neutral", "endorsing", "conceding", "distancing", "tentative", "denial"}
_ARTICLES = ("the ", "a ", "an ")


def _load(path: Path) -> tuple[dict[str, Any], str]:
    record = json.loads(path.read_text(encoding="utf-8"))
    if "source" in record:
        with open(path.parent / record["source"], encoding="utf-8", newline="") as f:
            return record, f.read()
    return record, record["text"]


RECORDS = {path: _load(path) for path in GOLDEN_FILES}


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@cache
def _analyze(text: str) -> tuple[Any, ...]:
    from quotecheck.pipeline import analyze

    return tuple(analyze(text).statements)


def _alnum(text: str, spans: list[tuple[int, int]]) -> frozenset[int]:
    return frozenset(i for s, e in spans for i in range(s, e) if text[i].isalnum())


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _gold_segments(gold: dict[str, Any]) -> list[tuple[int, int]]:
    return sorted((s["start"], s["end"]) for s in gold["segments"])


def _pred_segments(pred: Any) -> list[tuple[int, int]]:
    return sorted((s.start, s.end) for s in pred.segments)


def _value(x: Any) -> Any:
    """An enum's value, or the thing itself: grades may be strings or enums."""
    return getattr(x, "value", x)


def _same_name(gold: dict[str, Any], name: str | None) -> bool:
    want = gold["name"]
    if gold["kind"] not in ("anonymous", "organization"):
        return want == name
    # An anonymous source's name is its descriptor as written; "Sources", "the sources" and "They" are one
    # source (DOMAIN.md 2.10), so case and a leading article do not count.  Nor do they for organizations:
    # "The Harbor City Transit Authority" and "the Harbor City Transit Authority" are one body.

    def norm(s: str | None) -> str:
        s = (s or "").strip().casefold()
        for art in _ARTICLES:
            if s.startswith(art):
                s = s[len(art) :]
        return s

    return norm(want) == norm(name)


def _mismatches(text: str, gold: dict[str, Any], pred: Any) -> list[str]:
    """What keeps ``pred`` from being ``gold``; empty when it matches."""
    why: list[str] = []
    gsegs = _gold_segments(gold)
    if gold["kind"] == "direct":
        if _pred_segments(pred) != gsegs:
            why.append(f"segments {_pred_segments(pred)} are not exactly {gsegs}")
    else:
        j = _jaccard(_alnum(text, gsegs), _alnum(text, _pred_segments(pred)))
        if j < OVERLAP:
            why.append(f"segment overlap {j:.2f} < {OVERLAP}")
    if pred.kind != gold["kind"]:
        why.append(f"kind {pred.kind!r}, want {gold['kind']!r}")
    gs, ps = gold["speaker"], pred.speaker
    if ps.kind != gs["kind"]:
        why.append(f"speaker kind {ps.kind!r}, want {gs['kind']!r}")
    if not _same_name(gs, ps.name):
        why.append(f"speaker name {ps.name!r}, want {gs['name']!r}")
    if gs["mention"] is not None:
        m = ps.mention
        if m is None or not (m.start < gs["end"] and gs["start"] < m.end):
            got = None if m is None else (m.start, m.end, m.text)
            why.append(f"mention {got!r} does not overlap {(gs['start'], gs['end'], gs['mention'])!r}")
    strength = getattr(pred, "strength", None)
    if strength is not None:
        if _value(strength.level) != gold["level"]:
            why.append(f"level {_value(strength.level)!r}, want {gold['level']!r}")
        if _value(strength.stance) != gold["stance"]:
            why.append(f"stance {_value(strength.stance)!r}, want {gold['stance']!r}")
        found = [getattr(h, "text", h).casefold() for h in getattr(strength, "hedges", ()) or ()]
        for hedge in gold["hedges"]:
            if not any(hedge.casefold() in f or f in hedge.casefold() for f in found if f):
                why.append(f"hedge {hedge!r} not among {found!r}")
    return why


def _describe(pred: Any) -> str:
    return f"{pred.kind} {pred.text[:60]!r} by {pred.speaker.name!r} ({pred.speaker.kind})"


def _statement_params() -> list[Any]:
    params = []
    for path, (record, _) in RECORDS.items():
        for i, gold in enumerate(record["statements"]):
            words = "-".join(
                "".join(c for c in w if c.isascii() and c.isalnum()) for w in gold["text"].split()[:4]
            )
            marks = []
            if gold["expect"] == "fail":
                marks.append(pytest.mark.xfail(strict=True, reason=f"issue {gold['issue']}"))
            params.append(pytest.param(path, i, marks=marks, id=f"{record['label']}-{i:02d}-{words}"))
    return params


def _file_params(*, exhaustive_only: bool = False) -> list[Any]:
    params = []
    for path, (record, _) in RECORDS.items():
        if exhaustive_only and not record.get("exhaustive"):
            continue
        marks = (
            [pytest.mark.xfail(strict=True, reason="spurious quotes")] if record["expect"] == "fail" else []
        )
        params.append(pytest.param(path, marks=marks, id=record["label"]))
    return params


@pytest.mark.parametrize(("path", "index"), _statement_params())
def test_statement_is_found(path: Path, index: int) -> None:
    record, text = RECORDS[path]
    gold = record["statements"][index]
    preds = _analyze(text)
    misses = [(pred, _mismatches(text, gold, pred)) for pred in preds]
    if any(not why for _, why in misses):
        return
    gsegs = _gold_segments(gold)
    galnum = _alnum(text, gsegs)
    near = sorted(misses, key=lambda pw: -_jaccard(galnum, _alnum(text, _pred_segments(pw[0]))))[:2]
    lines = [f"{_rel(path)}: no prediction matches {gold['kind']} {gold['text'][:70]!r}"]
    lines += [f"  nearest: {_describe(p)}: {'; '.join(why)}" for p, why in near]
    pytest.fail("\n".join(lines))


@pytest.mark.parametrize("path", _file_params(exhaustive_only=True))
def test_no_spurious_quotes(path: Path) -> None:
    """Every predicted direct or mixed statement is one of the annotated statements (scare quotes and titles
    of works are not speech)."""
    record, text = RECORDS[path]
    golds = [_alnum(text, _gold_segments(g)) for g in record["statements"]]
    spurious = [
        _describe(pred)
        for pred in _analyze(text)
        if pred.kind in ("direct", "mixed")
        and not any(_jaccard(g, _alnum(text, _pred_segments(pred))) >= OVERLAP for g in golds)
    ]
    assert not spurious, f"{_rel(path)}: not in the annotation: " + "; ".join(spurious)


@pytest.mark.parametrize("path", GOLDEN_FILES, ids=_rel)
def test_golden_file_is_well_formed(path: Path) -> None:
    """The annotation itself: every span round-trips, every value is one the format allows."""
    record, text = RECORDS[path]
    for key in ("label", "comment", "statements", "expect", "exhaustive"):
        assert key in record, f"{_rel(path)} lacks {key!r}"
    assert record["expect"] in ("pass", "fail")
    for st in record["statements"]:
        spans = [st, *st["segments"], *st["quotes"], *([st["cue"]] if st["cue"] else [])]
        for sp in spans:
            assert text[sp["start"] : sp["end"]] == sp["text"], f"{_rel(path)}: span {sp} does not round-trip"
        sp = st["speaker"]
        if sp["mention"] is not None:
            assert text[sp["start"] : sp["end"]] == sp["mention"], f"{_rel(path)}: mention {sp}"
        else:
            assert sp["kind"] == "unknown", f"{_rel(path)}: only an unknown speaker may lack a mention"
        assert st["kind"] in ("direct", "mixed", "indirect")
        assert sp["kind"] in ("person", "organization", "anonymous", "unknown")
        assert st["level"] in LEVELS
        assert st["stance"] in STANCES
        assert st["expect"] in ("pass", "fail")
        assert st["issue"] in (2, 3, 4, 17)
        assert (st["kind"] == "indirect") == (not st["quotes"]), (
            f"{_rel(path)}: quotes vs kind in {st['text']!r}"
        )
        for hedge in st["hedges"]:
            assert hedge in text


def test_golden_files_are_up_to_date() -> None:
    """The files on disk are exactly what scripts/build_golden.py writes from the annotations."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from build_golden import outputs
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    for target, content in outputs().items():
        assert target.read_text(encoding="utf-8") == content, f"{_rel(target)} is stale: run build_golden.py"
    assert set(outputs()) == set(GOLDEN_FILES), "a golden file has no annotation module in scripts/golden/"
