"""What the extractor finds in a text written for a test: the statements, the only one, or who says a
quotation.  Shared by the test modules of the extractor's stages (test_attribution, test_attach,
test_resolve, test_pipeline)."""

from __future__ import annotations

from quotecheck.model import Statement
from quotecheck.pipeline import Report, analyze


def statements(text: str) -> tuple[Statement, ...]:
    return analyze(text).statements


def only(text: str) -> Statement:
    (s,) = statements(text)
    return s


def speaker_of_quote(report: Report, quote_text: str) -> tuple[str | None, str, str | None]:
    """(name, kind, mention) of the statement holding the quotation that starts with ``quote_text``."""
    holders = [s for s in report.statements if any(q.text.startswith(quote_text) for q in s.quotes)]
    assert len(holders) == 1, f"{quote_text!r} is in {len(holders)} statements"
    sp = holders[0].speaker
    return sp.name, sp.kind, sp.mention.text if sp.mention else None
