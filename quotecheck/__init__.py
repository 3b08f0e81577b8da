"""quotecheck: who says so, in whose words, and how strongly.

>>> import quotecheck
>>> report = quotecheck.analyze("“We are ready,” Spokesman Walid Kilani said.")
>>> [(s.kind, s.speaker.name, s.strength.level) for s in report.statements]
[('direct', 'Walid Kilani', 'named_direct')]
"""

from __future__ import annotations

from importlib import metadata as _metadata

from quotecheck.corpus.index import QuoteIndex
from quotecheck.corpus.match import match_corpus
from quotecheck.corpus.model import Cluster, Document
from quotecheck.errors import InputError, QuotecheckError, SourceError
from quotecheck.grading import grade, grade_all, summarize
from quotecheck.model import (
    LEVELS,
    Anonymity,
    Cue,
    Level,
    SourceCount,
    Span,
    Speaker,
    Statement,
    Strength,
    Summary,
)
from quotecheck.pipeline import Report, analyze
from quotecheck.sources import Source, load_source
from quotecheck.verify import Verification, verify, verify_article

try:
    __version__ = _metadata.version("quotecheck-news")
except _metadata.PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "0+unknown"

__all__ = [
    "LEVELS",
    "Anonymity",
    "Cluster",
    "Cue",
    "Document",
    "InputError",
    "Level",
    "QuoteIndex",
    "QuotecheckError",
    "Report",
    "Source",
    "SourceCount",
    "SourceError",
    "Span",
    "Speaker",
    "Statement",
    "Strength",
    "Summary",
    "Verification",
    "analyze",
    "grade",
    "grade_all",
    "load_source",
    "match_corpus",
    "summarize",
    "verify",
    "verify_article",
]
