"""The ``quotecheck`` command: a thin edge over the library.

Exit status: 0 success; 1 a check found a problem (``verify``: a quote altered, spliced or not found;
``extract --fail-on LEVEL``: a statement below LEVEL); 2 usage or input errors, reported as one line
``quotecheck: error: …`` on standard error; 130 when interrupted.

A command is a function ``register(sub)`` appended to ``_EXTRA_COMMANDS``; it adds its parser with
:func:`add_command` and sets ``handler(ns, out, err) -> int``.  The conventions every command shares are
functions here, for commands added later to call rather than repeat:

- :func:`add_command`: a subparser whose ``--help`` ends with an ``examples:`` block of real commands
  (``tests/test_cli_conventions.py`` parses each one);
- :func:`add_format_option`, :class:`RecordWriter`: ``--format table|json|jsonl|csv`` and the writing of
  records in the three machine formats (CSV with fixed columns, documented in docs/formats.md);
- :func:`add_color_option`, :func:`use_color`, :func:`paint`: ANSI colour on a terminal only, never under
  ``NO_COLOR`` or into a pipe, and ``--color auto|always|never``;
- :func:`add_jobs_option`, :func:`run_jobs`: ``--jobs N`` worker processes, results in input order, a tqdm
  progress bar on standard error when it is a terminal;
- :func:`expand_paths`: ``-`` for standard input (once per call, :func:`claim_stdin`) and directories
  walked recursively in sorted order; :func:`load_sources` does it all for ``--source`` options;
- :func:`read_input`, :func:`read_decoded` (the text and its encoding), :func:`reading_options`: every
  input is read through them, so the options on how to read (``--errors``, ``--max-bytes``, added by
  :func:`quotecheck.inputs.add_input_options`) reach worker processes;
- :func:`fit`, :func:`clip`: lines cut or wrapped to the 80-column table width;
- ``EXIT_OK``, ``EXIT_FOUND``, ``EXIT_ERROR``, ``EXIT_INTERRUPTED``: the statuses.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import re
import signal
import sys
import textwrap
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, TypeAlias, TypeVar

from quotecheck import inputs
from quotecheck.errors import InputError, QuotecheckError, SourceError
from quotecheck.inputs import STDIN, add_input_options, read_text
from quotecheck.model import LEVELS

__all__ = [
    "EXIT_ERROR",
    "EXIT_FOUND",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXTRACT_COLUMNS",
    "FORMATS",
    "SOURCE_SUFFIXES",
    "VERIFY_COLUMNS",
    "RecordWriter",
    "add_color_option",
    "add_command",
    "add_format_option",
    "add_jobs_option",
    "claim_stdin",
    "clip",
    "expand_paths",
    "fit",
    "load_sources",
    "main",
    "paint",
    "read_decoded",
    "read_input",
    "reading_options",
    "run_jobs",
    "use_color",
]

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130

#: the width every table is cut to: a terminal's default, so a table never wraps
WIDTH = 80

T = TypeVar("T")
R = TypeVar("R")


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors leave as a QuotecheckError so they share one exit path, and files may
    follow options.

    argparse fills a positional of several values only from the words before the first option, so in
    ``extract a.txt --format jsonl b.txt`` or ``index find DB --format json WORDS`` the last word would be
    "unrecognized".  Such leftover words go to an optional positional not yet given, then to the list one.
    """

    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        ns, rest = super().parse_known_args(args, namespace)
        positionals = [a for a in self._actions if not a.option_strings and a.nargs != argparse.PARSER]
        while rest and not rest[0].startswith("-"):
            single = [a for a in positionals if a.nargs == "?" and getattr(ns, a.dest) in (None, a.default)]
            lists = [a for a in positionals if a.nargs in ("*", "+")]
            if single:
                setattr(ns, single[0].dest, rest.pop(0))
            elif lists:
                getattr(ns, lists[0].dest).append(rest.pop(0))
            else:
                break
        return ns, rest


class _UsageError(QuotecheckError):
    pass


if TYPE_CHECKING:  # argparse's class takes a type parameter only in typeshed
    from quotecheck.corpus.documents import DocumentReader
    from quotecheck.corpus.model import Document
    from quotecheck.sources import Source

    Subparsers: TypeAlias = argparse._SubParsersAction[_Parser]


# --- shared machinery -------------------------------------------------------------------------------------


def add_command(
    sub: Subparsers,
    name: str,
    *,
    help: str,
    examples: Sequence[tuple[str, str]],
    description: str | None = None,
) -> _Parser:
    """A subparser whose help ends with ``examples:``, each a comment line then the command itself.

    ``examples`` are (what it does, the command line) pairs; the command starts with ``quotecheck NAME``
    and may end in a pipe or a redirection, which the test that parses it cuts off.
    """
    lines = ["examples:"]
    for what, command in examples:
        lines += [f"  # {what}", f"  {command}"]
    return sub.add_parser(
        name,
        help=help,
        description=description or help[0].upper() + help[1:] + ".",
        epilog="\n".join(lines),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


#: every format a command may offer; a command names the ones it writes, table first
FORMATS: Mapping[str, str] = {
    "table": "table for reading (the default)",
    "json": "json, one array",
    "jsonl": "jsonl, one JSON object a line",
    "csv": "csv, one row per {row} with a header (columns in docs/formats.md)",
}


def add_format_option(
    p: argparse.ArgumentParser, choices: Sequence[str], *, row: str = "record", jsonl: str | None = None
) -> None:
    """``--format`` with ``choices`` (table the default); ``row`` names what a CSV row or JSON object is."""
    said = [FORMATS[c].format(row=row) for c in choices]
    if jsonl is not None and "jsonl" in choices:
        said[list(choices).index("jsonl")] = jsonl
    p.add_argument("--format", choices=tuple(choices), default=choices[0], help="; ".join(said))


def add_color_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the table: auto (the default) on a terminal unless NO_COLOR is set; always; never",
    )


def use_color(choice: str, stream: TextIO) -> bool:
    """Whether to colour what goes to ``stream``: ``always`` and ``never`` as said; ``auto`` only on a
    terminal and when ``NO_COLOR`` is not set to anything (https://no-color.org: an explicit flag wins)."""
    if choice != "auto":
        return choice == "always"
    if "NO_COLOR" in os.environ:
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


# one colour per level, strongest to weakest: green, green, cyan, yellow, magenta, red
_LEVEL_COLORS: Mapping[str, str] = dict(zip(LEVELS, ("32", "32", "36", "33", "35", "31"), strict=True))
_VERDICT_COLORS: Mapping[str, str] = {
    **dict.fromkeys(("VERBATIM", "NORMALIZED", "EXCERPT"), "32"),
    **dict.fromkeys(("ALTERED", "SPLICED", "NOT_FOUND"), "31"),
}


def paint(text: str, code: str | None, *, color: bool) -> str:
    """``text`` in the ANSI colour ``code`` (e.g. "31", red) when ``color``; unchanged otherwise."""
    return f"\x1b[{code}m{text}\x1b[0m" if color and code else text


def _add_strict_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--strict",
        action="store_true",
        help="an editor's definition of a statement: leave out actions with their objects "
        "(\"quashed the permit\") and negated or refused sayings (\"would not say which …\")",
    )


def add_jobs_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-j",
        "--jobs",
        type=_count(1),
        default=1,
        metavar="N",
        help="process the files in N worker processes (output keeps the input order; default 1)",
    )


def _ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group: the parent reports it once, workers stay quiet
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _init_worker(init: Callable[..., None] | None, args: tuple[Any, ...]) -> None:
    _ignore_interrupts()
    if init is not None:
        init(*args)


def run_jobs(
    work: Callable[[T], R],
    tasks: Sequence[T],
    *,
    jobs: int,
    err: TextIO,
    desc: str = "files",
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
) -> Iterator[R]:
    """``work(task)`` for each task, yielded in the order of ``tasks``.

    With ``jobs`` > 1 (and more than one task) the work runs in that many processes: ``work`` and
    ``initializer`` must be module-level functions and tasks and results picklable.  ``initializer`` runs
    once per process (here, once before the first task).  A tqdm progress bar is drawn on ``err`` when it
    is a terminal, and nothing at all when it is not.
    """
    from tqdm import tqdm

    isatty = getattr(err, "isatty", None)
    bar = tqdm(
        total=len(tasks), desc=desc, unit="file", file=err, disable=not (isatty and isatty()), leave=False
    )
    try:
        if jobs <= 1 or len(tasks) <= 1:
            if initializer is not None:
                initializer(*initargs)
            for task in tasks:
                result = work(task)
                bar.update()
                yield result
            return
        pool = ProcessPoolExecutor(
            max_workers=min(jobs, len(tasks)), initializer=_init_worker, initargs=(initializer, initargs)
        )
        try:
            for result in pool.map(work, tasks):
                bar.update()
                yield result
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    finally:
        bar.close()


def claim_stdin(paths: Iterable[str]) -> None:
    """Refuse a call that names standard input (``-``) more than once: it can be read only once."""
    if sum(p == STDIN for p in paths) > 1:
        raise _UsageError("standard input (-) can be read only once: give - for one input at most")


def expand_paths(
    paths: Sequence[str], *, suffixes: Sequence[str], strict: bool = False, role: str | None = None
) -> list[str]:
    """``paths`` with each directory replaced by the files under it whose names end with one of
    ``suffixes``, recursively, in sorted order (hidden files and folders skipped).  ``-`` and paths that
    are not directories pass through as given, so a missing file is reported where it is read.  A folder
    with no such file raises :class:`InputError` when ``strict``; otherwise it passes through too, and
    reading it (:func:`read_input`) reports it in its place among the other inputs.  ``role`` leads the
    message, as it does :func:`read_input`'s ("source DIR: …")."""
    out: list[str] = []
    for path in paths:
        if path == STDIN or not os.path.isdir(path):
            out.append(path)
            continue
        found = []
        for folder, dirs, files in os.walk(path):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            found += [
                os.path.join(folder, f)
                for f in files
                if not f.startswith(".") and f.lower().endswith(tuple(suffixes))
            ]
        if not found and strict:
            raise InputError(_empty_folder(f"{role} {path}" if role else path, suffixes))
        out += sorted(found, key=lambda f: os.path.relpath(f, path).split(os.sep)) or [path]
    return out


def _empty_folder(path: str, suffixes: Sequence[str]) -> str:
    return f"{path}: a folder with no {' or '.join(suffixes)} files in it"


def reading_options(ns: argparse.Namespace) -> dict[str, Any]:
    """The options of a command line that change how inputs are read (``--errors``, ``--max-bytes``, which
    :func:`quotecheck.inputs.add_input_options` adds), as keywords for :func:`read_input` (picklable, so
    worker processes read as the parent does)."""
    return {key: getattr(ns, key) for key in ("errors", "max_bytes") if hasattr(ns, key)}


def read_decoded(
    path: str,
    *,
    role: str | None = None,
    error: type[InputError] = InputError,
    options: Mapping[str, Any] | None = None,
) -> inputs.Input:
    """The text of an input the user named (``-``: standard input) and the encoding it was in.  Every
    command reads through here; ``options`` come from :func:`reading_options`.  A folder here is one
    :func:`expand_paths` found no article in."""
    if path != STDIN and os.path.isdir(path):
        raise error(_empty_folder(path, (".txt",)))
    return inputs.read_input(path, role=role, error=error, stdin=True, **(options or {}))


def read_input(
    path: str,
    *,
    role: str | None = None,
    error: type[InputError] = InputError,
    options: Mapping[str, Any] | None = None,
) -> str:
    """The text of :func:`read_decoded`, for commands that need not report the encoding."""
    return read_decoded(path, role=role, error=error, options=options).text


def _cells(ch: str) -> int:
    """Terminal columns a character takes: 2 for wide East Asian characters, 0 for combining marks."""
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def clip(text: str, width: int = WIDTH) -> str:
    """``text`` cut to ``width`` terminal columns, ``…`` marking the cut."""
    if sum(map(_cells, text)) <= width:
        return text
    kept: list[str] = []
    used = 1  # the ellipsis
    for ch in text:
        if used + _cells(ch) > width:
            break
        kept.append(ch)
        used += _cells(ch)
    return "".join(kept) + "…"


def cell_width(text: str) -> int:
    """Terminal columns ``text`` takes (wide East Asian characters count two)."""
    return sum(map(_cells, text))


def pad(text: str, width: int) -> str:
    """``text`` on one line, cut (:func:`clip`) and padded with spaces to exactly ``width`` columns."""
    text = clip(" ".join(text.split()), width)
    return text + " " * (width - cell_width(text))


_HANG = re.compile(r"^(\s*(?:quote  |source |diff   |- |! |\d+\. |[a-z ]+: )?)")


def fit(line: str, width: int = WIDTH, *, hang: int | None = None) -> list[str]:
    """A table line wrapped to ``width``, continuation lines indented by ``hang`` or, by default, under the
    line's text (after a label such as ``quote``, ``diff``, ``- `` or ``summary:``)."""
    if len(line) <= width:
        return [line]
    if hang is None:
        hang = len(_HANG.match(line).group(1))  # type: ignore[union-attr]  # the pattern matches any string
    hang = min(hang, width // 2)
    return textwrap.wrap(
        line, width=width, subsequent_indent=" " * hang, break_on_hyphens=False, drop_whitespace=True
    ) or [line[:width]]


class RecordWriter:
    """Writes records as ``json`` (one array, at :meth:`close`), ``jsonl`` (a line each, at once) or ``csv``
    (a header, then ``rows(record)`` for each record: one record may give several rows, or none)."""

    def __init__(
        self,
        out: TextIO,
        fmt: str,
        *,
        columns: Sequence[str] = (),
        rows: Callable[[Mapping[str, Any]], Iterable[Sequence[object]]] | None = None,
    ) -> None:
        self.out, self.fmt, self.rows = out, fmt, rows
        self.written = 0
        self.csv = csv.writer(out, lineterminator="\n") if fmt == "csv" else None
        if self.csv is not None:
            self.csv.writerow(columns)

    def write(self, record: Mapping[str, Any]) -> None:
        if self.fmt == "jsonl":
            self.out.writelines(_json_pieces(record))
            self.out.write("\n")
            self.out.flush()
        elif self.fmt == "json":
            # one array, written an element at a time (1,000 files never sit in memory together), laid
            # out as json.dumps(records, indent=2) lays it out
            self.out.write("[\n  " if not self.written else ",\n  ")
            self.out.writelines(piece.replace("\n", "\n  ") for piece in _json_pieces(record, indent=2))
            self.written += 1
        elif self.csv is not None and self.rows is not None:
            self.csv.writerows(self.rows(record))
            self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.written else "[]\n")


class _AsJson:
    """Values that become their JSON form (``to_json()``) only as they are read, one at a time: a report's
    statements, which :func:`_json_pieces` writes one by one, so a file of 100,000 statements is never
    100,000 dicts at once, nor one string.  Iterating gives the dicts; ``len`` counts the values."""

    __slots__ = ("values",)

    def __init__(self, values: Sequence[Any]) -> None:
        self.values = values

    def __len__(self) -> int:
        return len(self.values)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (v.to_json() for v in self.values)


def _json_pieces(value: Any, *, indent: int | None = None, depth: int = 0) -> Iterator[str]:
    """What ``json.dumps(value, ensure_ascii=False, indent=indent)`` writes, in pieces: a record's fields
    one by one and a list's items one by one (deeper values whole), so that writing a large record never
    makes it one string.

    >>> record = {"path": "a.txt", "statements": [{"start": 0}, {"start": 9}], "summary": None}
    >>> "".join(_json_pieces(record)) == json.dumps(record)
    True
    """
    pad = "" if indent is None else "\n" + " " * (indent * (depth + 1))
    if depth < 2 and isinstance(value, dict) and value and all(isinstance(k, str) for k in value):
        for n, (key, item) in enumerate(value.items()):
            comma = ("," if indent is not None else ", ") if n else ""
            yield ("{" if not n else comma) + pad + json.dumps(key, ensure_ascii=False) + ": "
            yield from _json_pieces(item, indent=indent, depth=depth + 1)
        yield pad[: -indent or None] + "}" if indent is not None else "}"
    elif depth < 2 and isinstance(value, list | tuple | _AsJson) and len(value):
        for n, item in enumerate(value):
            comma = ("," if indent is not None else ", ") if n else ""
            yield ("[" if not n else comma) + pad
            yield from _json_pieces(item, indent=indent, depth=depth + 1)
        yield pad[: -indent or None] + "]" if indent is not None else "]"
    else:
        plain = list(value) if isinstance(value, _AsJson) else value
        text = json.dumps(plain, ensure_ascii=False, indent=indent)
        yield text.replace("\n", "\n" + " " * (indent * depth)) if indent and depth else text


def _count(least: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``least``."""

    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if n < least:
            raise argparse.ArgumentTypeError(f"give a number of at least {least}, not {n}")
        return n

    return parse


def _counted(n: int, noun: str) -> str:
    """``1 statement``, ``2 statements``: English plurals for the nouns the tables count."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _joined(items: Iterable[object]) -> str:
    """Several values in one CSV cell: joined by `` | ``, which the values themselves do not hold."""
    return " | ".join(str(i) for i in items)


def _flag(value: object) -> str:
    return "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)


# --- extract ----------------------------------------------------------------------------------------------

#: the columns of ``extract --format csv``, one row per statement (docs/formats.md)
EXTRACT_COLUMNS: tuple[str, ...] = (
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
)


def _statement_rows(record: Mapping[str, Any]) -> Iterator[list[str]]:
    for s in record["statements"]:
        spk, strength, cue = s["speaker"], s["strength"] or {}, s["cue"] or {}
        yield [
            record["path"],
            str(s["start"]),
            str(s["end"]),
            s["kind"],
            strength.get("level", ""),
            _flag(strength.get("rank")),
            strength.get("stance", ""),
            spk["name"] or "",
            spk["kind"],
            spk["mention"] or "",
            cue.get("text", ""),
            _joined(h["text"] for h in strength.get("hedges", ())),
            _flag(s["continuation"]),
            _flag(strength.get("nested")),
            s["text"],
            _joined(strength.get("reasons", ())),
            s["reported_as"],
        ]


def _preread(
    paths: Sequence[str], options: Mapping[str, Any]
) -> list[tuple[str, inputs.Input | None, str | None]]:
    """(path, input, error) per input: standard input is read here, in the parent, since a worker process
    cannot; a file is left for its worker to read (input and error None)."""
    out: list[tuple[str, inputs.Input | None, str | None]] = []
    for path in paths:
        try:
            out.append((path, read_decoded(path, options=options) if path == STDIN else None, None))
        except InputError as exc:
            out.append((path, None, str(exc)))
    return out


_ExtractTask = tuple[str, inputs.Input | None, str | None, bool, Mapping[str, Any], bool]


def _extract_one(task: _ExtractTask) -> tuple[str, str | None, dict[str, Any] | None]:
    """(path, error, record) for one input: one bad file does not lose the others' output."""
    from quotecheck.pipeline import analyze

    path, read, error, summary, options, strict = task
    try:
        if error is not None:
            raise InputError(error)
        if read is None:
            read = read_decoded(path, options=options)
    except InputError as exc:
        return path, str(exc), None
    report = analyze(read.text, strict=strict)
    # what report.to_json(summary=...) gives, with the statements made into dicts only as they are written
    statements = _AsJson(report.statements)
    record: dict[str, Any] = {"path": path, "encoding": read.encoding, "statements": statements}
    if summary:
        record["summary"] = report.summary.to_json()
    return path, None, record


def _table(out: TextIO, path: str, result: Mapping[str, Any], *, color: bool) -> None:
    statements = result["statements"]
    # a path is never cut: it is what the reader copies to open the file
    out.write(f"{path}: {_counted(len(statements), 'statement')}\n")
    for s in statements:
        spk = s["speaker"]
        who = spk["name"] or spk["mention"] or "?"
        strength = s["strength"] or {}
        level, stance = strength.get("level", ""), strength.get("stance", "")
        head = f"  {s['start']:>6}-{s['end']:<6} {s['kind']:<8} "
        line = clip(f"{head}{level:<19} {stance:<10} {who}")
        if color and level:
            line = line.replace(level, paint(level, _LEVEL_COLORS[level], color=True), 1)
        out.write(line + "\n")
        text = " … ".join(" ".join(seg["text"].split()) for seg in s["segments"])
        out.write(clip(" " * 10 + text) + "\n")
    summary = result.get("summary")
    if isinstance(summary, dict):
        levels = ", ".join(f"{k} {v}" for k, v in summary["levels"].items() if v)
        lines = [
            f"  summary: {_counted(summary['statements'], 'statement')} ({levels})",
            f"  resting on anonymous or no sources: {summary['anonymous_share']:.0%}",
            *(
                f"  named source: {src['name']} ({src['direct']} direct, {src['indirect']} indirect)"
                for src in summary["named_sources"]
            ),
            f"  quotes with no speaker: {summary['unattributed_quotes']}; "
            f"hedged statements: {summary['hedged_statements']}",
        ]
        for line in lines:
            out.writelines(piece + "\n" for piece in fit(line))


def _below(record: Mapping[str, Any], rank: int) -> int:
    return sum(s["strength"] is not None and s["strength"]["rank"] < rank for s in record["statements"])


def _cmd_extract(ns: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    # imported before any worker starts, so a forked worker inherits it instead of importing it again
    import quotecheck.pipeline  # noqa: F401

    claim_stdin(ns.files)
    paths = expand_paths(ns.files, suffixes=(".txt",))
    options = reading_options(ns)
    tasks: list[_ExtractTask] = [
        (p, t, e, ns.summary, options, ns.strict) for p, t, e in _preread(paths, options)
    ]
    writer = RecordWriter(out, ns.format, columns=EXTRACT_COLUMNS, rows=_statement_rows)
    color = ns.format == "table" and use_color(ns.color, out)
    floor = 5 - LEVELS.index(ns.fail_on) if ns.fail_on else None
    failed = errors = 0
    for path, error, result in run_jobs(_extract_one, tasks, jobs=ns.jobs, err=err, desc="extract"):
        if error is not None:
            err.write(f"quotecheck: error: {error}\n")
            errors += 1
            continue
        assert result is not None
        if ns.format == "table":
            _table(out, path, result, color=color)
        else:
            writer.write(result)
        if floor is not None:
            failed += _below(result, floor)
    writer.close()
    if errors:
        return EXIT_ERROR
    if failed:
        err.write(f"quotecheck: {_counted(failed, 'statement')} below {ns.fail_on}\n")
        return EXIT_FOUND
    return EXIT_OK


def _register_extract(sub: Subparsers) -> None:
    p = add_command(
        sub,
        "extract",
        help="find every attributed statement and its speaker",
        examples=[
            ("the statements of an article, as a table", "quotecheck extract seeds/000_6a3cf512a1b1602a.txt"),
            (
                "every article under a folder, two at a time, to a spreadsheet",
                "quotecheck extract -j 2 --format csv seeds/ > statements.csv",
            ),
            (
                "fail (exit 1) when copy on standard input rests on a vague source",
                "cat story.txt | quotecheck extract --fail-on anonymous_described -",
            ),
        ],
    )
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="UTF-8 text files, or folders (every *.txt file under them); - reads standard input",
    )
    add_format_option(
        p,
        ("table", "json", "jsonl", "csv"),
        row="statement",
        jsonl="jsonl, one JSON object per file a line",
    )
    p.add_argument(
        "--summary",
        action="store_true",
        help="add the article summary: statements per level, share on anonymous or no sources, named sources",
    )
    p.add_argument(
        "--fail-on",
        choices=LEVELS,
        metavar="LEVEL",
        help="exit 1 when any statement is graded below LEVEL, e.g. anonymous_described",
    )
    _add_strict_option(p)
    add_jobs_option(p)
    add_color_option(p)
    add_input_options(p)
    p.set_defaults(handler=_cmd_extract)


# Other commands add themselves here: a function taking the subparsers object.
_EXTRA_COMMANDS: list[Callable[[Subparsers], None]] = []


# --- eval -------------------------------------------------------------------------------------------------


def _register_eval(sub: Subparsers) -> None:
    p = add_command(
        sub,
        "eval",
        help="measure the extractor on annotated articles (docs/evaluation.md)",
        examples=[
            ("the figures for the two example articles", "quotecheck eval docs/examples/gold.jsonl"),
            (
                "with anonymous-source figures and the first five mistakes",
                "quotecheck eval docs/examples/gold.jsonl --anonymous-labels docs/examples/anonymous.json"
                " --show-errors 5",
            ),
            ("as JSON, publisher by publisher", "quotecheck eval --format json --by-publisher corpus.jsonl"),
        ],
    )
    p.add_argument("gold", metavar="GOLD.jsonl", help="gold articles, one JSON record a line")
    p.add_argument("--anonymous-labels", metavar="FILE", help="which gold sources are anonymous")
    p.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="table for reading (the default); json, one object of figures per comparison",
    )
    p.add_argument("--show-errors", type=_count(0), default=0, metavar="N", help="list the first N mistakes")
    p.add_argument("--limit", type=_count(1), metavar="N", help="only the first N articles")
    p.add_argument("--split", metavar="NAME", help="only articles whose split is NAME")
    p.add_argument("--by-publisher", action="store_true", help="the figures again for each publisher")
    _add_strict_option(p)
    add_input_options(p)
    p.set_defaults(handler=_cmd_eval)


def _cmd_eval(ns: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from quotecheck import evaluation

    options = reading_options(ns)
    labels = evaluation.load_anonymity_labels(ns.anonymous_labels, **options) if ns.anonymous_labels else None
    articles = evaluation.load_gold(ns.gold, split=ns.split, limit=ns.limit, **options)
    if not articles:
        raise InputError(f"{ns.gold} holds no articles" + (f" of split {ns.split!r}" if ns.split else ""))
    result = evaluation.evaluate(articles, labels=labels, strict=ns.strict)
    publishers = evaluation.by_publisher(result) if ns.by_publisher else ()
    errors = evaluation.mistakes(result, limit=ns.show_errors) if ns.show_errors else ()
    if ns.format == "json":
        report = evaluation.render_json(result, publishers=publishers, errors=errors)
        out.write(json.dumps(report, ensure_ascii=False) + "\n")
    else:
        out.write(evaluation.render_table(result, publishers=publishers, errors=errors))
    return EXIT_OK


_EXTRA_COMMANDS.append(_register_eval)


# --- verify -----------------------------------------------------------------------------------------------

#: the columns of ``verify --format csv``, one row per quotation checked (docs/formats.md)
VERIFY_COLUMNS: tuple[str, ...] = (
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
)

_GOOD = ("verbatim", "normalized", "excerpt")


def _verification_rows(record: Mapping[str, Any]) -> Iterator[list[str]]:
    src = record["source"] or {}
    time = src.get("time") or {}
    speaker = record["speaker"] or {}
    yield [
        record["path"],
        str(record["quote"]["start"]),
        str(record["quote"]["end"]),
        record["quote"]["text"],
        speaker.get("name") or "",
        record["verdict"],
        _flag(record["verdict"] in _GOOD),
        str(record["score"]),
        _flag(record["substantive"]),
        src.get("path", ""),
        _flag(src.get("start")),
        _flag(src.get("end")),
        src.get("text", ""),
        _flag(time.get("start")),
        _flag(time.get("end")),
        _joined(record["reasons"]),
        _joined(w.get("message", "") for w in record["warnings"]),
    ]


# the sources of the current run, set once per worker process by _use_sources
_SOURCES: tuple[Source, ...] = ()


def _use_sources(sources: tuple[Source, ...]) -> None:
    global _SOURCES
    _SOURCES = sources


_VerifyResult = tuple[str, str | None, list[dict[str, Any]], str]


def _verify_one(task: tuple[str, inputs.Input | None, str | None, Mapping[str, Any]]) -> _VerifyResult:
    """(path, error, records, table) for one article against the sources of the run."""
    from quotecheck.verify import format_table, verify_article

    path, read, error, options = task
    try:
        if error is not None:
            raise InputError(error)
        if read is None:
            read = read_decoded(path, options=options)
    except InputError as exc:
        return path, str(exc), [], ""
    results = verify_article(read.text, _SOURCES)
    return path, None, [{"path": path, **v.to_json()} for v in results], format_table(results)


#: the files a folder given to --source stands for
SOURCE_SUFFIXES: tuple[str, ...] = (".txt", ".srt", ".vtt", ".md")


def load_sources(paths: Sequence[str], *, options: Mapping[str, Any] | None = None) -> tuple[Source, ...]:
    """The sources named by ``--source`` options: folders expanded (:data:`SOURCE_SUFFIXES`; an empty one
    is an input error), ``-`` read from standard input, each file read by :func:`load_source`.  Call
    :func:`claim_stdin` first with every path of the command line."""
    from quotecheck.sources import Source, load_source

    loaded = []
    for path in expand_paths(paths, suffixes=SOURCE_SUFFIXES, strict=True, role="source"):
        if path != STDIN:
            loaded.append(load_source(path, **(options or {})))
            continue
        text = read_input(path, role="source", error=SourceError, options=options)
        # offsets index the text as read: Source.from_text reads CR and CRLF line ends itself
        loaded.append(Source.from_text(text, name=STDIN))
    return tuple(loaded)


def _verify_table(
    out: TextIO, path: str, sources: Sequence[str], records: Sequence[Any], table: str, *, color: bool
) -> None:
    checked = _counted(len(records), "quote")
    head = f"{path}: {checked} checked against {', '.join(sources)}"
    out.write(head + "\n")
    for line in table.splitlines() if records else ():
        for piece in fit(line):
            verdict = re.match(r"\s*\d+\. ([A-Z_]+)", piece)
            if color and verdict:
                word = verdict.group(1)
                piece = piece.replace(word, paint(word, _VERDICT_COLORS.get(word), color=True), 1)
            out.write(piece + "\n")


def _cmd_verify(ns: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Exit 0 when every quote is verbatim, normalized or excerpt, 1 when any is not."""
    import quotecheck.verify  # noqa: F401  # before any worker starts, as in _cmd_extract

    claim_stdin([*ns.articles, *ns.source])
    options = reading_options(ns)
    sources = load_sources(ns.source, options=options)
    paths = expand_paths(ns.articles, suffixes=(".txt",))
    tasks = [(p, t, e, options) for p, t, e in _preread(paths, options)]
    writer = RecordWriter(out, ns.format, columns=VERIFY_COLUMNS, rows=_verification_rows)
    color = ns.format == "table" and use_color(ns.color, out)
    failed = errors = 0
    results = run_jobs(
        _verify_one,
        tasks,
        jobs=ns.jobs,
        err=err,
        desc="verify",
        initializer=_use_sources,
        initargs=(sources,),
    )
    for path, error, records, table in results:
        if error is not None:
            err.write(f"quotecheck: error: {error}\n")
            errors += 1
            continue
        failed += sum(r["verdict"] not in _GOOD for r in records)
        if ns.format == "table":
            _verify_table(out, path, ns.source, records, table, color=color)
        else:
            for record in records:
                writer.write(record)
    writer.close()
    return EXIT_ERROR if errors else EXIT_FOUND if failed else EXIT_OK


def _register_verify(sub: Subparsers) -> None:
    p = add_command(
        sub,
        "verify",
        help="check every quotation of an article against its sources",
        examples=[
            (
                "the seed article against a transcript: exit 1, one quote is altered",
                "quotecheck verify seeds/000_6a3cf512a1b1602a.txt --source tests/golden/seed_transcript.txt",
            ),
            (
                "every article of a folder against every source of another",
                "quotecheck verify -j 2 articles/ --source sources/",
            ),
            (
                "a transcript piped in, one CSV row per quotation",
                "cat talk.srt | quotecheck verify story.txt --source - --format csv",
            ),
        ],
    )
    p.add_argument(
        "articles",
        nargs="+",
        metavar="ARTICLE",
        help="UTF-8 articles, or folders (every *.txt file under them); - reads standard input",
    )
    p.add_argument(
        "--source",
        action="append",
        required=True,
        metavar="SRC",
        help="a source file: plain text, a transcript, .srt or .vtt subtitles; a folder of them; - reads"
        " standard input (repeat for several)",
    )
    add_format_option(
        p,
        ("table", "json", "jsonl", "csv"),
        row="quotation",
        jsonl="jsonl, one JSON object per quotation a line",
    )
    add_jobs_option(p)
    add_color_option(p)
    add_input_options(p)
    p.set_defaults(handler=_cmd_verify)


_EXTRA_COMMANDS.append(_register_verify)


# --- quotecheck report: the HTML page (quotecheck/html) ----------------------------------------------------

_REPORT_EXAMPLES = """\
examples:
  quotecheck report article.txt -o article.html
  quotecheck report article.txt --source briefing.txt --source interview.srt -o article.html
  quotecheck report - --source transcripts/ --title "Depot story" -o - < story.txt > story.html
"""


def _register_report(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "report",
        help="write one self-contained HTML page: statements by level, speakers, verdicts",
        description="Write the article as one HTML page that loads nothing: every statement highlighted by\n"
        "attribution level, its speaker and cue marked, hedges and anonymous sources flagged, a summary\n"
        "on top and, with --source, each quotation's verdict and word diff (docs/report.md).",
        epilog=_REPORT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("article", metavar="ARTICLE", help="a UTF-8 article; - reads standard input")
    p.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="SRC",
        help="check the quotations against a source: plain text, a transcript, .srt or .vtt subtitles, a"
        " directory of them, or - for standard input (repeat for several)",
    )
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="write the page here; - writes standard output"
    )
    p.add_argument("--title", metavar="TEXT", help="the page's heading (default: the article's file name)")
    _add_strict_option(p)
    add_input_options(p)
    p.set_defaults(handler=_cmd_report)


def _report_sources(paths: Sequence[str], options: Mapping[str, Any]) -> list[Source]:
    """The sources named on the command line, each file of a directory in name order, read with the
    command's reading ``options`` (:func:`reading_options`)."""
    from pathlib import Path

    from quotecheck.errors import SourceError
    from quotecheck.sources import Source, load_source

    sources: list[Source] = []
    for path in paths:
        if path == "-":
            # offsets index the text as read: Source.from_text reads CR and CRLF line ends itself
            text = read_input(path, role="source", error=SourceError, options=options)
            sources.append(Source.from_text(text, name="standard input"))
        elif Path(path).is_dir():
            files = sorted(f for f in Path(path).iterdir() if f.is_file() and not f.name.startswith("."))
            if not files:
                raise SourceError(f"source {path}: the directory holds no files")
            sources.extend(load_source(f, **options) for f in files)
        else:
            sources.append(load_source(path, **options))
    return sources


def _same_file(a: str, b: str) -> bool:
    import os

    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _cmd_report(ns: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Exit 0 when the page is written and every quotation checked is faithful; 1 when the page is written
    but a quotation is altered, spliced or not found (as ``verify`` does); 2 when nothing is written."""
    import os

    try:
        from quotecheck.html import build_page
    except ImportError as exc:  # the report extra is not installed: the message says what to install
        raise InputError(str(exc)) from None

    stdin_users = [ns.article].count("-") + ns.source.count("-")
    if stdin_users > 1:
        raise InputError("standard input can feed the article or one --source, not both")
    options = reading_options(ns)
    # a folder is not an article here ("is a directory"), unlike extract's folders of articles
    text = inputs.read_input(ns.article, stdin=True, **options).text
    sources = _report_sources(ns.source, options)
    named = [p for p in [ns.article, *ns.source] if p != "-"]
    if ns.output != "-" and os.path.exists(ns.output) and any(_same_file(ns.output, p) for p in named):
        raise InputError(f"{ns.output}: is one of the inputs; give the page another name with -o")
    title = ns.title or ("standard input" if ns.article == "-" else os.path.basename(ns.article))
    page = build_page(text, sources=sources, title=title, strict=ns.strict)
    if ns.output == "-":
        out.write(page.html)
    else:
        try:
            with open(ns.output, "w", encoding="utf-8") as fh:
                fh.write(page.html)
        except OSError as exc:
            raise InputError(f"{ns.output}: cannot write the report ({exc.strerror or exc})") from None
        statements = _counted(len(page.report.statements), "statement")
        checked = f", {_counted(len(page.verifications), 'quotation')} checked, {len(page.failed)} failed"
        out.write(f"{ns.output}: {statements}{checked if sources else ''}\n")
    return EXIT_FOUND if page.failed else EXIT_OK


_EXTRA_COMMANDS.append(_register_report)

# --- end of quotecheck report ------------------------------------------------------------------------------


# --- the program ------------------------------------------------------------------------------------------


def _version() -> str:
    from quotecheck import __version__

    return f"quotecheck {__version__}"


def _build_parser() -> _Parser:
    parser = _Parser(prog="quotecheck", description="Who says so, in whose words, and how strongly.")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    _register_extract(sub)
    for register in _EXTRA_COMMANDS:
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    out, err = sys.stdout, sys.stderr
    try:
        parser = _build_parser()
        ns = parser.parse_args(argv)
        if ns.command is None:  # a usage error: the help goes where errors go
            parser.print_help(err)
            return EXIT_ERROR
        handler: Callable[[argparse.Namespace, TextIO, TextIO], int] = ns.handler
        return handler(ns, out, err)
    except SystemExit as leaving:  # argparse leaves this way after --help; callers get a status instead
        code = leaving.code
        return code if isinstance(code, int) else EXIT_OK if code is None else EXIT_ERROR
    except QuotecheckError as exc:
        err.write(f"quotecheck: error: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.write("quotecheck: error: interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK


def _register_match(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = add_command(
        sub,
        "match",
        help="find the same quotation across documents: clusters with verdicts",
        examples=[
            ("clusters of the quotations a folder of articles shares", "quotecheck match articles/"),
            (
                "a feed of JSON lines with dates and outlets, as JSON lines",
                "quotecheck match --input feed.jsonl --format jsonl",
            ),
            (
                "the same on a Dask cluster",
                "quotecheck match --input feed.jsonl --scheduler tcp://scheduler.newsroom.example:8786",
            ),
        ],
    )
    _add_documents(p)
    _add_cluster_format(p)
    p.add_argument(
        "--min-words",
        type=_count(1),
        default=6,
        metavar="N",
        help="leave out quotations of fewer than N words (default 6)",
    )
    p.add_argument(
        "-j", "--jobs", type=_count(1), default=1, metavar="N",
        help="extract in N local processes (default 1)",
    )  # fmt: skip
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="extract on a Dask cluster: the scheduler's address, tcp://HOST:8786 (needs the dask extra)",
    )
    p.set_defaults(handler=_cmd_match)


def _add_documents(p: argparse.ArgumentParser) -> None:
    """The inputs of ``match`` and ``index add`` (read by :func:`_corpus_documents`)."""
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="UTF-8 text files, or directories read recursively for *.txt; a document's id is its path",
    )
    p.add_argument(
        "--input",
        action="append",
        default=[],
        metavar="FILE",
        help='JSON lines, one {"id", "text", "date"?, "outlet"?, "url"?} a line; - reads standard input'
        " (repeat for several)",
    )
    add_input_options(p)  # for the text files named; a JSON-lines feed is read a line at a time


def _add_cluster_format(p: argparse.ArgumentParser) -> None:
    """``--format`` of the commands that write clusters (``match``, ``index clusters``)."""
    p.add_argument(
        "--format",
        choices=("table", "jsonl", "json", "csv"),
        default="table",
        help="table for reading, 80 columns (the default); jsonl, one cluster a line; json, one array;"
        " csv, one row per member",
    )


def _cmd_match(ns: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Exit 0 when every input was read; 2 when any was skipped (each reported, then a count)."""
    from quotecheck.corpus.match import match_corpus
    from quotecheck.corpus.render import write_clusters

    if not ns.paths and not ns.input:
        raise _UsageError("give files or directories to match, or --input FILE")
    if ns.scheduler and ns.jobs != 1:
        raise _UsageError("give --jobs or --scheduler, not both")
    reader, documents = _corpus_documents(ns, err)
    client = None
    if ns.scheduler:
        from quotecheck.corpus.distributed import connect

        client = connect(ns.scheduler)
    isatty = getattr(err, "isatty", None)
    progress = bool(isatty and isatty())
    try:
        clusters = match_corpus(
            documents, jobs=ns.jobs, client=client, min_words=ns.min_words, progress=progress
        )
        write_clusters(clusters, out, ns.format)
    finally:
        if client is not None:
            client.close()
    return _corpus_status(reader, err)


def _corpus_documents(
    ns: argparse.Namespace, err: TextIO, *, unique: bool = True
) -> tuple[DocumentReader, Iterator[Document]]:
    """The documents of ``match`` and ``index add``: PATHs, then each ``--input`` file; each input that
    cannot be read is reported on ``err`` as it comes, and the reader counts it.  ``unique`` skips an id
    seen before (:class:`~quotecheck.corpus.documents.DocumentReader`)."""
    from itertools import chain

    from quotecheck.corpus.documents import DocumentReader

    claim_stdin([*ns.paths, *ns.input])

    def report(message: str) -> None:
        err.write(f"quotecheck: error: {message}\n")
        err.flush()

    reader = DocumentReader(on_error=report, unique=unique, options=reading_options(ns))
    return reader, chain(reader.paths(ns.paths), *(reader.input_file(f) for f in ns.input))


def _corpus_status(reader: DocumentReader, err: TextIO) -> int:
    """0 when every input was read; else the count of what was skipped on ``err``, and 2."""
    summary = reader.summary()
    if summary is None:
        return EXIT_OK
    err.write(f"quotecheck: {summary} ({_counted(reader.read, 'document')} read)\n")
    return EXIT_ERROR


_EXTRA_COMMANDS.append(_register_match)


# --- `quotecheck index`: a quote index that grows (quotecheck/corpus/index.py; docs/index-db.md) -----------


def _register_index(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = add_command(
        sub,
        "index",
        help="a quote index that grows: add documents, find words, clusters",
        examples=[
            (
                "add today's articles; an article with an id seen before replaces it",
                "quotecheck index add quotes.db today/",
            ),
            (
                "every place some words have appeared, earliest first",
                'quotecheck index find quotes.db "we will not close a single school"',
            ),
            (
                "the clusters of the whole index, as quotecheck match gives them",
                "quotecheck index clusters quotes.db --format jsonl",
            ),
        ],
    )
    actions = p.add_subparsers(
        dest="index_command", metavar="ACTION", required=True
    )

    def database(q: argparse.ArgumentParser) -> None:
        q.add_argument("db", metavar="DB", help="the index file (SQLite), e.g. quotes.db")

    def output(q: argparse.ArgumentParser, table: str, jsonl: str) -> None:
        q.add_argument(
            "--format",
            choices=("table", "jsonl", "json", "csv"),
            default="table",
            help=f"table for reading, 80 columns, {table} (the default); jsonl, {jsonl} a line;"
            " json, one array; csv, one row per place",
        )

    a = actions.add_parser("add", help="add documents; one with an id the index holds replaces it")
    database(a)
    _add_documents(a)
    a.add_argument(
        "--min-words",
        type=_count(1),
        metavar="N",
        help="keep quotations of N words or more (default 6); set when the index is made",
    )
    a.add_argument(
        "-j", "--jobs", type=_count(1), default=1, metavar="N",
        help="extract in N local processes (default 1)",
    )  # fmt: skip
    a.set_defaults(handler=_cmd_index_add)

    f = actions.add_parser("find", help="every place the words appear, earliest first")
    database(f)
    f.add_argument("words", nargs="?", metavar="WORDS", help="the words to look up, at least four")
    f.add_argument(
        "--article", metavar="FILE", help="look up every quotation of this UTF-8 article (- reads stdin)"
    )
    output(f, "places under each quotation", "one quotation with its places")
    f.set_defaults(handler=_cmd_index_find)

    c = actions.add_parser("clusters", help="the clusters of the whole index, as `quotecheck match` gives")
    database(c)
    _add_cluster_format(c)
    c.add_argument(
        "-j", "--jobs", type=_count(1), default=1, metavar="N",
        help="judge groups in N local processes (default 1)",
    )  # fmt: skip
    c.set_defaults(handler=_cmd_index_clusters)


@contextlib.contextmanager
def _index_errors(db: str) -> Iterator[None]:
    """An SQLite failure while the index is worked on (a full disk, a lock held past the timeout, a page
    damaged) as one line naming the file, not a traceback."""
    import sqlite3

    try:
        yield
    except sqlite3.Error as exc:
        raise InputError(f"{db}: the index cannot be used ({exc})") from None


def _cmd_index_add(ns: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Exit 0 when every input was added; 2 when any was skipped (each reported, then a count)."""
    from quotecheck.corpus.index import QuoteIndex

    if not ns.paths and not ns.input:
        raise _UsageError("give files or directories to add, or --input FILE")
    # a later document with an id given before replaces it, as in the index (a correction in a feed)
    reader, documents = _corpus_documents(ns, err, unique=False)
    isatty = getattr(err, "isatty", None)
    if isatty and isatty():
        import importlib

        with contextlib.suppress(ImportError):  # tqdm ships no type hints; by name, the bar is Any to mypy
            documents = importlib.import_module("tqdm").tqdm(
                documents, unit="doc", desc="adding", file=err, dynamic_ncols=True
            )
    with _index_errors(ns.db), QuoteIndex(ns.db, min_words=ns.min_words) as index:
        added = index.add(documents, jobs=ns.jobs)
        held = len(index)
    replaced = f" ({added.replaced} replacing a document of the same id)" if added.replaced else ""
    out.write(
        f"{ns.db}: added {_counted(added.documents, 'document')}{replaced}, "
        f"{_counted(added.quotations, 'quotation')}; the index holds {_counted(held, 'document')}\n"
    )
    return _corpus_status(reader, err)


def _cmd_index_find(ns: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Exit 0 when the lookup ran, whether or not the words were found."""
    from quotecheck.corpus.index import QuoteIndex, query_quotation
    from quotecheck.corpus.model import Document
    from quotecheck.corpus.places import write_places
    from quotecheck.corpus.quotations import quotations_of

    if (ns.words is None) == (ns.article is None):
        raise _UsageError("give the WORDS to find, or --article FILE, not both")
    with _index_errors(ns.db), QuoteIndex(ns.db, create=False) as index:
        if ns.article is None:
            query = query_quotation(ns.words)
            found = [(query, index.find(ns.words))]
            article = None
        else:
            text = read_text(ns.article, stdin=True)
            article = "<stdin>" if ns.article == "-" else ns.article
            quotations = quotations_of(Document(article, text), min_words=index.min_words)
            found = [(q, index.find(q)) for q in quotations]
    write_places(found, out, ns.format, article=article)
    return EXIT_OK


def _cmd_index_clusters(ns: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from quotecheck.corpus.index import QuoteIndex
    from quotecheck.corpus.render import write_clusters

    with _index_errors(ns.db), QuoteIndex(ns.db, create=False) as index:
        clusters = index.clusters(jobs=ns.jobs)
    write_clusters(clusters, out, ns.format)
    return EXIT_OK


_EXTRA_COMMANDS.append(_register_index)
