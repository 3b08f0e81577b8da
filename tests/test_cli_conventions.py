"""The conventions every command keeps: examples in --help, --version, formats with fixed CSV columns,
standard input and folders, --jobs in input order, a table of 80 columns, colour only on a terminal, and
the exit statuses of docs/cli.md."""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import shlex
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

import quotecheck
from quotecheck import cli
from quotecheck.cli import EXTRACT_COLUMNS, VERIFY_COLUMNS, _build_parser, main

Capture = pytest.CaptureFixture[str]
ROOT = Path(__file__).resolve().parent.parent
SEED = "seeds/000_6a3cf512a1b1602a.txt"
TRANSCRIPT = "tests/golden/seed_transcript.txt"
ARTICLE = "“The bridge stays shut,” Maria Lopez said.\n\nSources said the road would reopen.\n"
OTHER = "“We are ready,” Mayor Ana Torres said, “and we will not wait.”\n"
SOURCE = "LOPEZ: The bridge stays shut until the engineers are done.\n"


class _Stdin:
    def __init__(self, data: str) -> None:
        self.buffer = io.BytesIO(data.encode("utf-8"))


class _Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    (action,) = [a for a in _build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(action.choices)


def _write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture(autouse=True)
def _from_the_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("NO_COLOR", raising=False)


# --- help and version -------------------------------------------------------------------------------------


def _examples(help_text: str) -> list[str]:
    block = help_text.split("\nexamples:\n", 1)[1]
    return [line.strip() for line in block.splitlines() if line.strip() and not line.strip().startswith("#")]


@pytest.mark.parametrize("command", sorted(_subcommands()))
def test_every_commands_help_ends_with_examples_that_parse(command: str) -> None:
    help_text = _subcommands()[command].format_help()
    assert "\nexamples:\n" in help_text, f"quotecheck {command} --help has no examples: block"
    examples = _examples(help_text)
    assert 2 <= len(examples) <= 3
    for example in examples:
        # the quotecheck part of a pipeline, without the redirections of its input and output
        part = next(p for p in example.split("|") if p.strip().startswith("quotecheck "))
        words = shlex.split(re.split(r"\s[<>]", part)[0])
        assert words[:2] == ["quotecheck", command], example
        ns = _build_parser().parse_args(words[1:])  # raises on an example that does not parse
        assert ns.command == command


def test_the_first_example_of_extract_and_verify_runs_as_written(capsys: Capture) -> None:
    for command, status in (("extract", 0), ("verify", 1)):
        words = shlex.split(_examples(_subcommands()[command].format_help())[0])
        assert main(words[1:]) == status
        assert capsys.readouterr().out


def test_version_comes_from_the_package_metadata(capsys: Capture) -> None:
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out == f"quotecheck {quotecheck.__version__}\n"
    try:
        assert quotecheck.__version__ == metadata.version("quotecheck-news")
    except metadata.PackageNotFoundError:
        assert quotecheck.__version__ == "0+unknown"


# --- formats ----------------------------------------------------------------------------------------------


def _csv(out: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(out)))


def test_extract_csv_has_the_documented_header_and_a_row_per_statement(
    tmp_path: Path, capsys: Capture
) -> None:
    a, b = _write(tmp_path, "a.txt", ARTICLE), _write(tmp_path, "b.txt", OTHER)
    assert main(["extract", "--format", "csv", a, b]) == 0
    rows = _csv(capsys.readouterr().out)
    assert rows[0] == [
        "path",
        "start",
        "end",
        "kind",
        "level",
        "rank",
        "stance",
        "speaker",
        "speaker_kind",
        "mention",
        "cue",
        "hedges",
        "continuation",
        "nested",
        "text",
        "reasons",
        "reported_as",
    ]
    assert tuple(rows[0]) == EXTRACT_COLUMNS
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert [(r["path"], r["kind"], r["speaker"], r["level"]) for r in records] == [
        (a, "direct", "Maria Lopez", "named_direct"),
        (a, "indirect", "Sources", "anonymous"),
        (b, "direct", "Ana Torres", "named_direct"),
    ]
    first = records[0]
    assert ARTICLE[int(first["start"]) : int(first["end"])] == first["text"] == "The bridge stays shut,"
    assert (first["rank"], first["cue"], first["continuation"], first["nested"]) == (
        "5",
        "said",
        "false",
        "false",
    )
    assert first["reasons"]
    assert first["reported_as"] == "quotation"


def test_verify_csv_has_the_documented_header_and_a_row_per_quotation(
    tmp_path: Path, capsys: Capture
) -> None:
    assert main(["verify", SEED, "--source", TRANSCRIPT, "--format", "csv"]) == 1
    rows = _csv(capsys.readouterr().out)
    assert rows[0] == [
        "path",
        "quote_start",
        "quote_end",
        "quote",
        "speaker",
        "verdict",
        "ok",
        "score",
        "substantive",
        "source",
        "source_start",
        "source_end",
        "source_text",
        "time_start",
        "time_end",
        "reasons",
        "warnings",
    ]
    assert tuple(rows[0]) == VERIFY_COLUMNS
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    with open(SEED, encoding="utf-8", newline="") as f:
        expected = quotecheck.verify_article(f.read(), quotecheck.load_source(TRANSCRIPT))
    assert len(records) == len(expected) > 3
    assert [r["verdict"] for r in records] == [v.verdict for v in expected]
    altered = [r for r in records if r["verdict"] == "altered"]
    assert [(r["ok"], r["substantive"], r["source"]) for r in altered] == [("false", "true", TRANSCRIPT)]
    assert "should" in altered[0]["quote"]
    assert "must" in altered[0]["source_text"]
    assert {r["ok"] for r in records if r["verdict"] == "not_found"} == {"false"}
    assert {r["source"] for r in records if r["verdict"] == "not_found"} == {""}


def test_json_and_jsonl_hold_the_same_records(tmp_path: Path, capsys: Capture) -> None:
    a, b = _write(tmp_path, "a.txt", ARTICLE), _write(tmp_path, "b.txt", OTHER)
    assert main(["verify", a, b, "--source", _write(tmp_path, "s.txt", SOURCE), "--format", "jsonl"]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["verify", a, b, "--source", str(tmp_path / "s.txt"), "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out) == lines
    assert (lines[0]["path"], lines[0]["verdict"]) == (a, "verbatim")
    assert len(lines) >= 2  # the pieces of b's split quote are checked together or one by one
    assert {(r["path"], r["verdict"]) for r in lines[1:]} == {(b, "not_found")}


def test_to_dict_is_what_json_dumps_takes() -> None:
    report = quotecheck.analyze(ARTICLE)
    assert json.loads(json.dumps(report.to_dict())) == report.to_json(summary=True)
    statement = report.statements[0]
    for value in (
        statement,
        statement.speaker,
        statement.cue,
        statement.segments[0],
        statement.strength,
        report.summary,
    ):
        assert value is not None
        assert json.loads(json.dumps(value.to_dict())) == value.to_json()
    anonymous = report.statements[1].strength
    assert anonymous is not None
    assert anonymous.anonymity is not None
    assert anonymous.anonymity.to_dict() == anonymous.anonymity.to_json()


# --- standard input and folders ---------------------------------------------------------------------------


def test_extract_reads_standard_input(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(OTHER))
    assert main(["extract", "--format", "jsonl", "-"]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["path"] == "-"
    assert record["statements"][0]["speaker"]["name"] == "Ana Torres"


def test_verify_reads_a_source_from_standard_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(SOURCE.replace("\n", "\r\n")))
    article = _write(tmp_path, "a.txt", ARTICLE)
    assert main(["verify", article, "--source", "-", "--format", "jsonl"]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["verdict"] == "verbatim"
    assert record["source"]["path"] == "-"


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", "-", "-"],
        ["verify", "-", "--source", "-"],
        ["verify", "a.txt", "--source", "-", "--source", "-"],
    ],
)
def test_standard_input_can_be_named_once(argv: list[str], capsys: Capture) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err == "quotecheck: error: standard input (-) can be read only once: give - for one input at most\n"
    )


def test_a_folder_of_articles_is_read_recursively_in_sorted_order(tmp_path: Path, capsys: Capture) -> None:
    folder = tmp_path / "desk"
    for name in ("b.txt", "a.txt", "sub/c.txt", "notes.md", ".hidden.txt", ".git/d.txt"):
        _write(folder, name, OTHER)
    assert main(["extract", "--format", "jsonl", str(folder)]) == 0
    paths = [json.loads(line)["path"] for line in capsys.readouterr().out.splitlines()]
    assert [Path(p).relative_to(folder).as_posix() for p in paths] == ["a.txt", "b.txt", "sub/c.txt"]


@pytest.mark.parametrize("command", ["extract", "match"])
def test_files_may_follow_options(command: str, tmp_path: Path, capsys: Capture) -> None:
    a, b = _write(tmp_path, "a.txt", OTHER), _write(tmp_path, "b.txt", OTHER)
    assert main([command, "--format", "jsonl", a, b]) == 0
    options_first = capsys.readouterr()
    assert main([command, a, "--format", "jsonl", b]) == 0
    assert capsys.readouterr() == options_first
    assert options_first.out  # both files were read: extract prints a record each, match their cluster


def test_a_word_after_every_file_and_option_is_still_unrecognized(capsys: Capture) -> None:
    assert main(["eval", "gold.jsonl", "--format", "json", "extra"]) == 2
    assert "unrecognized arguments: extra" in capsys.readouterr().err


def test_a_folder_of_sources_takes_text_subtitles_and_markdown(tmp_path: Path, capsys: Capture) -> None:
    sources = tmp_path / "sources"
    _write(sources, "notes.md", "Nothing said here.\n")
    _write(sources, "talk.srt", "1\n00:00:01,000 --> 00:00:03,000\nThe bridge stays shut.\n")
    _write(sources, "ignored.json", "{}\n")
    article = _write(tmp_path, "a.txt", ARTICLE)
    assert main(["verify", article, "--source", str(sources), "--format", "jsonl"]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["source"]["path"] == str(sources / "talk.srt")


def test_an_empty_folder_is_an_input_error_in_its_place(tmp_path: Path, capsys: Capture) -> None:
    empty = tmp_path / "empty"
    _write(empty, "notes.json", "{}\n")
    article = _write(tmp_path, "a.txt", OTHER)
    assert main(["extract", "--format", "jsonl", str(empty), article]) == 2
    out, err = capsys.readouterr()
    assert [json.loads(line)["path"] for line in out.splitlines()] == [article]
    assert err == f"quotecheck: error: {empty}: a folder with no .txt files in it\n"
    assert main(["verify", article, "--source", str(tmp_path / "empty")]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err
        == f"quotecheck: error: source {empty}: a folder with no .txt or .srt or .vtt or .md files in it\n"
    )


def test_unreadable_standard_input_is_reported_in_its_place(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: Capture
) -> None:
    monkeypatch.setattr("sys.stdin", type("Stdin", (), {"buffer": io.BytesIO(b"caf\xe9")})())
    article = _write(tmp_path, "a.txt", OTHER)
    assert main(["extract", "--format", "jsonl", "-", article]) == 2
    out, err = capsys.readouterr()
    assert [json.loads(line)["path"] for line in out.splitlines()] == [article]
    assert err.startswith("quotecheck: error: standard input: not UTF-8 text")


# --- many files: --jobs, progress, one bad file ----------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", "--format", "jsonl", "--summary"],
        ["extract"],
        ["verify", "--source", TRANSCRIPT, "--format", "jsonl"],
        ["verify", "--source", TRANSCRIPT],
    ],
)
def test_jobs_give_the_output_of_one_job_in_the_same_order(
    argv: list[str], tmp_path: Path, capsys: Capture
) -> None:
    files = [_write(tmp_path, f"{n}.txt", text) for n, text in enumerate([OTHER, ARTICLE, OTHER + ARTICLE])]
    files.insert(1, SEED)
    one = main([*argv, *files, "--jobs", "1"]), capsys.readouterr()
    three = main([*argv, *files, "--jobs", "3"]), capsys.readouterr()
    assert one == three
    assert one[1].out.count(SEED) >= 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_bad_file_among_many_gives_one_error_line_and_exit_2(
    jobs: str, tmp_path: Path, capsys: Capture
) -> None:
    good = [_write(tmp_path, "a.txt", ARTICLE), _write(tmp_path, "b.txt", OTHER)]
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    argv = [good[0], str(tmp_path / "missing.txt"), str(tmp_path / "latin1.txt"), good[1]]
    assert main(["extract", "--format", "jsonl", "--jobs", jobs, *argv]) == 2
    out, err = capsys.readouterr()
    assert [json.loads(line)["path"] for line in out.splitlines()] == good
    assert err.splitlines() == [
        f"quotecheck: error: {tmp_path / 'missing.txt'}: no such file",
        f"quotecheck: error: {tmp_path / 'latin1.txt'}: not UTF-8 text (undecodable byte at offset 3);"
        " convert it to UTF-8 first",
    ]


def test_the_progress_bar_is_drawn_on_a_terminal_only() -> None:
    for stream, drawn in ((io.StringIO(), False), (_Terminal(), True)):
        results = list(cli.run_jobs(str.upper, ["a", "b", "c"], jobs=1, err=stream, desc="test"))
        assert results == ["A", "B", "C"]
        assert bool(stream.getvalue()) is drawn
        if drawn:
            assert "test" in stream.getvalue()


def test_nothing_but_errors_goes_to_a_piped_stderr(tmp_path: Path, capsys: Capture) -> None:
    files = [_write(tmp_path, f"{n}.txt", OTHER) for n in range(3)]
    assert main(["extract", "--jobs", "2", *files]) == 0
    assert capsys.readouterr().err == ""


# --- the table: 80 columns, colour ------------------------------------------------------------------------

LONG = (
    "“" + " ".join(["The committee will examine every contract signed since the spring"] * 4) + ",” said "
    "Maria-Alejandra Villanueva-Rodríguez-Castellanos. Three senior officials of the regional transport "
    "ministry familiar with the negotiations over the new harbour bridge said the contracts were late.\n"
)


@pytest.mark.parametrize(
    "argv",
    [
        ["extract", "--summary", SEED],
        ["extract", "--summary", "LONG"],
        ["verify", SEED, "--source", TRANSCRIPT],
        ["verify", "LONG", "--source", "LONG"],
    ],
)
def test_no_line_of_a_table_is_wider_than_80_columns(
    argv: list[str], tmp_path: Path, capsys: Capture
) -> None:
    long = _write(tmp_path, "l.txt", LONG)
    main([long if a == "LONG" else a for a in argv])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) > 3
    wide = [line for line in lines[1:] if len(line) > 80]  # the first names the file, which is never cut
    assert not wide


def test_a_long_speaker_and_quote_are_cut_with_an_ellipsis(tmp_path: Path, capsys: Capture) -> None:
    assert main(["extract", _write(tmp_path, "l.txt", LONG)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].endswith("…")
    assert "Maria-Alejandra Villanu" in lines[1]
    assert lines[2].startswith(" " * 10 + "The committee will examine")
    assert lines[2].endswith("…")


def test_levels_are_coloured_on_a_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    article = _write(tmp_path, "a.txt", ARTICLE)
    terminal = _Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    assert main(["extract", article]) == 0
    assert "\x1b[32mnamed_direct\x1b[0m" in terminal.getvalue()
    assert "\x1b[35manonymous\x1b[0m" in terminal.getvalue()


@pytest.mark.parametrize("no_color", ["1", ""])
def test_no_color_turns_colour_off_whatever_its_value(
    no_color: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NO_COLOR", no_color)
    terminal = _Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    assert main(["extract", _write(tmp_path, "a.txt", ARTICLE)]) == 0
    assert "named_direct" in terminal.getvalue()
    assert "\x1b[" not in terminal.getvalue()


def test_piped_output_has_no_colour_unless_asked(tmp_path: Path, capsys: Capture) -> None:
    article = _write(tmp_path, "a.txt", ARTICLE)
    assert main(["extract", article]) == 0
    assert "\x1b[" not in capsys.readouterr().out
    assert main(["extract", "--color", "always", article]) == 0
    assert "\x1b[32mnamed_direct\x1b[0m" in capsys.readouterr().out
    assert main(["verify", SEED, "--source", TRANSCRIPT, "--color", "always"]) == 1
    out = capsys.readouterr().out
    assert "\x1b[31mALTERED\x1b[0m" in out
    assert "\x1b[32mVERBATIM\x1b[0m" in out


def test_colour_never_wins_on_a_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    assert main(["extract", "--color", "never", _write(tmp_path, "a.txt", ARTICLE)]) == 0
    assert "\x1b[" not in terminal.getvalue()


# --- exit statuses ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("level", "status", "below"),
    [
        ("anonymous", 0, 0),
        ("anonymous_described", 1, 1),
        ("named_direct", 1, 1),
    ],
)
def test_fail_on_exits_1_when_a_statement_is_below_the_level(
    level: str, status: int, below: int, tmp_path: Path, capsys: Capture
) -> None:
    # the article has a named_direct statement and an anonymous one
    assert (
        main(["extract", "--format", "jsonl", "--fail-on", level, _write(tmp_path, "a.txt", ARTICLE)])
        == status
    )
    out, err = capsys.readouterr()
    assert out  # the statements are written either way
    assert err == ("" if not below else f"quotecheck: 1 statement below {level}\n")


def test_fail_on_takes_only_a_level(capsys: Capture) -> None:
    assert main(["extract", "--fail-on", "weak", SEED]) == 2
    assert capsys.readouterr().err.startswith("quotecheck: error: argument --fail-on: invalid choice: 'weak'")


def test_an_input_error_is_exit_2_even_when_others_fail_on(tmp_path: Path, capsys: Capture) -> None:
    argv = ["extract", "--fail-on", "named_direct", _write(tmp_path, "a.txt", ARTICLE), "missing.txt"]
    assert main(argv) == 2
    assert capsys.readouterr().err == "quotecheck: error: missing.txt: no such file\n"


def test_an_interrupt_exits_130_without_a_traceback(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    def interrupted(text: str, **options: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr("quotecheck.pipeline.analyze", interrupted)
    assert main(["extract", SEED]) == 130
    assert capsys.readouterr().err == "quotecheck: error: interrupted\n"


def test_a_usage_error_is_exit_2(capsys: Capture) -> None:
    assert main(["extract", "--jobs", "0", SEED]) == 2
    assert (
        capsys.readouterr().err
        == "quotecheck: error: argument -j/--jobs: give a number of at least 1, not 0\n"
    )


def test_verify_takes_a_folder_of_articles(tmp_path: Path, capsys: Capture) -> None:
    _write(tmp_path / "desk", "b.txt", OTHER)
    _write(tmp_path / "desk", "a.txt", ARTICLE)
    source = _write(tmp_path, "s.txt", SOURCE)
    assert main(["verify", str(tmp_path / "desk"), "--source", source, "--format", "jsonl", "-j", "2"]) == 1
    paths = [json.loads(line)["path"] for line in capsys.readouterr().out.splitlines()]
    assert paths[0] == str(tmp_path / "desk" / "a.txt")
    assert set(paths[1:]) == {str(tmp_path / "desk" / "b.txt")}


def test_a_terminal_on_stderr_gets_the_bar_and_stdout_only_the_records(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: Capture
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    files = [_write(tmp_path, f"{n}.txt", OTHER) for n in range(3)]
    assert main(["extract", "--format", "jsonl", *files]) == 0
    drawn = terminal.getvalue()
    assert "extract:" in drawn
    assert "/3 [" in drawn  # files done of 3
    assert drawn.endswith("\r")  # and the bar is wiped when the work is done
    assert [json.loads(line)["path"] for line in capsys.readouterr().out.splitlines()] == files
