"""``analyze(text)``: the one-way flow from text to graded statements.

text -> paragraphs (:mod:`quotecheck.text`) -> quotations (:mod:`quotecheck.quotes`) -> quote-aware
sentences (:mod:`quotecheck.sentences`) -> frames: cue, source, content (:mod:`quotecheck.attribution`) ->
quotations attached (:mod:`quotecheck.attach`) -> speakers resolved, entities and pronouns
(:mod:`quotecheck.resolve`) -> :class:`~quotecheck.model.Statement` objects, graded
(:mod:`quotecheck.grading`) into a :class:`Report`.
"""

from __future__ import annotations

import gc
import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from attrs import field, frozen

from quotecheck.attach import _add_turns, _attach_quotations
from quotecheck.attribution import read_sentences, turn_frames
from quotecheck.errors import InputError
from quotecheck.facts import attach_facts
from quotecheck.grading import grade_all, summarize
from quotecheck.inputs import not_text
from quotecheck.model import NOT_REPORTS, Statement, Summary
from quotecheck.quotes import find_quotations
from quotecheck.resolve import _resolve
from quotecheck.sentences import quote_aware_sentences
from quotecheck.text import paragraphs

__all__ = ["Report", "analyze", "find_statements"]


@frozen
class Report:
    """Everything quotecheck found in one text: its graded statements, in order of their content, and the
    article summary an editor asks for (statements per level, the share resting on anonymous or no sources,
    the named sources, quotes with no speaker, hedges)."""

    text: str = field(repr=False)
    statements: tuple[Statement, ...]
    summary: Summary

    def to_json(self, *, summary: bool = False) -> dict[str, object]:
        out: dict[str, object] = {"statements": [s.to_json() for s in self.statements]}
        if summary:
            out["summary"] = self.summary.to_json()
        return out

    def to_dict(self) -> dict[str, object]:
        """The statements and the summary in JSON-ready form: ``json.dumps(report.to_dict())``.

        The text is left out; every offset in it refers to ``report.text``.
        """
        return self.to_json(summary=True)


def analyze(text: str, *, strict: bool = False) -> Report:
    """Find every attributed statement in ``text``.

    >>> report = analyze("“We are ready,” Spokesman Walid Kilani said. Mr Kilani added that talks go on.")
    >>> [(s.kind, s.speaker.name) for s in report.statements]
    [('direct', 'Walid Kilani'), ('indirect', 'Walid Kilani')]

    The default counts what the annotated news corpus counts as attributions.  ``strict=True`` is an
    editor's definition: it leaves out the statements whose content is reported as an action's object or
    as a negated or refused saying (``Statement.reported_as`` "object" or "negated", docs/attribution.md).

    >>> text = "The appeals court quashed the permit. He would not say which members plan to retire."
    >>> [s.reported_as for s in analyze(text).statements], analyze(text, strict=True).statements
    (['object', 'negated'], ())
    """
    if not isinstance(text, str):
        raise InputError(not_text("analyze()", text))
    with _no_cycle_collection():
        statements = grade_all(find_statements(text, strict=strict), text)
    return Report(text, statements, summarize(statements))


# Analyses running now, in any thread, and whether the first of them found the collector on: the last to
# finish resumes it, so that one thread's analysis ending never turns the collector on under another's.
_PAUSE = threading.Lock()
_pausing = 0
_resume = False


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while a text is analysed, and resumed as it was when the last
    analysis running in the process ends.

    The analysis makes no reference cycles (``tests/test_hostile.py`` checks it on every hostile shape),
    so everything it lets go is freed at once without the collector, which would only walk the growing
    set of live objects again and again: 10-14% of the time on a megabyte of dense copy, a share that
    grows with the text.  Other code's cyclic garbage waits until no analysis is running.
    """
    global _pausing, _resume
    with _PAUSE:
        if _pausing == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pausing += 1
    try:
        yield
    finally:
        with _PAUSE:
            _pausing -= 1
            if _pausing == 0 and _resume:
                gc.enable()


def find_statements(text: str, *, strict: bool = False) -> tuple[Statement, ...]:
    """The statements of ``text`` with their speakers resolved, not yet graded (``strength`` is None): what
    :func:`analyze` grades (``strict`` as there).  Matching quotations across a corpus needs no grade, and
    grading is about a fifth of the time.

    >>> [(s.speaker.name, s.strength) for s in find_statements("“We are ready,” Mr Walid Kilani said.")]
    [('Walid Kilani', None)]
    """
    with _no_cycle_collection():
        found = _statements(text)
    if strict:
        # an editor's definition: an action's object or a refusal to speak reports nothing said
        found = tuple(s for s in found if s.reported_as not in NOT_REPORTS)
    return found


def _statements(text: str) -> tuple[Statement, ...]:
    pars = paragraphs(text)
    quotations = find_quotations(text, pars)
    sentences = quote_aware_sentences(text, pars, quotations)
    frames, hops = read_sentences(text, sentences, quotations)
    frames = _add_turns(frames, turn_frames(text, pars), sentences)
    frames = _attach_quotations(text, frames, quotations, sentences)
    del quotations  # the frames hold the quotations they took; _resolve lets go of the frames as it can
    # the sentences found here, and the hops read in them, go on with each statement, so grading need not
    # read the text again
    return attach_facts(text, _one_per_claim(_resolve(text, frames, sentences)), sentences, hops)


def _cue_distance(s: Statement) -> int:
    """How far the statement's cue stands from its content: a cue right before the words governs them
    ("repeated his claim that …": "claim"); one after them counts past every one before; none, last."""
    if s.cue is None:
        return 1 << 62
    if s.cue.end <= s.start:
        return s.start - s.cue.end
    return (1 << 40) + abs(s.cue.start - s.end)


_WORD = re.compile(r"[^\W\d_]")


def _has_words(content: str) -> bool:
    """Whether the content holds a word: a figure alone ("Pledged: 781", a table's row read as a turn) or
    nothing at all (a mark left open at the end of a paragraph) reports nothing."""
    return _WORD.search(content) is not None


def _one_per_claim(statements: Sequence[Statement]) -> tuple[Statement, ...]:
    """One statement for one claim, and only claims that say something.  When two cues took exactly the
    same words ("De Blasio repeated his claim that …", "some cheer when he insists that …"), the words
    are the content of the cue that governs them, the nearest one, and the other reports nothing of its
    own; content with no word in it is no claim."""
    statements = [s for s in statements if _has_words(s.text)]
    best: dict[tuple[tuple[int, int], ...], int] = {}
    for i, s in enumerate(statements):
        key = tuple((g.start, g.end) for g in s.segments) or ((i, -1),)  # no words, nothing shared
        j = best.get(key)
        if j is None or _cue_distance(s) < _cue_distance(statements[j]):
            best[key] = i
    if len(best) == len(statements):
        return tuple(statements)
    keep = set(best.values())
    return tuple(s for i, s in enumerate(statements) if i in keep)
