"""Assertions for fact checks written as tests: is the quote what the source said, and who says so?

Each helper checks one thing a desk asks of copy and, when the copy falls short, raises
:class:`FactCheckFailure` (an ``AssertionError``, so pytest reports it as a failed test) with a message that
can be read in the test output without a debugger: the quotation, the verdict, the word diff against the
best source passage, the speakers in article and source, and the reasons.  On success each helper returns
what it checked, for further assertions of your own.

>>> from quotecheck.testing import assert_verified
>>> transcript = "KILANI: The outcome must compel Israel to accept the terms. We are patient.\\n"
>>> [v.verdict for v in assert_verified("“We are patient,” Walid Kilani said.", transcript)]
['verbatim']
>>> assert_verified("the outcome should compel Israel to accept the terms", transcript)
Traceback (most recent call last):
  ...
quotecheck.testing.FactCheckFailure: the quotation is altered (allowed: verbatim, normalized, excerpt)
...
  diff:      the outcome [-must-]{+should+} compel Israel to accept the terms
...

The pytest plugin (:mod:`quotecheck.pytest_plugin`) registers this module for pytest's assertion
rewriting, so plain ``assert`` statements in code built on it are explained too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from quotecheck.errors import InputError, QuotecheckError
from quotecheck.lexicon.people import HONORIFICS
from quotecheck.model import LEVELS, Level, Statement
from quotecheck.normalize import fold
from quotecheck.pipeline import Report, analyze
from quotecheck.sources import Source
from quotecheck.verify import GOOD_VERDICTS, VERDICTS, Verification, diff_text, verify, verify_statements

__all__ = [
    "DEFAULT_ALLOW",
    "FactCheckFailure",
    "FactCheckWarning",
    "assert_attributed",
    "assert_no_anonymous",
    "assert_no_unattributed_quotes",
    "assert_verified",
    "check_allow",
    "check_level",
    "describe_statement",
    "describe_verification",
    "verify_quotes",
]

#: the verdicts :func:`assert_verified` accepts unless told otherwise: the quote is faithful to its source
DEFAULT_ALLOW: tuple[str, ...] = tuple(v for v in VERDICTS if v in GOOD_VERDICTS)

_Sources = Source | str | Path | Iterable[Source | str | Path]
# How many statements a failure lists before it says "and N more": enough to see a pattern, few enough to
# read in a terminal.
_SHOWN = 12
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
# Words a caller may put before a name that the extractor drops from it ("the ministry", "Mr Kilani").
_NOT_NAME = frozenset({"the", "a", "an"} | {h.rstrip(".") for h in HONORIFICS})


class FactCheckFailure(QuotecheckError, AssertionError):
    """A fact check failed.  The message says what, with the evidence; the objects are kept for code.

    ``verifications`` holds the failed verdicts (from :func:`assert_verified`), ``statements`` the
    statements at fault (from the attribution checks); either may be empty.
    """

    def __init__(
        self,
        message: str,
        *,
        verifications: Sequence[Verification] = (),
        statements: Sequence[Statement] = (),
    ) -> None:
        super().__init__(message)
        self.verifications = tuple(verifications)
        self.statements = tuple(statements)


class FactCheckWarning(UserWarning):
    """A quotation passed, but its verdict carries a warning worth a look: a truncation that drops a
    negation, condition or qualifier, or a source passage spoken by someone other than the article says.

    The pytest plugin issues one per such quotation; ``-W error::quotecheck.testing.FactCheckWarning``
    makes them fail.
    """


# --- checking the arguments ------------------------------------------------------------------------------


def check_allow(allow: Iterable[str]) -> tuple[str, ...]:
    """The verdicts of ``allow``, checked; an :class:`InputError` names any verdict that does not exist.

    >>> check_allow(["verbatim", "altered"])
    ('verbatim', 'altered')
    >>> check_allow(["verbatim", "fine"])
    Traceback (most recent call last):
      ...
    quotecheck.errors.InputError: unknown verdict 'fine': use verbatim, normalized, excerpt, altered, ...
    """
    if isinstance(allow, str):
        allow = (allow,)
    out = tuple(allow)
    for verdict in out:
        if verdict not in VERDICTS:
            raise InputError(f"unknown verdict {verdict!r}: use {', '.join(VERDICTS[:-1])} or {VERDICTS[-1]}")
    return out


def check_level(level: str) -> Level:
    """``level`` if it is one of :data:`quotecheck.LEVELS`; an :class:`InputError` otherwise."""
    for known in LEVELS:
        if level == known:
            return known
    raise InputError(f"unknown level {level!r}: use {', '.join(LEVELS[:-1])} or {LEVELS[-1]}")


def _rank(level: Level) -> int:
    return 5 - LEVELS.index(level)


# --- describing what was found ---------------------------------------------------------------------------


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _oneline(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe_verification(v: Verification, *, allow: Iterable[str] = DEFAULT_ALLOW) -> str:
    """A verdict as a fact checker reads it: one labelled line per piece of evidence.

    >>> v = verify("the deal is not done", "He said: the deal is done.", speaker="Ana Ruiz")
    >>> print(describe_verification(v))
    “the deal is not done”
      verdict:   altered, substantive (score 89; allowed: verbatim, normalized, excerpt)
      diff:      the deal is {+not+} done
      source:    <source 1> 9-25: the deal is done
      speakers:  article: Ana Ruiz; source: not tagged
      reasons:
        - Found in <source 1> at 9-25, with 1 word change.
        ...
        - The change alters the meaning: a negation changed ...
    """
    allowed = ", ".join(allow)
    quoted = _oneline(v.quote.text.strip())
    if not (quoted.startswith(("“", '"', "«", "„", "‘", "'"))):
        quoted = f"“{quoted}”"
    verdict = v.verdict + (", substantive" if v.substantive else "")
    lines = [quoted, f"  verdict:   {verdict} (score {v.score}; allowed: {allowed})"]
    if v.passage is not None:
        if any(c.op != "case" for c in v.changes):
            lines.append(f"  diff:      {_oneline(diff_text(v), 400)}")
        p = v.passage
        when = f" [{p.time[0]:.3f}s-{p.time[1]:.3f}s]" if p.time else ""
        lines.append(f"  source:    {p.path} {p.start}-{p.end}{when}: {_oneline(p.text, 400)}")
        for extra in v.pieces:
            if extra != p:
                lines.append(f"  also:      {extra.path} {extra.start}-{extra.end}: {_oneline(extra.text)}")
    elif v.checked:
        lines.append("  diff:      no source passage to compare with")
    article = v.speaker.name if v.speaker is not None and v.speaker.name else "none found"
    if v.speaker is not None and v.speaker.kind not in ("person", "unknown"):
        article += f" ({v.speaker.kind})"
    source = "no passage" if v.passage is None else (v.passage.speaker or "not tagged")
    lines.append(f"  speakers:  article: {article}; source: {source}")
    lines.append("  reasons:")
    lines += [f"    - {r}" for r in v.reasons]
    if v.warnings:
        lines.append("  warnings:")
        lines += [f"    ! {w.message}" for w in v.warnings]
    return "\n".join(lines)


def describe_statement(s: Statement, text: str | None = None) -> str:
    """A statement as an editor reads it: the words, who says them and how strongly.

    >>> report = analyze("Sources said the bridge fails.")
    >>> print(describe_statement(report.statements[0], report.text))
    'the bridge fails' (line 1, 13-29), indirect
      speaker:   Sources (anonymous), cue 'said'
      level:     anonymous (rank 1), stance neutral
      reasons:
        - anonymous: 'Sources'...
    """
    where = f"line {_line(text, s.start)}, {s.start}-{s.end}" if text is not None else f"{s.start}-{s.end}"
    one_quote = s.kind == "direct" and len(s.quotes) == 1
    quoted = _oneline(s.quotes[0].text) if one_quote else repr(_oneline(s.text))
    lines = [f"{quoted} ({where}), {s.kind}"]
    sp = s.speaker
    who = f"{sp.name} ({sp.kind})" if sp.name else "nobody found"
    if sp.mention is not None and sp.mention.text != sp.name:
        who += f", mention {sp.mention.text!r} at {sp.mention.start}-{sp.mention.end}"
    if s.cue is not None and s.cue.text.strip():
        who += f", cue {s.cue.text!r}"
    lines.append(f"  speaker:   {who}")
    g = s.strength
    if g is not None:
        flags = [f"stance {g.stance}"]
        if g.hedges:
            flags.append("hedged by " + ", ".join(repr(h.text) for h in g.hedges))
        if g.nested:
            flags.append("nested")
        lines.append(f"  level:     {g.level} (rank {g.rank}), {', '.join(flags)}")
        lines.append("  reasons:")
        lines += [f"    - {r}" for r in g.reasons]
    return "\n".join(lines)


def _statements_block(statements: Sequence[Statement], text: str) -> str:
    shown = [describe_statement(s, text) for s in statements[:_SHOWN]]
    if len(statements) > _SHOWN:
        shown.append(f"… and {len(statements) - _SHOWN} more")
    return "\n\n".join(shown)


# --- quotations --------------------------------------------------------------------------------------------


def verify_quotes(
    quote_or_article: str,
    sources: _Sources,
    *,
    article: bool | None = None,
    speaker: str | None = None,
    cutoff: int = 60,
) -> tuple[Verification, ...]:
    """The verdicts :func:`assert_verified` judges, without judging them.

    ``article=None`` decides by the text: when the extractor finds a quotation in it (a statement with
    quotation marks), the text is an article and every quotation is verified with the speaker found for
    it; otherwise the whole text is one quote.  ``article=True`` or ``False`` says which it is.
    ``speaker`` (a name) is who said a single quote, for the speaker-mismatch warning.
    """
    if not isinstance(quote_or_article, str):
        raise InputError(f"a quote or an article is a str, not {type(quote_or_article).__name__}")
    quoted: tuple[Statement, ...] = ()
    if article is not False:
        quoted = tuple(s for s in analyze(quote_or_article).statements if s.quotes)
        if article is None:
            article = bool(quoted)
    if article:
        return verify_statements(quote_or_article, quoted, sources, cutoff=cutoff)
    return (verify(quote_or_article, sources, speaker=speaker, cutoff=cutoff),)


def assert_verified(
    quote_or_article: str,
    sources: _Sources,
    *,
    allow: Iterable[str] = DEFAULT_ALLOW,
    article: bool | None = None,
    speaker: str | None = None,
    cutoff: int = 60,
) -> tuple[Verification, ...]:
    """Fail unless every quotation is faithful to ``sources``: its verdict is one of ``allow``.

    ``quote_or_article`` is one quote or a whole article, told apart as :func:`verify_quotes` says (a text
    in which the extractor finds quotation marks around a statement is an article; ``article=`` overrides
    that).  ``sources`` is what :func:`quotecheck.verify` takes: a :class:`~quotecheck.Source`, a source's
    text, or several.  An article in which no quotation is found fails when ``article=True`` was asked for:
    a fact check that checks nothing should not pass unnoticed.  Returns the verdicts, every one of them.
    """
    __tracebackhide__ = True  # pytest shows the failure at the caller's line, not in here
    allowed = check_allow(allow)
    if not allowed:
        raise InputError("allow names no verdict: give at least one, e.g. allow=('verbatim',)")
    results = verify_quotes(quote_or_article, sources, article=article, speaker=speaker, cutoff=cutoff)
    if not results:
        raise FactCheckFailure(
            f"no quotation found to verify in the article ({len(quote_or_article)} characters, starting "
            f"{_oneline(quote_or_article, 60)!r})"
        )
    failed = [v for v in results if v.verdict not in allowed]
    if not failed:
        return results
    blocks = [describe_verification(v, allow=allowed) for v in failed]
    if len(results) == 1:
        head = f"the quotation is {failed[0].verdict} (allowed: {', '.join(allowed)})"
    else:
        head = f"{len(failed)} of {len(results)} quotations fail verification (allowed: {', '.join(allowed)})"
        numbered = {id(v): n for n, v in enumerate(results, 1)}
        blocks = [
            f"[{numbered[id(v)]}] at line {_line(quote_or_article, v.quote.start)}: {block}"
            for v, block in zip(failed, blocks, strict=True)
        ]
    raise FactCheckFailure(head + "\n" + "\n\n".join(blocks), verifications=failed)


# --- attribution ----------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text).text.lower())


def _holds(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    n = len(needle)
    return any(list(haystack[i : i + n]) == list(needle) for i in range(len(haystack) - n + 1))


def _quoted(s: Statement) -> list[str]:
    """The words of a statement's quotation, its pieces read together without the speaker tag between
    them ("X," she said, "Y." is the quotation "X Y")."""
    return [w for q in s.quotes for w in _words(q.text)]


def _same_speaker(wanted: str, s: Statement) -> bool:
    want = [w for w in _words(wanted) if w not in _NOT_NAME]
    if not want:
        return False
    sp = s.speaker
    for written in (sp.name, sp.descriptor, sp.mention.text if sp.mention else None):
        if written and set(want) <= set(_words(written)):
            return True
    return False


def assert_attributed(
    text: str, quote: str, *, speaker: str | None = None, min_level: str | None = None
) -> Statement:
    """Fail unless a statement of ``text`` holds the words of ``quote``, said by ``speaker`` (when given)
    at ``min_level`` or stronger (when given).  Returns the statement.

    Words are compared as the verifier compares them: quote marks, apostrophes, dashes, case and
    punctuation do not count.  ``speaker`` matches when each of its words is in the speaker's canonical
    name, descriptor or mention, so "Kilani" and "Mr Kilani" both match "Walid Kilani" and "the ministry"
    matches "ministry".

    >>> text = "“We are ready,” Spokesman Walid Kilani said. Sources said the deal was close."
    >>> assert_attributed(text, "We are ready", speaker="Kilani", min_level="named_direct").speaker.name
    'Walid Kilani'
    >>> assert_attributed(text, "the deal was close", min_level="institutional")
    Traceback (most recent call last):
      ...
    quotecheck.testing.FactCheckFailure: 'the deal was close' is attributed at anonymous, below institutional
    ...
    """
    __tracebackhide__ = True
    if not isinstance(text, str) or not isinstance(quote, str):
        raise InputError("assert_attributed takes the text and the quote as str")
    minimum = check_level(min_level) if min_level is not None else None
    wanted = _words(quote)
    if not wanted:
        raise InputError(f"the quote {quote!r} holds no words to look for")
    report = analyze(text)
    shown = _oneline(quote, 80)
    holding = [s for s in report.statements if _holds(_words(s.text), wanted) or _holds(_quoted(s), wanted)]
    if not holding:
        if _holds(_words(text), wanted):
            where = "the words stand in the text, but no statement found there holds them"
        else:
            where = "the words are not in the text"
        found = _statements_block(report.statements, text) if report.statements else "(no statements found)"
        raise FactCheckFailure(
            f"{shown!r} is attributed to no one: {where}\nstatements found:\n{found}",
            statements=report.statements,
        )
    problems: list[str] = []
    for s in holding:
        if speaker is not None and not _same_speaker(speaker, s):
            said = s.speaker.name or "nobody found"
            problems.append(f"{shown!r} is attributed to {said}, not to {speaker!r}")
        elif minimum is not None and (s.strength is None or s.strength.rank < _rank(minimum)):
            level = s.strength.level if s.strength else "no level"
            problems.append(f"{shown!r} is attributed at {level}, below {minimum}")
        else:
            return s
    raise FactCheckFailure(
        "\n".join(dict.fromkeys(problems)) + "\n" + _statements_block(holding, text), statements=holding
    )


def assert_no_unattributed_quotes(text: str) -> Report:
    """Fail when a quotation in ``text`` has no identifiable speaker.  Returns the report.

    >>> assert_no_unattributed_quotes("“We are ready,” Walid Kilani said.").summary.unattributed_quotes
    0
    >>> assert_no_unattributed_quotes("The bridge closed. “Nobody told us.”")
    Traceback (most recent call last):
      ...
    quotecheck.testing.FactCheckFailure: 1 quotation has no speaker
    “Nobody told us.” (line 1, 20-35), direct
    ...
    """
    __tracebackhide__ = True
    report = analyze(text)
    orphans = [s for s in report.statements if s.quotes and s.speaker.kind == "unknown"]
    if orphans:
        n = len(orphans)
        raise FactCheckFailure(
            f"{n} quotation{'s have' if n > 1 else ' has'} no speaker\n" + _statements_block(orphans, text),
            statements=orphans,
        )
    return report


def assert_no_anonymous(text: str, *, below: str = "anonymous_described") -> Report:
    """Fail when a statement of ``text`` is attributed below ``below``: by default, any statement resting
    on a vague anonymous source ("sources said") or on none (``unattributed``), while sources described by
    role, access, number or a reason for anonymity pass.  Returns the report.

    >>> text = "Two officials familiar with the talks said a deal was close."
    >>> assert_no_anonymous(text).summary.count("anonymous_described")
    1
    >>> assert_no_anonymous(text, below="institutional")
    Traceback (most recent call last):
      ...
    quotecheck.testing.FactCheckFailure: 1 statement is attributed below institutional
    ...
    """
    __tracebackhide__ = True
    floor = _rank(check_level(below))
    report = analyze(text)
    weak = [s for s in report.statements if s.strength is not None and s.strength.rank < floor]
    if weak:
        n = len(weak)
        raise FactCheckFailure(
            f"{n} statement{'s are' if n > 1 else ' is'} attributed below {below}\n"
            + _statements_block(weak, text),
            statements=weak,
        )
    return report
