"""quotecheck: who says so, in whose words, and how strongly."""

from __future__ import annotations

from quotecheck.errors import InputError, QuotecheckError, SourceError
from quotecheck.model import Cue, Span, Speaker, Statement

__all__ = [
    "Cue",
    "InputError",
    "QuotecheckError",
    "SourceError",
    "Span",
    "Speaker",
    "Statement",
]
