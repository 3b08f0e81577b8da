"""docs/statement.schema.json accepts what ``Statement.to_json()`` writes and rejects what it never writes."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from quotecheck.evaluation import load_gold
from quotecheck.model import Cue, Speaker, Statement, span_of

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "docs" / "statement.schema.json").read_text("utf-8")
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


def test_strength_may_be_any_object_or_null() -> None:
    record = statements()[0].to_json()
    jsonschema.validate(line([dict(record, strength={"level": "asserted", "reasons": ["said"]})]), SCHEMA)
    jsonschema.validate(line([dict(record, strength=None)]), SCHEMA)


def spoiled(change: str) -> dict[str, Any]:
    direct, anonymous, _ = (s.to_json() for s in statements())
    if change == "kind":
        return dict(direct, kind="quote")
    if change == "speaker kind":
        return dict(direct, speaker=dict(direct["speaker"], kind="spokesman"))
    if change == "anonymous without descriptor":
        return dict(anonymous, speaker={k: v for k, v in anonymous["speaker"].items() if k != "descriptor"})
    if change == "named with a count":
        return dict(direct, speaker=dict(direct["speaker"], count=2))
    if change == "negative offset":
        return dict(direct, start=-1)
    if change == "no continuation":
        return {k: v for k, v in direct.items() if k != "continuation"}
    if change == "cue without lemma":
        return dict(direct, cue={k: v for k, v in direct["cue"].items() if k != "lemma"})
    if change == "no segments":
        return dict(direct, segments=[])
    raise AssertionError(change)


@pytest.mark.parametrize(
    "change",
    [
        "kind",
        "speaker kind",
        "anonymous without descriptor",
        "named with a count",
        "negative offset",
        "no continuation",
        "cue without lemma",
        "no segments",
    ],
)
def test_what_is_never_written_is_rejected(change: str) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(line([spoiled(change)]), SCHEMA)


@pytest.mark.skipif(importlib.util.find_spec("quotecheck.pipeline") is None, reason="no extractor yet")
def test_the_extractors_output_is_valid() -> None:
    from quotecheck.pipeline import analyze

    examples = Path(__file__).resolve().parent.parent / "docs" / "examples" / "gold.jsonl"
    for article in load_gold(examples):
        records = [s.to_json() for s in analyze(article.text).statements]
        jsonschema.validate(line(records), SCHEMA)
