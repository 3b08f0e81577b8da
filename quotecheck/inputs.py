"""Reading a file the user named: one place, so every command reports an unreadable input in the same words.

>>> read_text("no/such/article.txt")
Traceback (most recent call last):
  ...
quotecheck.errors.InputError: no/such/article.txt: no such file
>>> read_text("no/such/gold.jsonl", role="gold file")
Traceback (most recent call last):
  ...
quotecheck.errors.InputError: gold file no/such/gold.jsonl: no such file

What is read is decoded exactly: UTF-8, or UTF-16 or UTF-32 when a byte-order mark says so.  The mark
itself is not part of the text (every offset quotecheck reports indexes the text after it), and line ends
are kept as they are (``\\r\\n`` and a lone ``\\r`` too), so offsets index the text as read.
"""

from __future__ import annotations

import argparse
import codecs
import os
import sys
from typing import Literal

from attrs import frozen

from quotecheck.errors import InputError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "STDIN",
    "Input",
    "add_input_options",
    "decode",
    "not_text",
    "read_input",
    "read_text",
]

#: The path that means standard input.
STDIN = "-"

#: The largest input read unless the caller allows more: 50 MB, about 10,000 news articles' worth.
DEFAULT_MAX_BYTES = 50_000_000

Errors = Literal["strict", "replace"]

# Byte-order marks, longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@frozen
class Input:
    """A text as read: the decoded ``text`` (no byte-order mark) and the ``encoding`` it was read in.

    ``encoding`` is ``utf-8``, or ``utf-8-sig`` for UTF-8 after a byte-order mark, or ``utf-16-le``,
    ``utf-16-be``, ``utf-32-le``, ``utf-32-be`` after theirs.  ``replaced`` counts the characters that
    ``errors="replace"`` put in for undecodable bytes.
    """

    text: str
    encoding: str
    replaced: int = 0


def read_input(
    path: str | os.PathLike[str],
    *,
    role: str | None = None,
    error: type[InputError] = InputError,
    stdin: bool = False,
    errors: Errors = "strict",
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Input:
    """The text of ``path``, decoded exactly, and the encoding it was in.

    ``role`` names what the file is for ("gold file", "source") and leads the message; ``error`` is the
    :class:`InputError` subclass to raise.  With ``stdin``, the path ``-`` reads standard input.  A file
    that is missing, a directory, unreadable, larger than ``max_bytes`` (None: no limit), binary (a NUL
    byte) or not decodable raises ``error`` with a one-line message that says what to do; nothing else is
    caught.  With ``errors="replace"`` undecodable bytes become U+FFFD and binary data is read as it is.
    """
    name = os.fspath(path)
    if stdin and name == STDIN:
        where = "standard input"
        data = _read_stdin(where, error, max_bytes)
    else:
        where = f"{role} {name}" if role else name
        data = _read_file(name, where, error, max_bytes)
    return decode(data, where=where, error=error, errors=errors)


def read_text(
    path: str | os.PathLike[str],
    *,
    role: str | None = None,
    error: type[InputError] = InputError,
    stdin: bool = False,
    errors: Errors = "strict",
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> str:
    """The text of :func:`read_input`, for callers that need not know the encoding."""
    return read_input(path, role=role, error=error, stdin=stdin, errors=errors, max_bytes=max_bytes).text


def decode(
    data: bytes, *, where: str = "input", error: type[InputError] = InputError, errors: Errors = "strict"
) -> Input:
    """Bytes to :class:`Input`: the byte-order mark picks the encoding (UTF-8 without one).

    >>> decode("café".encode("utf-16"))
    Input(text='café', encoding='utf-16-le', replaced=0)
    >>> decode(b"caf\\xe9", where="a.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
      ...
    quotecheck.errors.InputError: a.txt: not UTF-8 text (undecodable byte at offset 3); convert it ...
    >>> decode(b"caf\\xe9", errors="replace").text
    'caf\\ufffd'
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise error(f"{where}: expected bytes to decode, not {type(data).__name__}")
    data = bytes(data)
    skip, encoding = next(((len(bom), enc) for bom, enc in _BOMS if data.startswith(bom)), (0, "utf-8"))
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    try:
        text = data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        if errors != "replace":
            offset = exc.start + skip
            what = "UTF-8" if codec == "utf-8" else codec.upper()
            raise error(
                f"{where}: not {what} text (undecodable byte at offset {offset}); convert it to UTF-8 first"
            ) from None
        text = data[skip:].decode(codec, errors="replace")
        return Input(text, encoding, text.count("\N{REPLACEMENT CHARACTER}"))
    if errors == "strict" and codec == "utf-8":
        # valid UTF-8 may still be binary: text never holds a NUL byte (UTF-16 does, hence UTF-8 only)
        nul = data.find(b"\x00", skip)
        if nul >= 0:
            raise error(
                f"{where}: binary data, not text (a NUL byte at offset {nul}); "
                "give a text file, or --errors replace to read it anyway"
            )
    return Input(text, encoding)


def not_text(who: str, given: object) -> str:
    """The message for a function given something other than text: bytes are told how to become text."""
    kind = type(given).__name__
    if isinstance(given, bytes | bytearray | memoryview):
        hint = "decode it first, e.g. with quotecheck.inputs.decode(data)"
        return f"{who} takes the text as a str, not {kind}; {hint}"
    return f"{who} takes the text as a str, not {kind}"


def _read_file(name: str, where: str, error: type[InputError], max_bytes: int | None) -> bytes:
    try:
        with open(name, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if max_bytes is not None and size > max_bytes:
                raise error(_too_large(where, size, max_bytes))
            # a device or a pipe reports no size: read one byte past the limit to know
            data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise error(f"{where}: no such file") from None
    except IsADirectoryError:
        raise error(f"{where}: is a directory, give a text file") from None
    except PermissionError:
        raise error(f"{where}: permission denied") from None
    except OSError as exc:
        raise error(f"{where}: cannot be read ({exc.strerror or exc})") from None
    if max_bytes is not None and len(data) > max_bytes:
        raise error(_too_large(where, len(data), max_bytes, more=True))
    return data


def _read_stdin(where: str, error: type[InputError], max_bytes: int | None) -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    limit = -1 if max_bytes is None else max_bytes + 1
    data: bytes = stream.read(limit) if stream is not None else sys.stdin.read(limit).encode()
    if max_bytes is not None and len(data) > max_bytes:
        raise error(_too_large(where, len(data), max_bytes, more=True))
    return data


def _too_large(where: str, size: int, limit: int, *, more: bool = False) -> str:
    # ``more``: only the first limit + 1 bytes were read, so the size is known to be over, not how far
    how_big = f"more than {limit:,} bytes" if more else f"{size:,} bytes"
    return f"{where}: {how_big}, over the limit of {limit:,}; split it, or raise the limit with --max-bytes"


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """The options every command that reads texts takes: ``--errors`` and ``--max-bytes``."""
    parser.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="strict (the default): stop at undecodable bytes or binary data; replace: read on, each"
        " undecodable byte becoming U+FFFD",
    )
    parser.add_argument(
        "--max-bytes",
        type=_size,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse an input larger than N bytes (default {DEFAULT_MAX_BYTES:,}); 0 means no limit",
    )


def _size(value: str) -> int | None:
    try:
        n = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of bytes") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"give a number of bytes of at least 0, not {n}")
    return n or None
