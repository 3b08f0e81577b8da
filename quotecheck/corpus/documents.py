"""Reading a corpus: text files, directories of them, and JSON lines, one document at a time.

Bad input never stops a run: each unreadable file, malformed JSON line or record without an ``id`` and a
``text`` is reported in one line naming the file (and line), counted, and skipped; the rest is read.

>>> import io, json
>>> lines = io.StringIO('{"id": "a", "text": "Hello."}\\n{"id": "b"}\\nnot json\\n')
>>> reader = DocumentReader(on_error=print)
>>> [d.id for d in reader.json_lines(lines, name="feed.jsonl")]
feed.jsonl line 2: a record needs "id" and "text" strings
feed.jsonl line 3: not a JSON object (Expecting value at column 1)
['a']
>>> reader.summary()
'2 inputs skipped: 2 bad JSON lines'
"""

from __future__ import annotations

import io
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import IO, Any

from quotecheck.cli import expand_paths, read_input
from quotecheck.corpus.model import Document
from quotecheck.errors import InputError
from quotecheck.inputs import STDIN

__all__ = ["DocumentReader", "record_document"]


def record_document(record: Any) -> Document:
    """A :class:`Document` from a JSON record ``{"id", "text", "date"?, "outlet"?, "url"?}``; raises
    :class:`~quotecheck.errors.InputError` saying what is wrong with it."""
    if not isinstance(record, dict):
        raise InputError(f"a record must be a JSON object, not {type(record).__name__}")
    doc_id, text = record.get("id"), record.get("text")
    if not isinstance(doc_id, str) or not isinstance(text, str) or not doc_id:
        raise InputError('a record needs "id" and "text" strings')
    # Document checks the optional fields' types
    return Document(doc_id, text, record.get("date"), record.get("outlet"), record.get("url"))


class DocumentReader:
    """Documents from paths and JSON-line files, each reported problem passed to ``on_error`` (one line,
    no ``quotecheck: error:`` prefix) and counted.  With ``unique`` (``match``), a document id seen before
    is reported and skipped; without it (``index add``, where a later document replaces an earlier one of
    the same id), it is passed on."""

    def __init__(
        self,
        *,
        on_error: Callable[[str], None],
        unique: bool = True,
        options: Mapping[str, Any] | None = None,
    ) -> None:
        self._on_error = on_error
        self._unique = unique
        #: how text files are read (``errors``, ``max_bytes``: :func:`quotecheck.cli.reading_options`)
        self._options = options
        self._seen: set[str] = set()
        self.read = 0
        self.skipped: Counter[str] = Counter()

    def _skip(self, kind: str, message: str) -> None:
        self.skipped[kind] += 1
        self._on_error(message)

    def _fresh(self, doc: Document, where: str) -> bool:
        if self._unique and doc.id in self._seen:
            self._skip("repeated ids", f"{where}: document id {doc.id!r} was given before; skipped")
            return False
        self._seen.add(doc.id)
        self.read += 1
        return True

    def paths(self, paths: Sequence[str]) -> Iterator[Document]:
        """Text files named, and every ``*.txt`` under directories named, found and read as every command
        finds and reads articles (:func:`quotecheck.cli.expand_paths`); a document's id is its path.
        ``-`` reads standard input as one document."""
        for name in expand_paths(paths, suffixes=(".txt",)):
            try:
                text = read_input(name, options=self._options)
            except InputError as exc:
                self._skip("unreadable files", str(exc))
                continue
            doc = Document("<stdin>" if name == STDIN else name, text)
            if self._fresh(doc, name):
                yield doc

    def json_lines(self, lines: Iterable[str], *, name: str) -> Iterator[Document]:
        """Documents from JSON lines, one record a line; blank lines are passed over."""
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{name} line {n}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                self._skip("bad JSON lines", f"{where}: not a JSON object ({exc.msg} at column {exc.colno})")
                continue
            try:
                doc = record_document(record)
            except InputError as exc:
                self._skip("bad JSON lines", f"{where}: {exc}")
                continue
            if self._fresh(doc, where):
                yield doc

    def input_file(self, path: str) -> Iterator[Document]:
        """Documents from a JSON-lines file, read line by line (``-``: standard input), as UTF-8 with a
        byte-order mark skipped, as :func:`~quotecheck.inputs.read_text` reads a whole file."""
        if path == STDIN:
            buffer = getattr(sys.stdin, "buffer", None)
            if buffer is None:  # a text stream with no bytes under it: read as it is
                yield from self._json_stream(sys.stdin, "standard input")
                return
            # the text layer over standard input decodes as the locale says; the bytes are read as UTF-8,
            # and the wrapper let go at the end without closing standard input
            wrapper = io.TextIOWrapper(buffer, encoding="utf-8-sig")
            try:
                yield from self._json_stream(wrapper, "standard input")
            finally:
                wrapper.detach()
            return
        try:
            fh = open(path, encoding="utf-8-sig")  # noqa: SIM115  (closed below, after the last line)
        except OSError as exc:
            # worded as read_text words them, so every command reports an unreadable file alike
            why = {
                FileNotFoundError: "no such file",
                IsADirectoryError: "is a directory, give a JSON-lines file",
                PermissionError: "permission denied",
            }.get(type(exc), f"cannot be read ({exc.strerror or exc})")
            self._skip("unreadable files", f"{path}: {why}")
            return
        with fh:
            yield from self._json_stream(fh, path)

    def _json_stream(self, fh: IO[str], where: str) -> Iterator[Document]:
        try:
            yield from self.json_lines(fh, name=where)
        except UnicodeDecodeError as exc:
            # the lines before it were read and matched; the rest of the file cannot be
            self._skip(
                "unreadable files", f"{where}: not UTF-8 text ({exc.reason}); convert it to UTF-8 first"
            )

    def summary(self) -> str | None:
        """One line counting what was skipped, or None when nothing was."""
        total = sum(self.skipped.values())
        if not total:
            return None
        parts = ", ".join(f"{n} {kind if n != 1 else kind[:-1]}" for kind, n in sorted(self.skipped.items()))
        return f"{total} input{'s' if total != 1 else ''} skipped: {parts}"
