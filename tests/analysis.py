"""What the extractor finds in a text written for a test: the statements, the only one, or who says a
quotation.  Shared by the test modules of the extractor's stages (test_cues, test_subject,
test_content, test_attribution, test_attach, test_resolve, test_pipeline)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from quotecheck.model import Statement, Strength
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


# Rule tables: each row of a stage's table is a sentence and the facts the extractor must find in it, named
# by the keys below.  A key names a fact of one statement (the only one, unless "pick" says "first", "last"
# or an index) or of all statements, and may end in an operator: "name_has": "Lee" is "Lee" in the name.
# "among": (key, value) keeps only the statements with that fact before any other is checked; "every" gives
# facts every statement has, and holds when there is none (a quotation left unclaimed, a passive with no
# holder: no statement at all is as right as one of no one's); "statements" gives each statement's facts,
# in order, for exactly that many.


def _strength(s: Statement) -> Strength:
    assert s.strength is not None, f"no strength on {s.text!r}"
    return s.strength


OF_STATEMENT: dict[str, Callable[[Statement], object]] = {
    "text": lambda s: s.text,
    "form": lambda s: s.kind,  # direct, indirect, mixed
    "segments": lambda s: [g.text for g in s.segments],
    "quotes": lambda s: [q.text for q in s.quotes],
    "quoted": lambda s: bool(s.quotes),
    "quote_count": lambda s: len(s.quotes),
    "continuation": lambda s: s.continuation,
    "name": lambda s: s.speaker.name,
    "kind": lambda s: s.speaker.kind,
    "mention": lambda s: s.speaker.mention.text if s.speaker.mention is not None else None,
    "cue": lambda s: s.cue.text if s.cue is not None else None,
    "lemma": lambda s: s.cue.lemma if s.cue is not None else None,
    "level": lambda s: _strength(s).level,
    "stance": lambda s: _strength(s).stance,
    "nested": lambda s: _strength(s).nested,
    "last_reason": lambda s: _strength(s).reasons[-1],
}
OF_REPORT: dict[str, Callable[[Sequence[Statement]], object]] = {
    "count": len,
    "texts": lambda sts: [s.text for s in sts],
    "names": lambda sts: [s.speaker.name for s in sts],
    "name_set": lambda sts: {s.speaker.name for s in sts},
    "kinds": lambda sts: [s.speaker.kind for s in sts],
    "mentions": lambda sts: [s.speaker.mention.text for s in sts if s.speaker.mention is not None],
    "cues": lambda sts: [s.cue.text for s in sts if s.cue is not None],
    "lemmas": lambda sts: [s.cue.lemma for s in sts if s.cue is not None],
    # transcript turns ("RYAN: …"): each label's speaker and kind
    "labels": lambda sts: {s.speaker.name: s.speaker.kind for s in sts if s.cue and s.cue.text == ":"},
}


def _lacks(got: Any, want: Any) -> bool:
    return all(w not in got for w in want) if isinstance(want, tuple) else want not in got


OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "": lambda got, want: got == want,
    "_not": lambda got, want: got != want,
    "_starts": lambda got, want: got.startswith(want),
    "_ends": lambda got, want: got.endswith(want),
    "_has": lambda got, want: want in got,
    "_lacks": _lacks,  # a tuple: none of them
    "_in": lambda got, want: got in want,
    "_lower_in": lambda got, want: got.lower() in want,
    "_any_starts": lambda got, want: any(g.startswith(want) for g in got),
}
_BY_LENGTH = sorted(OPERATORS, key=len, reverse=True)


Getter = Callable[[Any], object]


def _fact(key: str, getters: Mapping[str, Getter]) -> tuple[Getter, str] | None:
    for op in _BY_LENGTH:
        base = key[: len(key) - len(op)] if op else key
        if key.endswith(op) and base in getters:
            return getters[base], op
    return None


def _holds(subject: Any, key: str, want: object, getters: Mapping[str, Getter]) -> bool:
    found = _fact(key, getters)
    assert found is not None, f"no fact named {key!r}"
    get, op = found
    return OPERATORS[op](get(subject), want)


def _statement_facts(s: Statement, facts: Mapping[str, object], text: str) -> None:
    for key, want in facts.items():
        assert _holds(s, key, want, OF_STATEMENT), f"{key} {want!r}: {s} in {text!r}"


def check(text: str, facts: Mapping[str, Any]) -> None:
    """Check what :func:`~quotecheck.analyze` finds in ``text`` against a row's ``facts``."""
    found: Sequence[Statement] = analyze(text).statements
    own = dict(facts)
    among = own.pop("among", None)
    if among is not None:
        found = [s for s in found if _holds(s, among[0], among[1], OF_STATEMENT)]
    pick = own.pop("pick", "only")
    every = own.pop("every", None)
    if every is not None:
        for s in found:
            _statement_facts(s, every, text)
    each = own.pop("statements", None)
    if each is not None:
        assert len(found) == len(each), f"{len(found)} statements, not {len(each)}: {found} in {text!r}"
        for s, its in zip(found, each, strict=True):
            _statement_facts(s, its, text)
    of_one = {k: v for k, v in own.items() if _fact(k, OF_REPORT) is None}
    for key in own.keys() - of_one.keys():
        assert _holds(found, key, own[key], OF_REPORT), f"{key} {own[key]!r}: {found} in {text!r}"
    if of_one or pick != "only":
        if pick == "only":
            assert len(found) == 1, f"{len(found)} statements, not one: {found} in {text!r}"
            s = found[0]
        else:
            s = found[0] if pick == "first" else found[-1] if pick == "last" else found[pick]
        _statement_facts(s, of_one, text)
