"""docs/statement.schema.json accepts what ``Statement.to_json()`` writes and rejects what it never writes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quotecheck.cli import main
from quotecheck.evaluation import load_gold
from quotecheck.model import Cue, Speaker, Statement, span_of
from quotecheck.pipeline import analyze

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "docs" / "statement.schema.json").read_text("utf-8")
)

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_6a3cf512a1b1602a.txt"
#: articles whose graded statements carry every part of a strength: anonymity, hedges, nesting
GRADED = (
    "“We will not sign,” said Ana Torres. Two senior officials, who spoke on condition of anonymity because"
    " the talks are private, said the deal was close, citing diplomats.",
    "The plan was reportedly shelved. “Nothing is decided,” a spokesman said.",
)

TEXT = (
    "“We will not sign,” said Ana Torres. Two officials, who spoke on condition of anonymity because the "
    "talks are private, said the deal was close."
)


def at(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def statements() -> list[Statement]:
    quote = span_of(TEXT, *at("“We will not sign,”"))
    content = span_of(TEXT, *at("We will not sign,"))
    said = at("said Ana")
    direct = Statement(
        "direct",
        content.start,
        content.end,
        content.text,
        (content,),
        (quote,),
        Speaker("Ana Torres", "person", span_of(TEXT, *at("Ana Torres"))),
        Cue(said[0], said[0] + 4, "said", "say"),
    )
    indirect_content = span_of(TEXT, *at("the deal was close"))
    anonymous = Statement(
        "indirect",
        indirect_content.start,
        indirect_content.end,
        indirect_content.text,
        (indirect_content,),
        (),
        Speaker(
            "Two officials",
            "anonymous",
            span_of(TEXT, *at("Two officials")),
            descriptor="Two officials",
            count=2,
            reason="because the talks are private",
        ),
        None,
        continuation=True,
    )
    unknown = Statement("indirect", 0, 2, TEXT[:2], (span_of(TEXT, 0, 2),), (), Speaker.unknown())
    return [direct, anonymous, unknown]


def line(records: list[dict[str, Any]]) -> dict[str, Any]:
    return {"path": "article.txt", "statements": records}


def test_statements_as_written_are_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    jsonschema.validate(line([s.to_json() for s in statements()]), SCHEMA)


def test_strength_as_graded_or_null_is_valid() -> None:
    record = statements()[0].to_json()
    for text in GRADED:
        for statement in analyze(text).statements:
            assert statement.strength is not None
            jsonschema.validate(line([dict(record, strength=statement.strength.to_json())]), SCHEMA)
    jsonschema.validate(line([dict(record, strength=None)]), SCHEMA)


def test_the_graded_examples_exercise_every_part_of_a_strength() -> None:
    # guards the test above: it proves little unless anonymity, hedges and nesting all occur
    strengths = [s.strength for text in GRADED for s in analyze(text).statements if s.strength]
    assert any(s.anonymity is not None for s in strengths)
    assert any(s.hedges for s in strengths)
    assert any(s.nested for s in strengths)
    assert {s.level for s in strengths} >= {"named_direct", "anonymous", "unattributed"}


def graded() -> dict[str, Any]:
    """A real line with --summary: every statement graded, the anonymous one described and nested."""
    return {"path": "article.txt", **analyze(GRADED[0]).to_json(summary=True)}


def spoiled(change: str) -> dict[str, Any]:
    direct, anonymous, unknown = (s.to_json() for s in statements())
    if change == "kind":
        return line([dict(direct, kind="quote")])
    if change == "speaker kind":
        return line([dict(direct, speaker=dict(direct["speaker"], kind="spokesman"))])
    if change == "anonymous without descriptor":
        speaker = {k: v for k, v in anonymous["speaker"].items() if k != "descriptor"}
        return line([dict(anonymous, speaker=speaker)])
    if change == "named with a count":
        return line([dict(direct, speaker=dict(direct["speaker"], count=2))])
    if change == "negative offset":
        return line([dict(direct, start=-1)])
    if change == "no continuation":
        return line([{k: v for k, v in direct.items() if k != "continuation"}])
    if change == "no reported_as":
        return line([{k: v for k, v in direct.items() if k != "reported_as"}])
    if change == "reported_as of no shape":
        return line([dict(direct, reported_as="rumour")])
    if change == "cue without lemma":
        return line([dict(direct, cue={k: v for k, v in direct["cue"].items() if k != "lemma"})])
    if change == "no segments":
        return line([dict(direct, segments=[])])
    if change == "unknown speaker with a name":
        # issue 17: "48 million" came out as the name of a speaker of no kind
        return line([dict(unknown, speaker=dict(unknown["speaker"], name="48 million"))])
    record = graded()
    first = record["statements"][0]
    strength = first["strength"]
    nested = next(s["strength"] for s in record["statements"] if s["strength"]["anonymity"])
    summary = record["summary"]
    if change == "strength: unknown level":
        strength["level"] = "hearsay"
    elif change == "strength: rank of another level":
        strength["rank"] = 4
    elif change == "strength: rank above 5":
        nested["rank"] = 6
    elif change == "strength: unknown stance":
        strength["stance"] = "sarcastic"
    elif change == "strength: a field never written":
        strength["confidence"] = 0.9
    elif change == "strength: no nested":
        del strength["nested"]
    elif change == "strength: a hedge that is not a span":
        strength["hedges"] = ["reportedly"]
    elif change == "strength: anonymity without role":
        del nested["anonymity"]["role"]
    elif change == "strength: anonymity of zero sources":
        nested["anonymity"]["count"] = 0
    elif change == "summary: a level missing":
        del summary["levels"]["institutional"]
    elif change == "summary: a level never defined":
        summary["levels"]["hearsay"] = 1
    elif change == "summary: a share above 1":
        summary["anonymous_share"] = 1.5
    elif change == "summary: a negative count":
        summary["hedges"] = -1
    elif change == "summary: a named source without indirect":
        del summary["named_sources"][0]["indirect"]
    elif change == "summary: a field never written":
        summary["words"] = 100
    elif change == "summary: not an object":
        record["summary"] = None
    else:
        raise AssertionError(change)
    return record


SPOILED = [
    "kind",
    "speaker kind",
    "anonymous without descriptor",
    "named with a count",
    "negative offset",
    "no continuation",
    "no reported_as",
    "reported_as of no shape",
    "cue without lemma",
    "no segments",
    "unknown speaker with a name",
    "strength: unknown level",
    "strength: rank of another level",
    "strength: rank above 5",
    "strength: unknown stance",
    "strength: a field never written",
    "strength: no nested",
    "strength: a hedge that is not a span",
    "strength: anonymity without role",
    "strength: anonymity of zero sources",
    "summary: a level missing",
    "summary: a level never defined",
    "summary: a share above 1",
    "summary: a negative count",
    "summary: a named source without indirect",
    "summary: a field never written",
    "summary: not an object",
]


def test_the_record_spoiled_is_valid_before_it_is_spoiled() -> None:
    jsonschema.validate(graded(), SCHEMA)
    assert graded()["summary"]["named_sources"], "the summary tests need a named source to spoil"


@pytest.mark.parametrize("change", SPOILED)
def test_what_is_never_written_is_rejected(change: str) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(spoiled(change), SCHEMA)


def test_the_extractors_output_is_valid() -> None:
    examples = Path(__file__).resolve().parent.parent / "docs" / "examples" / "gold.jsonl"
    for article in load_gold(examples):
        records = [s.to_json() for s in analyze(article.text).statements]
        jsonschema.validate(line(records), SCHEMA)


def test_extract_summary_lines_are_valid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(SEED)]
    for i, text in enumerate(GRADED):
        path = tmp_path / f"graded{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    paths.append(str(empty))
    assert main(["extract", "--format", "jsonl", "--summary", *paths]) == 0
    lines = [json.loads(text) for text in capsys.readouterr().out.splitlines()]
    assert [record["path"] for record in lines] == paths
    for record in lines:
        assert "summary" in record
        jsonschema.validate(record, SCHEMA)
    assert lines[0]["summary"]["statements"] == len(lines[0]["statements"]) > 0
    assert lines[-1]["summary"]["statements"] == 0


def test_an_unknown_speaker_keeps_its_mention_but_not_a_name() -> None:
    # an unresolved "they" is a mention of no one the text names: valid with a null name
    _, _, unknown = (s.to_json() for s in statements())
    speaker = dict(unknown["speaker"], mention="they", start=0, end=2)
    jsonschema.validate(line([dict(unknown, speaker=speaker)]), SCHEMA)


def test_the_schema_names_every_shape_of_reported_content() -> None:
    from quotecheck.model import REPORTED_AS

    shape = SCHEMA["$defs"]["statement"]["properties"]["reported_as"]
    assert shape["enum"] == list(REPORTED_AS)
