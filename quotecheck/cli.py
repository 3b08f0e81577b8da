"""The ``quotecheck`` command: a thin edge over the library.

Exit status: 0 success; 1 a check found a problem (``verify``: a quote altered, spliced or not found);
2 usage or input errors, reported as one line ``quotecheck: error: …`` on standard error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import NoReturn, TextIO

from quotecheck.errors import InputError, QuotecheckError
from quotecheck.inputs import DEFAULT_MAX_BYTES, add_input_options, read_input, read_text

__all__ = ["main"]

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_ERROR = 2


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors leave as a QuotecheckError so they share one exit path."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


class _UsageError(QuotecheckError):
    pass


def _extract_lines(
    paths: Sequence[str],
    *,
    summary: bool = False,
    errors: str = "strict",
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Iterator[tuple[str, str | None, dict[str, object] | None]]:
    """(path, error, result) per input, so one bad file does not lose the others' output."""
    from quotecheck.pipeline import analyze

    for path in paths:
        try:
            read = read_input(path, stdin=True, errors=errors, max_bytes=max_bytes)  # type: ignore[arg-type]
        except InputError as exc:
            yield path, str(exc), None
            continue
        report = analyze(read.text)
        yield path, None, {"path": path, "encoding": read.encoding, **report.to_json(summary=summary)}


def _counted(n: int, noun: str) -> str:
    """``1 statement``, ``2 statements``: English plurals for the nouns the tables count."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _table(out: TextIO, path: str, result: dict[str, object]) -> None:
    statements = result["statements"]
    assert isinstance(statements, list)
    out.write(f"{path}: {_counted(len(statements), 'statement')}\n")
    for s in statements:
        spk = s["speaker"]
        who = spk["name"] or spk["mention"] or "?"
        text = " … ".join(seg["text"] for seg in s["segments"])
        if len(text) > 90:
            text = text[:87] + "..."
        text = text.replace("\n", " ")
        strength = s.get("strength")
        grade = f" [{strength['level']}, {strength['stance']}]" if strength else ""
        out.write(f"  {s['start']:>6}-{s['end']:<6} {s['kind']:<8} {spk['kind']:<12} {who}{grade}\n")
        out.write(f"                 {text}\n")
    summary = result.get("summary")
    if isinstance(summary, dict):
        levels = ", ".join(f"{k} {v}" for k, v in summary["levels"].items() if v)
        out.write(f"  summary: {_counted(summary['statements'], 'statement')} ({levels})\n")
        out.write(f"  resting on anonymous or no sources: {summary['anonymous_share']:.0%}\n")
        for src in summary["named_sources"]:
            out.write(f"  named source: {src['name']} ({src['direct']} direct, {src['indirect']} indirect)\n")
        out.write(
            f"  quotes with no speaker: {summary['unattributed_quotes']}; "
            f"hedged statements: {summary['hedged_statements']}\n"
        )


def _cmd_extract(ns: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    status = EXIT_OK
    fmt = ns.format
    written = 0
    lines = _extract_lines(ns.files, summary=ns.summary, errors=ns.errors, max_bytes=ns.max_bytes)
    for path, error, result in lines:
        if error is not None:
            err.write(f"quotecheck: error: {error}\n")
            status = EXIT_ERROR
            continue
        assert result is not None
        if fmt == "jsonl":
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            out.flush()
        elif fmt == "json":
            # one array, written an element at a time: as json.dumps(..., indent=2) lays it out
            item = json.dumps(result, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            out.write(("[\n  " if not written else ",\n  ") + item)
            written += 1
        else:
            _table(out, path, result)
    if fmt == "json":
        out.write("\n]\n" if written else "[]\n")
    return status


def _build_parser() -> _Parser:
    parser = _Parser(prog="quotecheck", description="Who says so, in whose words, and how strongly.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    p = sub.add_parser("extract", help="find every attributed statement and its speaker")
    p.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files; - reads standard input")
    p.add_argument(
        "--format",
        choices=("table", "json", "jsonl"),
        default="table",
        help="table for reading (the default); jsonl, one JSON object per file a line; json, one array",
    )
    p.add_argument(
        "--summary",
        action="store_true",
        help="add the article summary: statements per level, share on anonymous or no sources, named sources",
    )
    add_input_options(p)
    p.set_defaults(handler=_cmd_extract)
    for register in _EXTRA_COMMANDS:
        register(sub)
    return parser


# Other commands add themselves here: a function taking the subparsers object.
_EXTRA_COMMANDS: list[Callable[[argparse._SubParsersAction[_Parser]], None]] = []


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


def _register_eval(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("eval", help="measure the extractor on annotated articles (docs/evaluation.md)")
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
    p.set_defaults(handler=_cmd_eval)


def _cmd_eval(ns: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from quotecheck import evaluation

    labels = evaluation.load_anonymity_labels(ns.anonymous_labels) if ns.anonymous_labels else None
    articles = evaluation.load_gold(ns.gold, split=ns.split, limit=ns.limit)
    if not articles:
        raise InputError(f"{ns.gold} holds no articles" + (f" of split {ns.split!r}" if ns.split else ""))
    result = evaluation.evaluate(articles, labels=labels)
    publishers = evaluation.by_publisher(result) if ns.by_publisher else ()
    errors = evaluation.mistakes(result, limit=ns.show_errors) if ns.show_errors else ()
    if ns.format == "json":
        report = evaluation.render_json(result, publishers=publishers, errors=errors)
        out.write(json.dumps(report, ensure_ascii=False) + "\n")
    else:
        out.write(evaluation.render_table(result, publishers=publishers, errors=errors))
    return EXIT_OK


_EXTRA_COMMANDS.append(_register_eval)


def _register_verify(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser("verify", help="check every quotation of an article against its sources")
    p.add_argument("article", metavar="ARTICLE", help="a UTF-8 article; - reads standard input")
    p.add_argument(
        "--source",
        action="append",
        required=True,
        metavar="SRC",
        help="a source file: plain text, a transcript, .srt or .vtt subtitles (repeat for several)",
    )
    p.add_argument(
        "--format",
        choices=("table", "json", "jsonl"),
        default="table",
        help="table for reading, with word diffs (the default); jsonl, one JSON object per quotation a line;"
        " json, one array",
    )
    p.set_defaults(handler=_cmd_verify)


def _cmd_verify(ns: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Exit 0 when every quote is verbatim, normalized or excerpt, 1 when any is not."""
    from quotecheck.sources import load_source
    from quotecheck.verify import format_table, verify_article

    text = read_text(ns.article, stdin=True)
    results = verify_article(text, [load_source(path) for path in ns.source])
    if ns.format == "jsonl":
        for v in results:
            out.write(json.dumps(v.to_json(), ensure_ascii=False) + "\n")
    elif ns.format == "json":
        out.write(json.dumps([v.to_json() for v in results], ensure_ascii=False, indent=2) + "\n")
    else:
        checked = _counted(len(results), "quote")
        out.write(f"{ns.article}: {checked} checked against {', '.join(ns.source)}\n")
        if results:
            out.write(format_table(results) + "\n")
    return EXIT_OK if all(v.ok for v in results) else EXIT_FOUND


_EXTRA_COMMANDS.append(_register_verify)


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
        return 130
    except BrokenPipeError:
        return EXIT_OK
