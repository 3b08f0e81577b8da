"""Every command reports an unreadable input in the same words, from one reader (quotecheck/inputs.py)."""

from __future__ import annotations

import codecs
import io
import json
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck import analyze, verify, verify_article
from quotecheck.cli import _json_pieces, main
from quotecheck.errors import InputError, SourceError
from quotecheck.inputs import read_input, read_text

ARTICLE = "“We are ready,” Spokesman Walid Kilani said.\n"


class _Stdin(io.TextIOWrapper):
    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8")


def _message(path: Path | str, *, role: str | None = None, stdin: bool = False) -> str:
    with pytest.raises(InputError) as caught:
        read_text(path, role=role, stdin=stdin)
    return str(caught.value)


def test_the_text_is_decoded_exactly(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfline one\r\nline two\r")
    assert read_text(path) == "line one\r\nline two\r"
    assert read_text(str(path), role="source") == "line one\r\nline two\r"


def test_each_problem_has_its_message(tmp_path: Path) -> None:
    assert _message(tmp_path / "absent.txt") == f"{tmp_path / 'absent.txt'}: no such file"
    assert _message(tmp_path) == f"{tmp_path}: is a directory, give a text file"
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(b"caf\xe9")
    assert _message(latin1) == (
        f"{latin1}: not UTF-8 text (undecodable byte at offset 3); convert it to UTF-8 first"
    )


def test_the_offset_counts_the_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfcaf\xe9")
    assert "(undecodable byte at offset 6)" in _message(path)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod cannot stop root, who runs some CI; so the refusal is simulated where the file is opened
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)
    assert _message(tmp_path / "locked.txt", role="gold file") == (
        f"gold file {tmp_path / 'locked.txt'}: permission denied"
    )


def test_other_os_errors_say_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("builtins.open", fail)
    assert _message(tmp_path / "bad.txt") == f"{tmp_path / 'bad.txt'}: cannot be read (Input/output error)"


def test_the_role_leads_and_the_error_class_is_the_callers(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"^source .*absent\.srt: no such file$"):
        read_text(tmp_path / "absent.srt", role="source", error=SourceError)


def test_standard_input_only_when_asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(b"\xef\xbb\xbfhello\r\n"))
    assert read_text("-", stdin=True) == "hello\r\n"
    monkeypatch.chdir(tmp_path)
    assert _message("-") == "-: no such file"  # a gold file or source is never standard input
    monkeypatch.setattr("sys.stdin", _Stdin(b"ok \xff"))
    assert _message("-", stdin=True) == (
        "standard input: not UTF-8 text (undecodable byte at offset 3); convert it to UTF-8 first"
    )


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["extract", "{absent}"], "{absent}: no such file"),
        (["eval", "{absent}"], "gold file {absent}: no such file"),
        (["eval", "{gold}", "--anonymous-labels", "{absent}"], "anonymity labels {absent}: no such file"),
        (["verify", "{absent}", "--source", "{article}"], "{absent}: no such file"),
        (["verify", "{article}", "--source", "{absent}"], "source {absent}: no such file"),
        (["extract", "{dir}"], "{dir}: a folder with no .txt files in it"),
        (["eval", "{dir}"], "gold file {dir}: is a directory, give a text file"),
        (
            ["verify", "{article}", "--source", "{dir}"],
            "source {dir}: a folder with no .txt or .srt or .vtt or .md files in it",
        ),
        (
            ["extract", "{latin1}"],
            "{latin1}: not UTF-8 text (undecodable byte at offset 3); convert it to UTF-8 first",
        ),
        (
            ["eval", "{latin1}"],
            "gold file {latin1}: not UTF-8 text (undecodable byte at offset 3); convert it to UTF-8 first",
        ),
        (
            ["verify", "{article}", "--source", "{latin1}"],
            "source {latin1}: not UTF-8 text (undecodable byte at offset 3); convert it to UTF-8 first",
        ),
    ],
)
def test_every_command_says_it_the_same_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    names = {
        "absent": str(tmp_path / "absent.txt"),
        "dir": str(tmp_path / "folder"),
        "latin1": str(tmp_path / "latin1.txt"),
        "article": str(tmp_path / "article.txt"),
        "gold": str(tmp_path / "gold.jsonl"),
    }
    (tmp_path / "folder").mkdir()
    (tmp_path / "latin1.txt").write_bytes(b"caf\xe9 au lait")
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text('{"id": "a", "text": "x", "quotes": []}\n', encoding="utf-8")
    assert main([a.format_map(names) for a in argv]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"quotecheck: error: {expected.format_map(names)}\n"


# encodings, binary data, limits (issue 15) ---------------------------------------------------------------

SAID = "“We are ready,” Spokesman Walid Kilani said.\r\nMr Kilani added that talks go on.\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAID.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAID.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SAID.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SAID.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + SAID.encode("utf-32-le"), "utf-32-le"),
        (SAID.replace("\r\n", "\r").encode("utf-8"), "utf-8"),
    ],
)
def test_every_encoding_reads_to_the_same_statements_with_offsets_into_the_text_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, encoding: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    read = read_input(path)
    assert read.encoding == encoding
    assert "\ufeff" not in read.text
    assert main(["extract", "--format", "jsonl", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["encoding"] == encoding
    statements = record["statements"]
    assert [s["speaker"]["name"] for s in statements] == ["Walid Kilani", "Walid Kilani"]
    for s in statements:
        assert read.text[s["start"] : s["end"]] == s["text"]


def test_binary_data_names_the_offset_and_replace_reads_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "image.bin"
    path.write_bytes(b"GIF89a\x00\x01 He said so.")
    assert main(["extract", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"quotecheck: error: {path}: binary data, not text (a NUL byte at offset 6); "
        "give a text file, or --errors replace to read it anyway\n"
    )
    assert main(["extract", "--errors", "replace", "--format", "jsonl", str(path)]) == 0
    (s,) = json.loads(capsys.readouterr().out)["statements"]
    assert read_input(path, errors="replace").text[s["cue"]["start"] : s["cue"]["end"]] == "said"


def test_undecodable_bytes_are_replaced_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("“Café,” Ana Torres said.".encode().replace(b"\xc3\xa9", b"\xe9"))
    assert main(["extract", str(path)]) == 2
    assert "undecodable byte at offset 6" in capsys.readouterr().err
    assert main(["extract", "--errors", "replace", "--format", "jsonl", str(path)]) == 0
    (s,) = json.loads(capsys.readouterr().out)["statements"]
    assert s["text"] == "Caf\ufffd,"
    assert read_input(path, errors="replace").replaced == 1


def test_the_size_limit_is_a_clear_error_and_can_be_raised(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.txt"
    path.write_text("He said so. " * 100, encoding="utf-8")
    assert main(["extract", "--max-bytes", "1000", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"quotecheck: error: {path}: 1,200 bytes, over the limit of 1,000; split it, or raise the limit"
        " with --max-bytes\n"
    )
    assert main(["extract", "--max-bytes", "1200", str(path)]) == 0
    assert main(["extract", "--max-bytes", "0", str(path)]) == 0
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", _Stdin(b"x" * 50))
    with pytest.raises(InputError, match=r"^standard input: more than 10 bytes, over the limit of 10;"):
        read_text("-", stdin=True, max_bytes=10)
    assert main(["extract", "--max-bytes", "-1", str(path)]) == 2
    assert "give a number of bytes of at least 0" in capsys.readouterr().err


def test_with_many_files_the_readable_ones_are_all_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SAID, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text(" \r\n\t\n", encoding="utf-8")
    folder = tmp_path / "photos"  # a folder is read for its *.txt files; one with none is an error
    folder.mkdir()
    (folder / "pier.jpg").write_bytes(b"\xff\xd8")
    args = [str(good), str(folder), str(tmp_path / "absent.txt"), str(empty), str(good)]
    assert main(["extract", "--format", "json", *args]) == 2
    out, err = capsys.readouterr()
    records = json.loads(out)
    assert [r["path"] for r in records] == [str(good), str(empty), str(good)]
    assert records[1]["statements"] == []
    assert err.count("quotecheck: error: ") == 2
    assert "Traceback" not in err


def test_json_output_streams_the_same_array_json_dumps_would_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = []
    for n in range(3):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_text(SAID * n, encoding="utf-8")
    assert main(["extract", "--format", "json", *map(str, paths)]) == 0
    out = capsys.readouterr().out
    assert out == json.dumps(json.loads(out), ensure_ascii=False, indent=2) + "\n"
    assert main(["extract", "--format", "json", str(tmp_path / "absent.txt")]) == 2
    assert capsys.readouterr().out == "[]\n"


def test_bytes_where_text_is_expected_say_so() -> None:
    with pytest.raises(InputError, match=r"^analyze\(\) takes the text as a str, not bytes; decode it first"):
        analyze(b"He said so.")  # type: ignore[arg-type]
    with pytest.raises(InputError, match=r"^verify\(\) takes the text as a str, not bytes"):
        verify(b"so", "He said so.")  # type: ignore[arg-type]
    with pytest.raises(SourceError, match="not bytes; decode it first"):
        verify("so", b"He said so.")  # type: ignore[arg-type]
    with pytest.raises(InputError, match=r"^verify_article\(\) takes the text as a str, not bytearray"):
        verify_article(bytearray(b"x"), "y")  # type: ignore[arg-type]


# eval and report read as every other command does: --errors and --max-bytes reach each file they read.

_GOLD_TEXT = '"Caf\u00e9 for all," Ana Torres said.'
_SOURCE_TEXT = "ANA TORRES: Caf\u00e9 for all. Thank you."


def _gold_file(path: Path) -> Path:
    # one gold article whose text holds an é, then written as Latin-1 (the é a lone byte 0xE9)
    start = _GOLD_TEXT.index("Caf")
    record = {
        "id": "x/1",
        "text": _GOLD_TEXT,
        "quotes": [
            {
                "kind": "direct",
                "segments": [{"start": start, "end": start + 12, "text": _GOLD_TEXT[start : start + 12]}],
                "speaker": "Ana Torres",
                "speaker_start": _GOLD_TEXT.index("Ana"),
                "speaker_end": _GOLD_TEXT.index(" said"),
                "has_source": True,
            }
        ],
    }
    path.write_bytes((json.dumps(record, ensure_ascii=False) + "\n").encode("latin-1"))
    return path


def test_eval_reads_with_errors_and_max_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _gold_file(tmp_path / "gold.jsonl")
    offset = gold.read_bytes().index(b"\xe9")
    assert main(["eval", str(gold)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"quotecheck: error: gold file {gold}: not UTF-8 text (undecodable byte at offset {offset});"
        " convert it to UTF-8 first\n"
    )
    assert main(["eval", "--errors", "replace", "--format", "json", str(gold)]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert (figures["docs"], figures["quoted@0.3"]["gold"]) == (1, 1)
    size = gold.stat().st_size
    assert main(["eval", "--errors", "replace", "--max-bytes", str(size - 1), str(gold)]) == 2
    assert capsys.readouterr().err == (
        f"quotecheck: error: gold file {gold}: {size:,} bytes, over the limit of {size - 1:,}; split it,"
        " or raise the limit with --max-bytes\n"
    )
    assert main(["eval", "--errors", "replace", "--max-bytes", str(size), "--format", "json", str(gold)]) == 0
    capsys.readouterr()


def test_eval_reads_the_labels_with_the_same_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(_gold_file(tmp_path / "latin.jsonl").read_bytes().decode("latin-1").encode())
    labels = tmp_path / "anonymous.json"
    labels.write_text("[]" + " " * 98, encoding="utf-8")
    assert main(["eval", str(gold), "--anonymous-labels", str(labels), "--max-bytes", "99"]) == 2
    assert capsys.readouterr().err.startswith(
        f"quotecheck: error: anonymity labels {labels}: 100 bytes, over the limit of 99;"
    )
    assert main(["eval", str(gold), "--anonymous-labels", str(labels), "--max-bytes", "0"]) == 0
    capsys.readouterr()


def test_report_reads_the_article_and_its_sources_with_errors_and_max_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(_GOLD_TEXT.encode("latin-1"))
    source = tmp_path / "source.txt"
    source.write_bytes(_SOURCE_TEXT.encode("latin-1"))
    page = tmp_path / "page.html"
    assert main(["report", str(article), "-o", str(page)]) == 2
    assert capsys.readouterr().err.startswith(f"quotecheck: error: {article}: not UTF-8 text")
    args = ["report", str(article), "--source", str(source), "-o", str(page)]
    assert main([*args, "--errors", "replace"]) == 0  # the é is U+FFFD in both: the quotation holds
    assert capsys.readouterr().out == f"{page}: 1 statement, 1 quotation checked, 0 failed\n"
    assert "Caf\ufffd for all" in page.read_text(encoding="utf-8")
    article.write_bytes(_GOLD_TEXT.encode())
    assert main(args) == 2  # the article is UTF-8 now, the source still not
    assert capsys.readouterr().err.startswith(f"quotecheck: error: source {source}: not UTF-8 text")
    big = source.stat().st_size + 1
    source.write_bytes(_SOURCE_TEXT.encode() + b" " * big)
    assert main([*args, "--max-bytes", str(big)]) == 2
    assert capsys.readouterr().err == (
        f"quotecheck: error: source {source}: {source.stat().st_size:,} bytes, over the limit of {big:,};"
        " split it, or raise the limit with --max-bytes\n"
    )
    assert main([*args, "--max-bytes", "0"]) == 0
    assert not page.read_text(encoding="utf-8").count("\ufffd")


def test_verify_reads_source_files_with_errors_and_max_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(_GOLD_TEXT.encode("latin-1"))
    source = tmp_path / "source.txt"
    source.write_bytes(_SOURCE_TEXT.encode("latin-1"))
    args = ["verify", str(article), "--source", str(source), "--format", "jsonl"]
    assert main(args) == 2
    assert capsys.readouterr().err.startswith(f"quotecheck: error: source {source}: not UTF-8 text")
    assert main([*args, "--errors", "replace"]) == 0
    (record,) = map(json.loads, capsys.readouterr().out.splitlines())
    assert (record["verdict"], record["source"]["text"]) == ("verbatim", "Caf\ufffd for all")
    assert main([*args, "--errors", "replace", "--max-bytes", str(source.stat().st_size - 1)]) == 2
    assert "over the limit of" in capsys.readouterr().err


# One file's record is written a piece at a time: the same bytes json.dumps writes, never one string.

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=20,
)


@given(value=_JSON, indent=st.sampled_from([None, 0, 2, 4]))
def test_json_pieces_join_to_what_json_dumps_writes(value: object, indent: int | None) -> None:
    assert "".join(_json_pieces(value, indent=indent)) == json.dumps(value, ensure_ascii=False, indent=indent)


def test_a_report_is_written_a_statement_at_a_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "long.txt"
    path.write_text(SAID * 40, encoding="utf-8")
    expected = {"path": str(path), "encoding": "utf-8", **analyze(SAID * 40).to_json(summary=True)}
    assert len(expected["statements"]) == 80
    writes: list[str] = []
    for fmt, jobs in (("jsonl", "1"), ("json", "1"), ("jsonl", "2")):
        assert main(["extract", "--format", fmt, "--summary", "-j", jobs, str(path)]) == 0
        out = capsys.readouterr().out
        assert json.loads(out) == (expected if fmt == "jsonl" else [expected])
        indent = None if fmt == "jsonl" else 2
        whole = json.dumps(expected if fmt == "jsonl" else [expected], ensure_ascii=False, indent=indent)
        assert out == whole + "\n"

    class Recording(io.StringIO):
        def write(self, piece: str) -> int:
            writes.append(piece)
            return super().write(piece)

    monkeypatch.setattr(sys, "stdout", Recording())
    assert main(["extract", "--format", "jsonl", str(path)]) == 0
    # no piece holds more than one statement: the largest is far below the whole record
    assert max(map(len, writes)) * 20 < sum(map(len, writes))
