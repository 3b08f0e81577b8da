"""The one family of errors quotecheck raises.

Every error is a :class:`QuotecheckError`; the builtin mix-in says what sort of mistake it is, so callers
that already catch ``ValueError`` or ``OSError`` keep working.  Messages are one line and say what to do.
"""

from __future__ import annotations

__all__ = ["InputError", "QuotecheckError", "SourceError"]


class QuotecheckError(Exception):
    """Base class of every error quotecheck raises on purpose."""


class InputError(QuotecheckError, ValueError):
    """The input cannot be read or is not in the expected form: a missing file, undecodable bytes, bad JSON.

    Named files are read by :func:`quotecheck.inputs.read_text`, so every command words these alike.
    """


class SourceError(InputError):
    """A source given for verification cannot be read or parsed (a broken subtitle file, say)."""
