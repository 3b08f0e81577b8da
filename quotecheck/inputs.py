"""Reading a file the user named: one place, so every command reports an unreadable input in the same words.

>>> read_text("no/such/article.txt")
Traceback (most recent call last):
  ...
quotecheck.errors.InputError: no/such/article.txt: no such file
>>> read_text("no/such/gold.jsonl", role="gold file")
Traceback (most recent call last):
  ...
quotecheck.errors.InputError: gold file no/such/gold.jsonl: no such file
"""

from __future__ import annotations

import codecs
import os
import sys

from quotecheck.errors import InputError

__all__ = ["STDIN", "read_text"]

#: The path that means standard input.
STDIN = "-"


def read_text(
    path: str | os.PathLike[str],
    *,
    role: str | None = None,
    error: type[InputError] = InputError,
    stdin: bool = False,
) -> str:
    """The UTF-8 text of ``path``, decoded exactly (a byte-order mark skipped, ``\\r\\n`` kept).

    ``role`` names what the file is for ("gold file", "source") and leads the message; ``error`` is the
    :class:`InputError` subclass to raise.  With ``stdin``, the path ``-`` reads standard input.  A file
    that is missing, a directory, unreadable or not UTF-8 raises ``error`` with a one-line message that
    says what to do; nothing else is caught.
    """
    name = os.fspath(path)
    if stdin and name == STDIN:
        where = "standard input"
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    else:
        where = f"{role} {name}" if role else name
        try:
            with open(name, "rb") as fh:
                data = fh.read()
        except FileNotFoundError:
            raise error(f"{where}: no such file") from None
        except IsADirectoryError:
            raise error(f"{where}: is a directory, give a text file") from None
        except PermissionError:
            raise error(f"{where}: permission denied") from None
        except OSError as exc:
            raise error(f"{where}: cannot be read ({exc.strerror or exc})") from None
    # the offset reported is into the file's bytes, so the BOM is skipped by hand rather than by utf-8-sig
    skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + skip
        raise error(
            f"{where}: not UTF-8 text (undecodable byte at offset {offset}); convert it to UTF-8 first"
        ) from None
