"""``quotecheck match``: inputs, the four formats, bad input reported and counted, exit statuses."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from quotecheck.cli import main

QUOTE = "We will fight for every family in this state, and we will win in November"
A = f"“{QUOTE},” Senator Ann Marlow said on Tuesday."
B = f"Marlow told a crowd in the capital: “{QUOTE}.”"
C = f"“{QUOTE},” said Bob Tran, her campaign manager."


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "wire" / "deep").mkdir()
    (tmp_path / "wire" / "deep" / "b.txt").write_text(B, encoding="utf-8")
    (tmp_path / "wire" / "notes.md").write_text(C, encoding="utf-8")  # not *.txt: not read
    records = [
        {"id": "c", "text": C, "date": "2024-05-01", "outlet": "Valley Post", "url": "https://example.org/c"},
    ]
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return tmp_path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["match", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_jsonl_from_a_directory_and_json_lines(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(
        capsys, str(corpus / "wire"), "--input", str(corpus / "feed.jsonl"), "--format", "jsonl"
    )
    assert (code, err) == (0, "")
    (cluster,) = [json.loads(line) for line in out.splitlines()]
    docs = {m["doc"] for m in cluster["members"]}
    assert docs == {"c", str(corpus / "wire" / "a.txt"), str(corpus / "wire" / "deep" / "b.txt")}
    assert cluster["first"]["doc"] == "c"
    assert cluster["first"]["outlet"] == "Valley Post"
    assert cluster["speakers_disagree"] is True
    texts = {"c": C, str(corpus / "wire" / "a.txt"): A, str(corpus / "wire" / "deep" / "b.txt"): B}
    for m in cluster["members"]:
        assert texts[m["doc"]][m["start"] : m["end"]] == m["text"]


def test_json_is_one_array_and_csv_a_row_per_member(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(corpus / "wire"), "--input", str(corpus / "feed.jsonl")]
    code, out, _ = _run(capsys, *paths, "--format", "json")
    assert code == 0
    assert len(json.loads(out)) == 1
    code, out, _ = _run(capsys, *paths, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert len(rows) == 3
    assert {r["verdict"] for r in rows} <= {"verbatim", "normalized"}
    assert [r["first"] for r in rows].count("True") == 1


def test_the_table_fits_80_columns(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long_id = {"id": "x" * 120, "text": A.replace("Ann Marlow", "Annabelle Wilhelmina Marlow-Fitzgerald")}
    feed = corpus / "long.jsonl"
    feed.write_text(json.dumps(long_id) + "\n", encoding="utf-8")
    code, out, _ = _run(capsys, str(corpus / "wire"), "--input", str(feed))
    assert code == 0
    assert "1 cluster" in out
    assert "speakers disagree" not in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_bad_input_is_reported_counted_and_the_rest_matched(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = corpus / "mixed.jsonl"
    feed.write_text(
        json.dumps({"id": "c", "text": C})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "d"})
        + "\n"
        + json.dumps({"id": "c", "text": C})
        + "\n",
        encoding="utf-8",
    )
    (corpus / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    code, out, err = _run(
        capsys, str(corpus / "wire"), str(corpus / "missing.txt"), str(corpus / "latin1.txt"),
        "--input", str(feed), "--format", "jsonl",
    )  # fmt: skip
    assert code == 2
    lines = err.splitlines()
    assert f"quotecheck: error: {corpus / 'missing.txt'}: no such file" in lines
    assert any(str(corpus / "latin1.txt") in line and "not UTF-8" in line for line in lines)
    assert any(line.startswith(f"quotecheck: error: {feed} line 2: not a JSON object") for line in lines)
    assert f'quotecheck: error: {feed} line 3: a record needs "id" and "text" strings' in lines
    assert f"quotecheck: error: {feed} line 4: document id 'c' was given before; skipped" in lines
    assert lines[-1] == (
        "quotecheck: 5 inputs skipped: 2 bad JSON lines, 1 repeated id, 2 unreadable files (3 documents read)"
    )
    assert len(out.splitlines()) == 1  # the good documents were still matched


def test_standard_input(
    corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = "".join(json.dumps({"id": k, "text": t}) + "\n" for k, t in (("a", A), ("b", B)))
    monkeypatch.setattr(sys, "stdin", io.StringIO(feed))
    code, out, _ = _run(capsys, "--input", "-", "--format", "jsonl")
    assert code == 0
    assert {m["doc"] for m in json.loads(out)["members"]} == {"a", "b"}


def test_min_words_and_jobs(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wire = str(corpus / "wire")
    _, one, _ = _run(capsys, wire, "--format", "jsonl")
    code, two, _ = _run(capsys, wire, "--format", "jsonl", "--jobs", "2")
    assert code == 0
    assert one == two
    assert one
    code, out, _ = _run(capsys, wire, "--format", "jsonl", "--min-words", "40")
    assert (code, out) == (0, "")


def test_usage_errors(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys)
    assert code == 2
    assert err.startswith("quotecheck: error: give files or directories")
    code, _, err = _run(capsys, str(corpus), "--jobs", "0")
    assert code == 2
    assert "at least 1" in err
    code, _, err = _run(capsys, str(corpus), "--jobs", "2", "--scheduler", "tcp://127.0.0.1:1")
    assert code == 2
    assert "not both" in err


def test_an_unreachable_scheduler_is_one_line(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("distributed")
    code, _, err = _run(capsys, str(corpus / "wire"), "--scheduler", "tcp://127.0.0.1:9")
    assert code == 2
    assert err.startswith("quotecheck: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(err.splitlines()) == 1


def test_an_input_file_that_cannot_be_read(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "bad.jsonl").write_bytes(b'{"id": "a", "text": "caf\xe9"}\n')
    code, _, err = _run(
        capsys,
        str(corpus / "wire"),
        "--input",
        str(corpus / "none.jsonl"),
        "--input",
        str(corpus / "bad.jsonl"),
    )
    assert code == 2
    lines = err.splitlines()
    assert lines[0] == f"quotecheck: error: {corpus / 'none.jsonl'}: no such file"
    assert lines[1].startswith(f"quotecheck: error: {corpus / 'bad.jsonl'}: not UTF-8 text")
    assert lines[2] == "quotecheck: 2 inputs skipped: 2 unreadable files (2 documents read)"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_only_on_a_terminal(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for stream, shown in ((_Terminal(), True), (io.StringIO(), False)):
        out = io.StringIO()
        monkeypatch.setattr(sys, "stderr", stream)
        monkeypatch.setattr(sys, "stdout", out)
        assert main(["match", str(corpus / "wire"), "--format", "jsonl"]) == 0
        assert ("extracting" in stream.getvalue()) is shown
        assert "extracting" not in out.getvalue()


def test_standard_input_named_twice_is_a_usage_error(
    corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # read once as a document and again as JSON lines, the second read would find it empty and say nothing
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"id": "a", "text": A}) + "\n"))
    code, out, err = _run(capsys, "-", "--input", "-")
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "quotecheck: error: standard input (-) can be read only once: give - for one input at most"
    ]
    code, _, err = main(["index", "add", str(corpus / "q.db"), "-", "-"]), *capsys.readouterr()
    assert code == 2
    assert err.startswith("quotecheck: error: standard input (-) can be read only once")


def test_the_summary_counts_one_document_in_the_singular(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, str(corpus / "wire" / "a.txt"), str(corpus / "missing.txt"))
    assert code == 2
    assert err.splitlines()[-1] == "quotecheck: 1 input skipped: 1 unreadable file (1 document read)"


def test_a_folder_is_read_as_every_command_reads_one(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # docs/cli.md: hidden files and folders left out, and an empty folder worded as extract words it
    (corpus / "wire" / ".drafts").mkdir()
    (corpus / "wire" / ".drafts" / "c.txt").write_text(C, encoding="utf-8")
    (corpus / "wire" / ".c.txt").write_text(C, encoding="utf-8")
    (corpus / "empty").mkdir()
    code, out, err = _run(capsys, str(corpus / "wire"), str(corpus / "empty"), "--format", "jsonl")
    assert code == 2
    assert {m["doc"] for m in json.loads(out)["members"]} == {
        str(corpus / "wire" / "a.txt"),
        str(corpus / "wire" / "deep" / "b.txt"),
    }
    assert err.splitlines()[0] == f"quotecheck: error: {corpus / 'empty'}: a folder with no .txt files in it"


def test_json_lines_with_a_byte_order_mark_and_undecodable_standard_input(
    corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a feed saved by a Windows tool starts with a BOM: its first record is read, as read_text reads files
    feed = corpus / "bom.jsonl"
    lines = [json.dumps({"id": k, "text": t}) for k, t in (("a", A), ("b", B))]
    feed.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode("utf-8") + b"\n")
    code, out, err = _run(capsys, "--input", str(feed), "--format", "jsonl")
    assert (code, err) == (0, "")
    assert {m["doc"] for m in json.loads(out)["members"]} == {"a", "b"}
    # standard input is UTF-8 as a file is: bytes that are not are reported, not read as other characters
    raw = io.BytesIO(lines[0].encode("utf-8") + b"\n\xff\xfe\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw, encoding="latin-1"))
    code, _, err = _run(capsys, "--input", "-")
    assert code == 2
    assert err.splitlines()[0].startswith("quotecheck: error: standard input: not UTF-8 text")


def test_jobs_has_its_short_form_as_in_every_command(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # docs/cli.md: `--jobs N` (`-j N`) is one of the things every command does alike
    wire = str(corpus / "wire")
    _, one, _ = _run(capsys, wire, "--format", "jsonl")
    assert _run(capsys, wire, "--format", "jsonl", "-j", "2") == (0, one, "")
    db = str(corpus / "q.db")
    assert main(["index", "add", db, wire, "-j", "2"]) == 0
    assert main(["index", "clusters", db, "-j", "2", "--format", "jsonl"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == one.strip()


def test_the_tables_fit_80_columns_with_wide_characters() -> None:
    # an East Asian character takes two columns: counted in characters, these rows ran to 108 columns
    from quotecheck.cli import cell_width
    from quotecheck.corpus.index import query_quotation
    from quotecheck.corpus.model import Cluster, Member
    from quotecheck.corpus.places import write_places
    from quotecheck.corpus.render import write_clusters

    doc, speaker = "新聞/二〇二四年/五月/記事一.txt", "安娜·马洛参议员的发言人和她的竞选团队"
    said = "我们将为这个州的每一个家庭而战斗到底，直到十一月的选举日那一天为止" * 2
    m = Member(doc, 1, 46, said, speaker, "新聞社", "2024-05-02", "verbatim", 100)
    out = io.StringIO()
    write_clusters([Cluster("q0123456789ab", m.text, m, (m, m), True)], out, "table")
    write_places([(query_quotation(m.text), (m,))], out, "table", article=doc)
    lines = out.getvalue().splitlines()
    assert max(cell_width(line) for line in lines) <= 80, lines
    assert any("verbatim" in line and "新聞" in line for line in lines)


@pytest.mark.parametrize("address", ["scheduler.example", "xyz://127.0.0.1:9"])
def test_a_malformed_scheduler_address_is_one_line(
    corpus: Path, capsys: pytest.CaptureFixture[str], address: str
) -> None:
    # distributed raises ValueError on an address without a port or with an unknown scheme: a traceback
    pytest.importorskip("distributed")
    code, _, err = _run(capsys, str(corpus / "wire"), "--scheduler", address)
    assert code == 2
    assert err.startswith(f"quotecheck: error: cannot reach the Dask scheduler at {address}: ")
    assert "tcp://HOST:8786" in err
    assert len(err.splitlines()) == 1



def test_errors_and_max_bytes_apply_to_the_text_files_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(A, encoding="utf-8")
    Path("latin.txt").write_bytes(B.encode("utf-8") + b" Caf\xe9.")  # one Latin-1 byte after the quote
    code, out, err = _run(capsys, "a.txt", "latin.txt", "--format", "jsonl")
    assert code == 2
    assert out == ""
    assert "latin.txt: not UTF-8 text (undecodable byte at offset" in err
    code, out, err = _run(capsys, "a.txt", "latin.txt", "--format", "jsonl", "--errors", "replace")
    assert code == 0
    assert err == ""
    assert [m["doc"] for m in json.loads(out)["members"]] == ["a.txt", "latin.txt"]
    code, out, err = _run(capsys, "a.txt", "latin.txt", "--max-bytes", "10", "--errors", "replace")
    assert code == 2
    assert err.count("over the limit of 10") == 2


def test_index_add_reads_with_errors_replace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("latin.txt").write_bytes(B.encode("utf-8") + b" Caf\xe9.")
    assert main(["index", "add", "quotes.db", "latin.txt"]) == 2
    assert main(["index", "add", "quotes.db", "latin.txt", "--errors", "replace"]) == 0
    assert "1 document" in capsys.readouterr().out
