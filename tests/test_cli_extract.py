"""``quotecheck extract``: called in-process through main(), exact output shape and exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from quotecheck.cli import main

ARTICLE = "“The bridge stays shut,” Maria Lopez said.\n\nThe council met on Friday.\n"
OTHER = "Sources said the road would reopen.\n"
Capture = pytest.CaptureFixture[str]


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def jsonl(out: str) -> list[dict[str, Any]]:
    assert out.endswith("\n")
    return [json.loads(line) for line in out.splitlines()]


def test_jsonl_is_one_object_per_file(article: Path, capsys: Capture) -> None:
    assert main(["extract", "--format", "jsonl", str(article)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    (record,) = jsonl(out)
    assert set(record) == {"path", "encoding", "statements"}
    assert record["path"] == str(article)
    (st,) = record["statements"]
    assert {"kind", "start", "end", "text", "segments", "quotes", "speaker", "cue"} <= set(st)
    assert st["kind"] == "direct"
    assert ARTICLE[st["start"] : st["end"]] == st["text"] == "The bridge stays shut,"
    assert st["segments"] == [{"start": 1, "end": 23, "text": "The bridge stays shut,"}]
    assert st["quotes"] == [{"start": 0, "end": 24, "text": "“The bridge stays shut,”"}]
    assert st["speaker"] == {
        "name": "Maria Lopez",
        "kind": "person",
        "mention": "Maria Lopez",
        "start": 25,
        "end": 36,
    }
    assert st["cue"]["text"] == "said"
    assert (st["cue"]["start"], st["cue"]["end"]) == (37, 41)


def test_jsonl_keeps_the_order_of_the_files(article: Path, tmp_path: Path, capsys: Capture) -> None:
    other = tmp_path / "other.txt"
    other.write_text(OTHER, encoding="utf-8")
    assert main(["extract", "--format", "jsonl", str(other), str(article)]) == 0
    records = jsonl(capsys.readouterr().out)
    assert [r["path"] for r in records] == [str(other), str(article)]
    assert [s["speaker"]["kind"] for s in records[0]["statements"]] == ["anonymous"]


def test_json_is_one_list(article: Path, capsys: Capture) -> None:
    assert main(["extract", "--format", "json", str(article), str(article)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["path"] for r in data] == [str(article), str(article)]


def test_table_names_the_file_and_the_speaker(article: Path, capsys: Capture) -> None:
    assert main(["extract", str(article)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{article}: 1 statement\n")
    assert "Maria Lopez" in out
    assert "The bridge stays shut," in out


def test_dash_reads_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(ARTICLE.encode("utf-8")))
    assert main(["extract", "--format", "jsonl", "-"]) == 0
    (record,) = jsonl(capsys.readouterr().out)
    assert record["path"] == "-"
    assert [s["speaker"]["name"] for s in record["statements"]] == ["Maria Lopez"]


def test_a_byte_order_mark_is_not_text(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")))
    assert main(["extract", "--format", "jsonl", "-"]) == 0
    (record,) = jsonl(capsys.readouterr().out)
    assert record["statements"][0]["quotes"][0]["start"] == 0


def _one_error_line(err: str, *needles: str) -> None:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("quotecheck: error: ")
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0]


def test_a_missing_file(tmp_path: Path, capsys: Capture) -> None:
    missing = tmp_path / "nowhere.txt"
    assert main(["extract", "--format", "jsonl", str(missing)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    _one_error_line(err, str(missing), "no such file")


def test_a_directory(tmp_path: Path, capsys: Capture) -> None:
    assert main(["extract", "--format", "jsonl", str(tmp_path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    _one_error_line(err, str(tmp_path), "directory")


def test_undecodable_bytes(tmp_path: Path, capsys: Capture) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("“Ready,” said José.".encode() + b" caf\xe9")
    assert main(["extract", "--format", "jsonl", str(bad)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    _one_error_line(err, str(bad), "UTF-8")


def test_undecodable_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(b"\xff\xfe\xfa"))
    assert main(["extract", "-"]) == 2
    _one_error_line(capsys.readouterr().err, "standard input")


@pytest.mark.parametrize("fmt", ["jsonl", "json", "table"])
def test_a_bad_file_among_good_ones_loses_nothing(
    fmt: str, article: Path, tmp_path: Path, capsys: Capture
) -> None:
    missing = tmp_path / "missing.txt"
    assert main(["extract", "--format", fmt, str(article), str(missing), str(article)]) == 2
    out, err = capsys.readouterr()
    _one_error_line(err, str(missing))
    assert out.count("Maria Lopez") >= 2
    if fmt == "jsonl":
        assert [r["path"] for r in jsonl(out)] == [str(article), str(article)]
    if fmt == "json":
        assert [r["path"] for r in json.loads(out)] == [str(article), str(article)]


def test_no_file_is_a_usage_error(capsys: Capture) -> None:
    assert main(["extract"]) == 2
    _one_error_line(capsys.readouterr().err)


def test_an_unknown_format_is_a_usage_error(article: Path, capsys: Capture) -> None:
    assert main(["extract", "--format", "xml", str(article)]) == 2
    _one_error_line(capsys.readouterr().err, "xml")
