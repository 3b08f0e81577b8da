"""``quotecheck verify``: exit codes, the three formats, and errors as one line on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecheck.cli import main

ARTICLE = "“The talks have not stalled,” Walid Kilani said. “We are patient,” he added.\n"
FAITHFUL = "KILANI: The talks have not stalled. We are patient.\n"
CHANGED = "KILANI: The talks have stalled. We are patient.\n"
SUBTITLES = """WEBVTT

00:00:01.000 --> 00:00:03.000
<v Walid Kilani>The talks have not stalled.

00:00:03.500 --> 00:00:05.000
<v Walid Kilani>We are patient.
"""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    out = {}
    for name, text in [
        ("article.txt", ARTICLE),
        ("faithful.txt", FAITHFUL),
        ("changed.txt", CHANGED),
        ("talk.vtt", SUBTITLES),
    ]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        out[name] = str(tmp_path / name)
    (tmp_path / "broken.srt").write_text("no cues at all\n", encoding="utf-8")
    out["broken.srt"] = str(tmp_path / "broken.srt")
    return out


def test_every_quote_faithful_exits_0_and_jsonl_has_one_object_per_quote(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", files["article.txt"], "--source", files["faithful.txt"], "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["verdict"] for r in rows] == ["verbatim", "verbatim"]
    first = rows[0]
    assert set(first) >= {
        "quote",
        "speaker",
        "verdict",
        "score",
        "substantive",
        "source",
        "changes",
        "reasons",
    }
    assert first["quote"] == {"start": 0, "end": 29, "text": "“The talks have not stalled,”"}
    assert first["speaker"]["name"] == "Walid Kilani"
    assert first["source"]["path"] == files["faithful.txt"]
    assert FAITHFUL[first["source"]["start"] : first["source"]["end"]] == first["source"]["text"]
    assert first["changes"] == []


def test_an_altered_quote_exits_1_and_the_table_shows_the_word_diff(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["verify", files["article.txt"], "--source", files["changed.txt"]]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines()[0] == f"{files['article.txt']}: 2 quotes checked against {files['changed.txt']}"
    assert "ALTERED (score" in out
    assert "substantive" in out
    assert "The talks have {+not+} stalled" in out


def test_several_sources_json_and_subtitle_times(
    files: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["verify", files["article.txt"], "--source", files["changed.txt"], "--source", files["talk.vtt"]]
    assert main([*argv, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["verdict"] for r in rows] == ["verbatim", "verbatim"]
    assert rows[0]["source"]["path"] == files["talk.vtt"]
    assert rows[0]["source"]["time"] == {"start": 1.0, "end": 3.0}


def test_not_found_exits_1(files: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Nothing of the kind was said at the briefing in Cairo.\n", encoding="utf-8")
    assert main(["verify", files["article.txt"], "--source", str(other), "--format", "jsonl"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["verdict"] for r in rows} == {"not_found"}
    assert all(r["source"] is None for r in rows)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["verify", "{article.txt}"], "the following arguments are required: --source"),
        (["verify", "{article.txt}", "--source", "{missing}"], "source {missing}: no such file"),
        (["verify", "{missing}", "--source", "{faithful.txt}"], "error: {missing}: no such file"),
        (["verify", "{article.txt}", "--source", "{broken.srt}"], "holds no subtitle cues"),
        (["verify", "{article.txt}", "--source", "{faithful.txt}", "--format", "xml"], "invalid choice"),
    ],
)
def test_usage_and_input_errors_exit_2_with_one_line(
    files: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    names = {**files, "missing": str(tmp_path / "missing.txt")}
    assert main([names[a[1:-1]] if a.startswith("{") else a for a in argv]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("quotecheck: error: ")
    assert message.format_map(names) in err
    assert err.count("\n") == 1
