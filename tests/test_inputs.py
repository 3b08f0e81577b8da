"""Every command reports an unreadable input in the same words, from one reader (quotecheck/inputs.py)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from quotecheck.cli import main
from quotecheck.errors import InputError, SourceError
from quotecheck.inputs import read_text

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
