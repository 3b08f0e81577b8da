"""The command as a function (STYLE.md habit 8): main() returns a status for every argument list, help
included, and writes exactly what a shell user would see."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from quotecheck.cli import _build_parser, main

Capture = pytest.CaptureFixture[str]
COMMANDS = ("extract", "eval", "verify")


def test_help_returns_0_and_prints_the_usage(capsys: Capture) -> None:
    assert main(["--help"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("usage: quotecheck [-h] [--version] COMMAND ...\n")
    assert err == ""


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_each_commands_help_returns_0(command: str, flag: str, capsys: Capture) -> None:
    assert main([command, flag]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"usage: quotecheck {command} [-h]")
    assert err == ""


def test_no_command_is_a_usage_error_with_the_help_on_stderr(capsys: Capture) -> None:
    assert main([]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == _build_parser().format_help()
    assert "extract" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", COMMANDS)
def test_every_format_option_says_what_each_format_is(command: str, capsys: Capture) -> None:
    assert main([command, "--help"]) == 0
    out = capsys.readouterr().out
    (commands,) = [a for a in _build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    (fmt,) = [a for a in commands.choices[command]._actions if "--format" in a.option_strings]
    assert fmt.help
    assert fmt.choices
    for choice in fmt.choices:
        assert choice in fmt.help
    assert " ".join(fmt.help.split()[:3]) in " ".join(out.split())


def _article(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("text", "first_line"),
    [
        ("The council met on Friday.\n", "0 statements"),
        ("“The bridge stays shut,” Maria Lopez said.\n", "1 statement"),
        ("“The bridge stays shut,” Maria Lopez said. “We wait,” she added.\n", "2 statements"),
    ],
)
def test_the_table_counts_statements_in_english(
    tmp_path: Path, capsys: Capture, text: str, first_line: str
) -> None:
    path = _article(tmp_path, "a.txt", text)
    assert main(["extract", "--summary", path]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{path}: {first_line}"
    (summary,) = [line for line in lines if line.startswith("  summary: ")]
    assert summary.startswith(f"  summary: {first_line} (")


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("“The talks have not stalled,” Walid Kilani said.\n", "1 quote"),
        ("“The talks have not stalled,” Walid Kilani said. “We are patient,” he added.\n", "2 quotes"),
    ],
)
def test_verify_counts_quotes_in_english(tmp_path: Path, capsys: Capture, text: str, counted: str) -> None:
    article = _article(tmp_path, "a.txt", text)
    source = _article(tmp_path, "s.txt", "KILANI: The talks have not stalled. We are patient.\n")
    assert main(["verify", article, "--source", source]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"{article}: {counted} checked against {source}"
