"""The value types every stage returns: frozen, slotted, hashable, and tied to the original text by offsets.

The contract that holds for every span the library returns: ``text[span.start:span.end] == span.text``,
where ``text`` is the document exactly as given.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any, Literal, TypeVar, cast, get_args

import attrs
from attrs import field, frozen

from quotecheck.errors import InputError
from quotecheck.lexicon.cues import Stance
from quotecheck.lexicon.frames import HopKind

__all__ = [
    "LEVELS",
    "NOT_REPORTS",
    "REPORTED_AS",
    "Anonymity",
    "Cue",
    "Facts",
    "Hop",
    "Level",
    "ReportedAs",
    "SourceCount",
    "Span",
    "Speaker",
    "SpeakerKind",
    "Statement",
    "StatementKind",
    "Strength",
    "Summary",
    "span_of",
]

StatementKind = Literal["direct", "mixed", "indirect"]
SpeakerKind = Literal["person", "organization", "anonymous", "unknown"]
Level = Literal[
    "named_direct", "named_indirect", "institutional", "anonymous_described", "anonymous", "unattributed"
]

#: how a statement's content is reported: the grammar that ties the words to their cue (docs/attribution.md)
ReportedAs = Literal[
    "clause",
    "quotation",
    "colon",
    "inverted",
    "according_to",
    "noun_complement",
    "infinitive",
    "topic",
    "object",
    "negated",
    "hearsay",
    "turn",
    "continuation",
]

STATEMENT_KINDS: tuple[StatementKind, ...] = ("direct", "mixed", "indirect")
SPEAKER_KINDS: tuple[SpeakerKind, ...] = ("person", "organization", "anonymous", "unknown")
REPORTED_AS: tuple[ReportedAs, ...] = get_args(ReportedAs)  # in the order the Literal gives them
#: the shapes an editor does not count as a report of what was said: an action with its object ("quashed
#: the permit") and a refusal or a negated saying ("would not say which …"); ``analyze(text, strict=True)``
#: leaves them out
NOT_REPORTS: frozenset[ReportedAs] = frozenset({"object", "negated"})
#: the attribution-strength levels, strongest first; a level's rank is 5 minus its index here
LEVELS: tuple[Level, ...] = (
    "named_direct",
    "named_indirect",
    "institutional",
    "anonymous_described",
    "anonymous",
    "unattributed",
)


def _check_span(instance: Any, attribute: Any, value: int) -> None:
    start, end = instance.start, instance.end
    if not 0 <= start <= end:
        raise ValueError(f"a span needs 0 <= start <= end, got start={start} end={end}")
    if len(instance.text) != end - start:
        raise ValueError(f"span text has {len(instance.text)} characters but start/end cover {end - start}")


@frozen
class Span:
    """A piece of the original text: ``text == document[start:end]``."""

    start: int
    end: int = field(validator=_check_span)
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (dicts, lists, str, int, float, bool, None): ``json.dumps`` takes it."""
        return self.to_json()


def span_of(document: str, start: int, end: int) -> Span:
    """The span of ``document`` between ``start`` and ``end``, checked to lie inside it."""
    if not 0 <= start <= end <= len(document):
        raise ValueError(f"span {start}:{end} lies outside a text of {len(document)} characters")
    return Span(start, end, document[start:end])


@frozen
class Cue:
    """The words that mark an attribution: ``said``, ``told``, ``according to``, a colon before a block."""

    start: int
    end: int = field(validator=_check_span)
    text: str
    lemma: str = ""  # the cue's base form ("say" for "says", "according to"), "" for punctuation cues

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "lemma": self.lemma}

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (dicts, lists, str, int, float, bool, None): ``json.dumps`` takes it."""
        return self.to_json()


def _no_name_when_unknown(instance: Any, attribute: Any, value: str | None) -> None:
    if value is not None and instance.kind == "unknown":
        # a name with no kind is a phrase the reader would take for a source ("48 million"): either the
        # phrase is a source of some kind, or nobody is named
        raise InputError(f"a speaker of kind 'unknown' has no name, got name={value!r}")


@frozen
class Speaker:
    """Who a statement is attributed to.

    ``name`` is the canonical name of the entity (the fullest form seen, titles dropped) or, for anonymous and
    organizational sources, the descriptor as written; ``mention`` is the mention this statement itself uses
    ("he", "Mr Kilani", "the sources").  ``kind == "unknown"`` means no speaker was found: such statements are
    reported, never dropped, and their ``name`` is None (a ``mention`` may remain: an unresolved "they").
    """

    name: str | None = field(validator=_no_name_when_unknown)
    kind: SpeakerKind
    mention: Span | None = None
    #: anonymous sources: the descriptor as written ("two senior officials familiar with the talks")
    descriptor: str | None = None
    #: anonymous sources: how many, where stated ("two officials" -> 2)
    count: int | None = None
    #: anonymous sources: the reason given for anonymity, as written
    reason: str | None = None
    #: anonymous sources: the access phrase ("familiar with the talks")
    access: str | None = None

    @classmethod
    def unknown(cls) -> Speaker:
        return cls(None, "unknown")

    def to_json(self) -> dict[str, Any]:
        m = self.mention
        out: dict[str, Any] = {
            "name": self.name,
            "kind": self.kind,
            "mention": m.text if m else None,
            "start": m.start if m else None,
            "end": m.end if m else None,
        }
        if self.kind == "anonymous":
            out.update(descriptor=self.descriptor, count=self.count, reason=self.reason, access=self.access)
        return out

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (dicts, lists, str, int, float, bool, None): ``json.dumps`` takes it."""
        return self.to_json()


@frozen
class Anonymity:
    """What a reader is told about an unnamed source: each part as written, or None when not given."""

    #: the reason given for anonymity ("spoke on condition of anonymity")
    reason: str | None = None
    #: how many sources, where stated ("two officials" -> 2)
    count: int | None = None
    #: how the source knows ("familiar with")
    access: str | None = None
    #: the words that describe the source's position ("senior US", "diplomatic")
    role: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"reason": self.reason, "count": self.count, "access": self.access, "role": self.role}

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (dicts, lists, str, int, float, bool, None): ``json.dumps`` takes it."""
        return self.to_json()


def _check_rank(instance: Any, attribute: Any, value: int) -> None:
    want = 5 - LEVELS.index(instance.level)
    if value != want:
        raise ValueError(f"level {instance.level!r} has rank {want}, not {value}")


@frozen
class Strength:
    """How strongly a statement is attributed (``docs/attribution.md``): one level, and flags kept apart.

    ``rank`` is 5 for ``named_direct`` down to 0 for ``unattributed``; ``reasons`` are short sentences
    that say why; ``hedges`` are spans of the original text; ``nested`` is True when the words reach the
    reporter through a second source ("citing sources"), which caps the level at the weaker link.
    """

    level: Level
    rank: int = field(validator=_check_rank)
    reasons: tuple[str, ...]
    stance: Stance = "neutral"
    hedges: tuple[Span, ...] = ()
    anonymity: Anonymity | None = None
    nested: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "rank": self.rank,
            "reasons": list(self.reasons),
            "stance": self.stance,
            "hedges": [h.to_json() for h in self.hedges],
            "anonymity": self.anonymity.to_json() if self.anonymity else None,
            "nested": self.nested,
        }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (dicts, lists, str, int, float, bool, None): ``json.dumps`` takes it."""
        return self.to_json()


@frozen
class Hop:
    """A second source the words pass through on their way to the reporter, as the extractor read it in a
    sentence: "…, citing two officials", "…,” he said, according to a pool report", "quoted the minister
    as saying" (``quotecheck.chain``)."""

    #: which words open the hop: "according to", "citing", "quoting", "cited by", "reported by" ("as
    #: reported by") or "quoted as saying"
    kind: HopKind
    #: the words that open it ("citing", "according to", "quoted")
    cue: Span
    #: the phrase that names the second source ("two officials familiar with the talks")
    source: Span


@frozen
class Facts:
    """What the extractor read around a statement, handed on so that grading need not read the text again.

    Not part of a statement's JSON, nor of its equality: the same statement built by hand, without facts, is
    equal to the one the extractor found, and grading finds the facts again for it (``quotecheck.facts``).
    A statement changed with ``attrs.evolve`` keeps its facts: give ``facts=None`` along with a new speaker
    or new offsets, so that grading reads them afresh.
    """

    #: the sentence, or the run of sentences, holding the statement's content and its cue, as the extractor
    #: split the text (Punkt's sentences, never cut inside a quotation): where a second source in the chain
    #: ("…, citing two officials") can stand
    sentence: tuple[int, int]
    #: the reasons for anonymity (``quotecheck.speakers.anonymity_reason_spans``) in the sentence of the
    #: speaker's mention, in text order: "speaking on condition of anonymity" may stand anywhere in it
    reasons: tuple[Span, ...] = ()
    #: the second sources the statement's words pass through, in text order: the hops of its sentence
    #: outside its own quotations, an "according to" only after its words (its own is its source)
    hops: tuple[Hop, ...] = ()
    #: the text the facts were read from (the extractor's, shared by every statement of one text, not a
    #: copy); grading uses the facts only for that text, and finds them again for any other.  None for
    #: facts given by hand, which are used as given
    text: str | None = field(default=None, eq=False, repr=False)


@frozen
class Statement:
    """One attributed statement: its content, the quoted words in it, who says it and the cue that says so.

    ``start``/``end`` is the content's extent; ``segments`` are the content pieces (a split quote
    "…," she said, "…" is one statement with two segments); ``quotes`` are the quotation-mark spans
    inside the content, marks included.
    """

    kind: StatementKind
    start: int
    end: int = field(validator=_check_span)
    text: str
    segments: tuple[Span, ...]
    quotes: tuple[Span, ...]
    speaker: Speaker
    cue: Cue | None = None
    #: True when the statement continues an earlier one's account without a cue of its own
    continuation: bool = False
    #: how strongly it is attributed; set by :func:`quotecheck.grading.grade_all`
    strength: Strength | None = None
    #: what the extractor read around the statement, for grading; None for a statement built by hand
    facts: Facts | None = field(default=None, eq=False, repr=False)
    #: how the content is reported (:data:`ReportedAs`, docs/attribution.md): the extractor says; a statement
    #: built by hand without it is taken for a quotation when direct and a clause otherwise
    reported_as: ReportedAs = field(kw_only=True, validator=attrs.validators.in_(REPORTED_AS))

    @reported_as.default
    def _reported_as_by_kind(self) -> ReportedAs:
        return "quotation" if self.kind == "direct" else "clause"

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "segments": [s.to_json() for s in self.segments],
            "quotes": [q.to_json() for q in self.quotes],
            "speaker": self.speaker.to_json(),
            "cue": self.cue.to_json() if self.cue else None,
            "continuation": self.continuation,
            "reported_as": self.reported_as,
            "strength": self.strength.to_json() if self.strength else None,
        }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (dicts, lists, str, int, float, bool, None): ``json.dumps`` takes it."""
        return self.to_json()


@frozen
class SourceCount:
    """A named source and how often the article quotes it in its own words and in paraphrase."""

    name: str
    direct: int
    indirect: int

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "direct": self.direct, "indirect": self.indirect}

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (dicts, lists, str, int, float, bool, None): ``json.dumps`` takes it."""
        return self.to_json()


@frozen
class Summary:
    """The numbers an editor asks of an article before publishing, from its graded statements."""

    statements: int
    #: (level, how many statements), every level, strongest first
    levels: tuple[tuple[Level, int], ...]
    #: the share of statements resting on anonymous sources or none (anonymous_described, anonymous,
    #: unattributed); 0.0 for an article with no statements
    anonymous_share: float
    #: named people, most quoted first
    named_sources: tuple[SourceCount, ...]
    #: statements in quotation marks with no identifiable speaker
    unattributed_quotes: int
    #: statements with at least one hedge, and the hedges counted one by one
    hedged_statements: int
    hedges: int

    def count(self, level: Level) -> int:
        return dict(self.levels)[level]

    def to_json(self) -> dict[str, Any]:
        return {
            "statements": self.statements,
            "levels": dict(self.levels),
            "anonymous_share": self.anonymous_share,
            "named_sources": [n.to_json() for n in self.named_sources],
            "unattributed_quotes": self.unattributed_quotes,
            "hedged_statements": self.hedged_statements,
            "hedges": self.hedges,
        }

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (dicts, lists, str, int, float, bool, None): ``json.dumps`` takes it."""
        return self.to_json()


def evolve(inst: _V, **changes: Any) -> _V:
    """``attrs.evolve``: a copy of ``inst`` with ``changes``, made faster for the values a stage copies once
    per frame, mention or statement (tens of thousands for a few hundred articles).

    ``attrs.evolve`` looks up the class's fields and builds a keyword for each on every call; here the fields
    are read once per class, all of them in one ``attrgetter`` call, and given to the constructor by
    position, so converters and validators run as they would.  A class with a field ``__init__`` does not
    take, or takes under another name, is left to ``attrs.evolve``."""
    cls = type(inst)
    plan = _EVOLVE_PLANS.get(cls)
    if plan is None:
        plan = _EVOLVE_PLANS[cls] = _evolve_plan(cls)
    if plan is False:
        return cast(_V, attrs.evolve(cast(Any, inst), **changes))
    get, place = plan
    values = list(get(inst))
    for name, value in changes.items():
        at = place.get(name)
        if at is None:  # a name that is no field: fail as attrs says it does
            return cast(_V, attrs.evolve(cast(Any, inst), **changes))
        values[at] = value
    return cls(*values)


_V = TypeVar("_V", bound=attrs.AttrsInstance)

# Each attrs class copied by :func:`evolve`, to (a getter of all its fields in order, each field's place), or
# to False when its ``__init__`` does not take every field under its own name.
_EVOLVE_PLANS: dict[type, tuple[Callable[[Any], tuple[Any, ...]], dict[str, int]] | Literal[False]] = {}


def _evolve_plan(cls: type) -> tuple[Callable[[Any], tuple[Any, ...]], dict[str, int]] | Literal[False]:
    fields = attrs.fields(cls)
    if len(fields) < 2 or any(not f.init or f.alias != f.name or f.kw_only for f in fields):
        return False  # one field: attrgetter would give the value, not a tuple of it
    return attrgetter(*(f.name for f in fields)), {f.name: i for i, f in enumerate(fields)}
