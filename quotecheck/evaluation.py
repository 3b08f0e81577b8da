"""Measuring the extractor against annotated articles: the figures a newsroom quotes quotecheck by.

Gold articles are JSON lines (the format is described in ``docs/evaluation.md``): the article text and, for
every attributed statement in it, its content pieces, its kind, the source span and the cue.  :func:`evaluate`
runs an extractor over each article and :func:`score` compares what it found with the gold, by the rules of
the project's reference scorer:

* a prediction and a gold statement pair up one to one, best overlap first, where overlap is the number of
  alphanumeric character positions the two contents share over the number either covers; a pair needs an
  overlap of at least the threshold (0.3 loose, 0.8 strict);
* ``quoted`` compares gold direct and mixed statements with predicted direct and mixed ones, ``all`` compares
  every statement with every prediction;
* a speaker is right when the predicted mention overlaps the gold source span, or when the gold source is a
  name (not a pronoun) holding the last word of the predicted canonical name;
* joint F1 counts a pair only when its speaker is right too (or the gold has no source);
* with hand labels of which gold sources are anonymous, anonymous recall and precision are judged on the
  paired statements whose gold source is labelled.

:func:`mistakes` lists what went wrong, article by article, with the text around each mistake.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, TypeVar

from attrs import define, field, frozen

from quotecheck.errors import InputError
from quotecheck.inputs import DEFAULT_MAX_BYTES, Errors, read_text
from quotecheck.model import STATEMENT_KINDS, Span, StatementKind, span_of

__all__ = [
    "THRESHOLDS",
    "VIEWS",
    "AnonymityLabels",
    "Evaluation",
    "Extractor",
    "Figures",
    "GoldArticle",
    "GoldStatement",
    "Mistake",
    "Pair",
    "Prediction",
    "by_publisher",
    "evaluate",
    "load_anonymity_labels",
    "load_gold",
    "mistakes",
    "overlap",
    "pair_up",
    "render_json",
    "render_table",
    "score",
    "speaker_correct",
]

T = TypeVar("T")
View = Literal["quoted", "all"]
MistakeKind = Literal["missed", "spurious", "wrong speaker"]

#: The two comparisons: which gold and predicted kinds each one looks at.
VIEWS: Mapping[View, frozenset[str]] = {
    "quoted": frozenset({"direct", "mixed"}),
    "all": frozenset(STATEMENT_KINDS),
}
#: Loose and strict: the least overlap a pair needs.
THRESHOLDS: tuple[float, ...] = (0.3, 0.8)

#: (article id, source start, source end) -> is the source anonymous; ``None`` marks an ambiguous source,
#: which is not judged.  A gold source the labels do not list counts as named.
AnonymityLabels = Mapping[tuple[str, int, int], bool | None]

#: Anything that turns an article's text into statement dicts in the form of ``Statement.to_json()``.
Extractor = Callable[[str], Sequence[Mapping[str, Any]]]

# A source written as one of these is not a name: "he" must not match a predicted "Henry He".
_PRONOUNS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "hers", "their"}
)
_WORD = re.compile(r"[\w'’.-]+")
# Stripped from both ends of every word before names are compared, so "Trump's" and "Trump." match "Trump".
# (The reference strips the letter s as a character too, on both sides alike; kept so the figures agree.)
_WORD_EDGES = ".,’'s"


# --- gold ---------------------------------------------------------------------------------------------------


@frozen
class GoldStatement:
    """One annotated attribution: content pieces, source span and cue, as the annotator marked them."""

    kind: StatementKind
    segments: tuple[Span, ...]
    #: the source as written in the article, ``None`` when the annotator marked none
    speaker: Span | None = None
    cue: Span | None = None
    #: whether the statement has a source at all; a statement without one is never judged on its speaker
    has_source: bool = False

    @property
    def start(self) -> int:
        return min(s.start for s in self.segments)

    @property
    def end(self) -> int:
        return max(s.end for s in self.segments)


@frozen
class GoldArticle:
    """One annotated article."""

    id: str
    text: str
    statements: tuple[GoldStatement, ...]
    split: str | None = None
    publisher: str | None = None
    title: str | None = None
    publication_date: str | None = None


def load_gold(
    path: str | Path,
    *,
    split: str | None = None,
    limit: int | None = None,
    errors: Errors = "strict",
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> tuple[GoldArticle, ...]:
    """Read gold articles from a JSON lines file: those of ``split`` (all when ``None``), at most ``limit``.

    A record that is not in the documented form raises :class:`InputError` naming the file and line.
    ``errors`` and ``max_bytes`` are :func:`quotecheck.inputs.read_input`'s: how undecodable bytes are
    met, and the largest file read (None: no limit).
    """
    articles: list[GoldArticle] = []
    text = read_text(path, role="gold file", errors=errors, max_bytes=max_bytes)
    # split on \n alone: str.splitlines would also cut at U+2028 and the like, which JSON allows in strings
    for number, line in enumerate(text.split("\n"), start=1):
        if limit is not None and len(articles) >= limit:
            break
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{path}:{number}: not a JSON record ({e.msg}); write one article a line") from e
        try:
            article = _gold_article(record)
        except InputError as e:
            raise InputError(f"{path}:{number}: {e}") from e
        if split is None or article.split == split:
            articles.append(article)
    return tuple(articles)


def _gold_article(record: object) -> GoldArticle:
    if not isinstance(record, dict):
        raise InputError("an article record must be a JSON object")
    ident = _field(record, "id", str, where="the article")
    text = _field(record, "text", str, where=f"article {ident!r}")
    quotes = _field(record, "quotes", list, where=f"article {ident!r}")
    statements = tuple(
        _gold_statement(text, q, where=f"article {ident!r}, quote {i + 1}") for i, q in enumerate(quotes)
    )
    return GoldArticle(
        ident,
        text,
        statements,
        split=_optional(record, "split", str, where=f"article {ident!r}"),
        publisher=_optional(record, "publisher", str, where=f"article {ident!r}"),
        title=_optional(record, "title", str, where=f"article {ident!r}"),
        publication_date=_optional(record, "publication_date", str, where=f"article {ident!r}"),
    )


def _gold_statement(text: str, q: object, *, where: str) -> GoldStatement:
    if not isinstance(q, dict):
        raise InputError(f"{where}: a quote must be a JSON object")
    kind = _field(q, "kind", str, where=where)
    if kind not in STATEMENT_KINDS:
        raise InputError(f"{where}: kind must be one of {', '.join(STATEMENT_KINDS)}, not {kind!r}")
    raw_segments = q.get("segments")
    if raw_segments is None:  # a single-piece statement may give its extent alone
        raw_segments = [{k: q[k] for k in ("start", "end", "text") if k in q}]
    if not isinstance(raw_segments, list) or not raw_segments:
        raise InputError(f"{where}: segments must be a non-empty list of {{start, end, text}}")
    segments = tuple(
        _gold_span(text, s, where=f"{where}, segment {i + 1}") for i, s in enumerate(raw_segments)
    )
    speaker: Span | None = None
    speaker_text = _optional(q, "speaker", str, where=where)
    if speaker_text is not None:
        start = _optional(q, "speaker_start", int, where=where)
        end = _optional(q, "speaker_end", int, where=where)
        if start is None or end is None:
            raise InputError(
                f"{where}: a speaker needs speaker_start and speaker_end, its offsets in the text"
            )
        speaker = _gold_span(
            text, {"start": start, "end": end, "text": speaker_text}, where=f"{where}, speaker"
        )
    cue_record = q.get("cue")
    cue = None if cue_record is None else _gold_span(text, cue_record, where=f"{where}, cue")
    has_source = _optional(q, "has_source", bool, where=where)
    return GoldStatement(
        kind,
        segments,
        speaker=speaker,
        cue=cue,
        has_source=speaker is not None if has_source is None else has_source,
    )


def _gold_span(text: str, record: object, *, where: str) -> Span:
    if not isinstance(record, dict):
        raise InputError(f"{where}: must be an object {{start, end, text}}")
    start = _field(record, "start", int, where=where)
    end = _field(record, "end", int, where=where)
    if not 0 <= start <= end <= len(text):
        raise InputError(f"{where}: offsets {start}:{end} lie outside the article's {len(text)} characters")
    span = span_of(text, start, end)
    given = _optional(record, "text", str, where=where)
    if given is not None and given != span.text:
        raise InputError(
            f"{where}: text {given!r} differs from the article's text at {start}:{end}, {span.text!r};"
            " offsets are Python str indices (code points, not bytes)"
        )
    return span


def _field(record: Mapping[str, object], key: str, kind: type[T], *, where: str) -> T:
    value = _optional(record, key, kind, where=where)
    if value is None:
        raise InputError(f"{where}: the field {key!r} is missing")
    return value


def _optional(record: Mapping[str, object], key: str, kind: type[T], *, where: str) -> T | None:
    value = record.get(key)
    if value is None:
        return None
    # bool is an int to Python, never to an annotator
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise InputError(f"{where}: {key!r} must be {_TYPE_WORDS.get(kind, kind.__name__)}, not {value!r}")
    return value


_TYPE_WORDS: dict[type, str] = {str: "a string", int: "an integer", bool: "true or false", list: "a list"}


def load_anonymity_labels(
    path: str | Path, *, errors: Errors = "strict", max_bytes: int | None = DEFAULT_MAX_BYTES
) -> AnonymityLabels:
    """Read hand labels of anonymous sources: a JSON list of {id, speaker_start, speaker_end, anonymous}.
    ``errors`` and ``max_bytes`` are as for :func:`load_gold`."""
    text = read_text(path, role="anonymity labels", errors=errors, max_bytes=max_bytes)
    try:
        records = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(
            f"anonymity labels {path}: not JSON ({e.msg} at line {e.lineno}, column {e.colno});"
            " write a JSON list of objects"
        ) from e
    if not isinstance(records, list):
        raise InputError(f"{path}: the anonymity labels must be a JSON list of objects")
    labels: dict[tuple[str, int, int], bool | None] = {}
    for i, r in enumerate(records):
        where = f"{path}: label {i + 1}"
        if not isinstance(r, dict):
            raise InputError(f"{where}: must be an object {{id, speaker_start, speaker_end, anonymous}}")
        key = (
            _field(r, "id", str, where=where),
            _field(r, "speaker_start", int, where=where),
            _field(r, "speaker_end", int, where=where),
        )
        if "anonymous" not in r:
            raise InputError(
                f"{where}: the field 'anonymous' is missing (true, false, or null for ambiguous)"
            )
        labels[key] = _optional(r, "anonymous", bool, where=where)
    return labels


# --- predictions --------------------------------------------------------------------------------------------


@frozen
class Prediction:
    """What scoring needs of one extracted statement: its kind, content pieces and speaker."""

    kind: str
    segments: tuple[tuple[int, int], ...]
    speaker_name: str | None = None
    speaker_kind: str | None = None
    #: the mention the statement uses, as offsets into the article
    speaker_start: int | None = None
    speaker_end: int | None = None

    @property
    def start(self) -> int:
        return min(s for s, _ in self.segments)

    @property
    def end(self) -> int:
        return max(e for _, e in self.segments)

    @classmethod
    def from_json(cls, record: Mapping[str, Any]) -> Prediction:
        """Read a statement dict as ``Statement.to_json()`` writes it; segments and speaker may be absent."""
        where = "a predicted statement"
        if not isinstance(record, Mapping):
            raise InputError(f"{where} must be a JSON object, not {record!r}")
        kind = record.get("kind")
        raw = record.get("segments") or [record]  # no pieces given: the extent is the one piece
        segments = tuple(
            (_field(s, "start", int, where=where), _field(s, "end", int, where=where)) for s in raw
        )
        speaker = record.get("speaker") or {}
        if not isinstance(speaker, Mapping):
            raise InputError(f"{where}: speaker must be an object, not {speaker!r}")
        return cls(
            kind if isinstance(kind, str) else "",
            segments,
            speaker_name=_optional(speaker, "name", str, where=where),
            speaker_kind=_optional(speaker, "kind", str, where=where),
            speaker_start=_optional(speaker, "start", int, where=where),
            speaker_end=_optional(speaker, "end", int, where=where),
        )


# --- pairing and speakers -----------------------------------------------------------------------------------


@frozen
class Pair:
    """A gold statement and a prediction judged to be the same statement."""

    gold: int  # index into the gold statements compared
    prediction: int  # index into the predictions compared
    overlap: float


def _alnum_positions(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    n = len(text)
    out: set[int] = set()
    for start, end in spans:
        out.update(i for i in range(max(0, min(start, n)), max(0, min(end, n))) if text[i].isalnum())
    return frozenset(out)


def overlap(text: str, a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> float:
    """Shared alphanumeric positions of two sets of spans over the positions either covers (0 when none).

    >>> overlap("He said no, no, no.", [(8, 18)], [(8, 13)])
    0.5
    """
    pa, pb = _alnum_positions(text, a), _alnum_positions(text, b)
    union = len(pa | pb)
    return len(pa & pb) / union if union else 0.0


def pair_up(
    text: str,
    gold: Sequence[Sequence[tuple[int, int]]],
    predicted: Sequence[Sequence[tuple[int, int]]],
    *,
    threshold: float,
) -> tuple[Pair, ...]:
    """Pair gold contents with predicted ones one to one, best overlap first, each at least ``threshold``.

    >>> pair_up("Yes. No. Maybe.", [[(0, 3)], [(5, 7)]], [[(5, 7)], [(0, 8)]], threshold=0.3)
    (Pair(gold=1, prediction=0, overlap=1.0), Pair(gold=0, prediction=1, overlap=0.6))
    """
    return _greedy(_candidates(text, gold, predicted), threshold)


def _candidates(
    text: str, gold: Sequence[Sequence[tuple[int, int]]], predicted: Sequence[Sequence[tuple[int, int]]]
) -> list[tuple[float, int, int]]:
    """Every (overlap, gold index, prediction index) with some overlap, best first."""
    gold_positions = [_alnum_positions(text, g) for g in gold]
    predicted_positions = [_alnum_positions(text, p) for p in predicted]
    candidates: list[tuple[float, int, int]] = []
    for gi, gp in enumerate(gold_positions):
        for pi, pp in enumerate(predicted_positions):
            shared = len(gp & pp)
            if shared:
                candidates.append((shared / len(gp | pp), gi, pi))
    # Equal overlaps go to the later gold and prediction first: the reference scorer's order, kept so the
    # figures agree to the last pair.
    candidates.sort(reverse=True)
    return candidates


def _greedy(candidates: Iterable[tuple[float, int, int]], threshold: float) -> tuple[Pair, ...]:
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[Pair] = []
    for ov, gi, pi in candidates:
        if ov < threshold:
            break  # best first: nothing later clears it either
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append(Pair(gi, pi, ov))
    return tuple(pairs)


def _name_words(text: str) -> list[str]:
    return [w.lower().strip(_WORD_EDGES) for w in _WORD.findall(text)]


def speaker_correct(gold: GoldStatement, prediction: Prediction) -> bool:
    """Whether the prediction names the gold statement's source (see the module docstring for the rule)."""
    source = gold.speaker
    if source is None:
        return False
    ps, pe = prediction.speaker_start, prediction.speaker_end
    if ps is not None and pe is not None and ps < source.end and source.start < pe:
        return True
    name = prediction.speaker_name
    if name and source.text and source.text.lower() not in _PRONOUNS:
        words = _name_words(name)
        if words and words[-1] in set(_name_words(source.text)):
            return True
    return False


# --- figures ------------------------------------------------------------------------------------------------


@frozen
class Figures:
    """The figures of one comparison (``quoted`` or ``all``) at one overlap threshold."""

    view: View
    threshold: float
    gold: int
    predicted: int
    matched: int
    #: pairs whose speaker is right, plus pairs whose gold has no source
    joint_matched: int
    speaker_scored: int
    speaker_right: int
    #: paired statements whose gold source is labelled anonymous / of those, predicted anonymous
    anonymous_gold_matched: int
    anonymous_found: int
    #: paired statements with a labelled gold source predicted anonymous / of those, labelled anonymous
    anonymous_predicted: int
    anonymous_predicted_right: int

    @property
    def key(self) -> str:
        return f"{self.view}@{self.threshold}"

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted) or 0.0

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold) or 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def joint_f1(self) -> float:
        return _f1(
            _ratio(self.joint_matched, self.predicted) or 0.0, _ratio(self.joint_matched, self.gold) or 0.0
        )

    @property
    def speaker_accuracy(self) -> float | None:
        return _ratio(self.speaker_right, self.speaker_scored)

    @property
    def anonymous_recall(self) -> float | None:
        return _ratio(self.anonymous_found, self.anonymous_gold_matched)

    @property
    def anonymous_precision(self) -> float | None:
        return _ratio(self.anonymous_predicted_right, self.anonymous_predicted)

    def to_json(self) -> dict[str, Any]:
        """The figures under the reference scorer's names, ratios rounded to four places."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "gold": self.gold,
            "pred": self.predicted,
            "matched": self.matched,
            "joint_f1": round(self.joint_f1, 4),
            "speaker_accuracy": _rounded(self.speaker_accuracy),
            "speaker_scored": self.speaker_scored,
            "anonymous_recall": _rounded(self.anonymous_recall),
            "anonymous_precision": _rounded(self.anonymous_precision),
            "anonymous_gold_matched": self.anonymous_gold_matched,
        }


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _rounded(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


@define
class _Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    joint_matched: int = 0
    speaker_scored: int = 0
    speaker_right: int = 0
    anonymous_gold_matched: int = 0
    anonymous_found: int = 0
    anonymous_predicted: int = 0
    anonymous_predicted_right: int = 0


def _compared(
    article: GoldArticle, predictions: Sequence[Prediction], view: View
) -> tuple[list[GoldStatement], list[Prediction]]:
    kinds = VIEWS[view]
    return (
        [g for g in article.statements if g.kind in kinds],
        [p for p in predictions if p.kind in kinds],
    )


def _pairs_by_threshold(
    article: GoldArticle, golds: Sequence[GoldStatement], preds: Sequence[Prediction]
) -> dict[float, tuple[Pair, ...]]:
    # Overlaps are worked out once; each threshold's pairing is the same greedy walk over those that clear it.
    candidates = _candidates(article.text, [_spans(g) for g in golds], [p.segments for p in preds])
    return {t: _greedy(candidates, t) for t in THRESHOLDS}


def _spans(g: GoldStatement) -> tuple[tuple[int, int], ...]:
    return tuple((s.start, s.end) for s in g.segments)


def _anonymous_gold(article: GoldArticle, g: GoldStatement, labels: AnonymityLabels | None) -> bool | None:
    if g.speaker is None or labels is None:
        return None
    return labels.get((article.id, g.speaker.start, g.speaker.end), False)


def score(
    articles: Sequence[GoldArticle],
    predictions: Sequence[Sequence[Prediction]],
    *,
    labels: AnonymityLabels | None = None,
) -> tuple[Figures, ...]:
    """Compare predictions (one sequence per article, in order) with the gold: quoted, all; loose, strict."""
    if len(articles) != len(predictions):
        raise InputError(
            f"{len(articles)} articles but predictions for {len(predictions)}; give one list each"
        )
    out: list[Figures] = []
    for view in VIEWS:
        tallies = {t: _Tally() for t in THRESHOLDS}
        for article, preds in zip(articles, predictions, strict=True):
            golds, compared = _compared(article, preds, view)
            for threshold, pairs in _pairs_by_threshold(article, golds, compared).items():
                _count(tallies[threshold], article, golds, compared, pairs, labels)
        out.extend(Figures(view, t, **_as_fields(tallies[t])) for t in THRESHOLDS)
    return tuple(out)


def _count(
    tally: _Tally,
    article: GoldArticle,
    golds: Sequence[GoldStatement],
    preds: Sequence[Prediction],
    pairs: Sequence[Pair],
    labels: AnonymityLabels | None,
) -> None:
    tally.gold += len(golds)
    tally.predicted += len(preds)
    tally.matched += len(pairs)
    for pair in pairs:
        g, p = golds[pair.gold], preds[pair.prediction]
        if g.has_source and g.speaker is not None:
            right = speaker_correct(g, p)
            tally.speaker_scored += 1
            tally.speaker_right += right
            tally.joint_matched += right
        else:
            tally.joint_matched += 1
        anonymous = _anonymous_gold(article, g, labels)
        if anonymous is None:
            continue
        said_anonymous = p.speaker_kind == "anonymous"
        tally.anonymous_gold_matched += anonymous
        tally.anonymous_found += anonymous and said_anonymous
        tally.anonymous_predicted += said_anonymous
        tally.anonymous_predicted_right += anonymous and said_anonymous


def _as_fields(t: _Tally) -> dict[str, int]:
    return {
        "gold": t.gold,
        "predicted": t.predicted,
        "matched": t.matched,
        "joint_matched": t.joint_matched,
        "speaker_scored": t.speaker_scored,
        "speaker_right": t.speaker_right,
        "anonymous_gold_matched": t.anonymous_gold_matched,
        "anonymous_found": t.anonymous_found,
        "anonymous_predicted": t.anonymous_predicted,
        "anonymous_predicted_right": t.anonymous_predicted_right,
    }


# --- running the extractor ----------------------------------------------------------------------------------


@frozen
class Evaluation:
    """The extractor's figures on a set of gold articles, with what it predicted for each."""

    figures: tuple[Figures, ...]
    articles: tuple[GoldArticle, ...]
    predictions: tuple[tuple[Prediction, ...], ...]
    #: time spent in the extractor, in seconds
    seconds: float
    labels: AnonymityLabels | None = field(default=None, eq=False, hash=False)

    @property
    def characters(self) -> int:
        return sum(len(a.text) for a in self.articles)

    def __getitem__(self, key: str) -> Figures:
        """The figures by the reference scorer's key: ``"quoted@0.3"``, ``"all@0.8"`` …"""
        for f in self.figures:
            if f.key == key:
                return f
        raise KeyError(f"no figures {key!r}; there are {', '.join(f.key for f in self.figures)}")

    def to_json(self) -> dict[str, Any]:
        """The reference scorer's JSON: one object of figures per comparison, then docs, chars, seconds."""
        out: dict[str, Any] = {f.key: f.to_json() for f in self.figures}
        out.update(docs=len(self.articles), chars=self.characters, seconds=round(self.seconds, 3))
        return out


def _default_extractor(*, strict: bool = False) -> Extractor:
    from quotecheck.pipeline import analyze

    return lambda text: [s.to_json() for s in analyze(text, strict=strict).statements]


def evaluate(
    articles: Sequence[GoldArticle],
    *,
    extractor: Extractor | None = None,
    labels: AnonymityLabels | None = None,
    strict: bool = False,
) -> Evaluation:
    """Run ``extractor`` (quotecheck's own by default, ``analyze(text, strict=strict)``) over every article
    and score what it finds.  ``strict`` is quotecheck's own extractor's; with an ``extractor`` of your own,
    filter in it instead."""
    if strict and extractor is not None:
        raise InputError("evaluate(): strict applies to quotecheck's own extractor; filter in yours instead")
    run = extractor if extractor is not None else _default_extractor(strict=strict)
    predictions: list[tuple[Prediction, ...]] = []
    seconds = 0.0
    for article in articles:
        started = time.perf_counter()
        found = run(article.text)
        seconds += time.perf_counter() - started
        try:
            predictions.append(tuple(Prediction.from_json(s) for s in found))
        except InputError as e:
            raise InputError(f"article {article.id!r}: {e}") from e
    return Evaluation(
        score(articles, predictions, labels=labels),
        tuple(articles),
        tuple(predictions),
        seconds,
        labels=labels,
    )


def by_publisher(evaluation: Evaluation) -> tuple[tuple[str, tuple[Figures, ...]], ...]:
    """The figures again for each publisher's articles alone, publishers in alphabetical order."""
    groups: dict[str, list[int]] = {}
    for i, a in enumerate(evaluation.articles):
        groups.setdefault(a.publisher or "(no publisher)", []).append(i)
    return tuple(
        (
            name,
            score(
                [evaluation.articles[i] for i in indices],
                [evaluation.predictions[i] for i in indices],
                labels=evaluation.labels,
            ),
        )
        for name, indices in sorted(groups.items())
    )


# --- mistakes -----------------------------------------------------------------------------------------------


@frozen
class Mistake:
    """One thing the extractor got wrong, with the text around it.

    ``missed``: a gold statement no prediction pairs with; ``spurious``: a prediction no gold statement pairs
    with; ``wrong speaker``: a pair whose speaker is not the gold source.
    """

    article: str
    kind: MistakeKind
    #: the content: the gold statement's for missed and wrong speaker, the prediction's for spurious
    content: Span
    #: the text around the content, the content itself between ⟦ and ⟧, white space squeezed
    context: str
    expected_speaker: str | None = None
    predicted_speaker: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "kind": self.kind,
            "content": self.content.to_json(),
            "context": self.context,
            "expected_speaker": self.expected_speaker,
            "predicted_speaker": self.predicted_speaker,
        }


def mistakes(
    evaluation: Evaluation,
    *,
    view: View = "all",
    threshold: float = 0.3,
    limit: int | None = None,
    context: int = 80,
) -> tuple[Mistake, ...]:
    """What went wrong in ``view`` at ``threshold``, article by article in text order, at most ``limit``.

    ``context`` is how many characters either side of the content to show.
    """
    out: list[Mistake] = []
    for article, preds in zip(evaluation.articles, evaluation.predictions, strict=True):
        golds, compared = _compared(article, preds, view)
        pairs = pair_up(
            article.text, [_spans(g) for g in golds], [p.segments for p in compared], threshold=threshold
        )
        found: list[Mistake] = []
        paired_gold = {p.gold for p in pairs}
        paired_pred = {p.prediction for p in pairs}
        for gi, g in enumerate(golds):
            if gi not in paired_gold:
                found.append(_mistake(article, "missed", g.start, g.end, context, expected=g))
        for pair in pairs:
            g, p = golds[pair.gold], compared[pair.prediction]
            if g.has_source and g.speaker is not None and not speaker_correct(g, p):
                found.append(
                    _mistake(article, "wrong speaker", g.start, g.end, context, expected=g, predicted=p)
                )
        for pi, p in enumerate(compared):
            if pi not in paired_pred:
                found.append(_mistake(article, "spurious", p.start, p.end, context, predicted=p))
        found.sort(key=lambda m: (m.content.start, m.content.end))
        out.extend(found)
        if limit is not None and len(out) >= limit:
            return tuple(out[:limit])
    return tuple(out)


def _mistake(
    article: GoldArticle,
    kind: MistakeKind,
    start: int,
    end: int,
    width: int,
    *,
    expected: GoldStatement | None = None,
    predicted: Prediction | None = None,
) -> Mistake:
    text = article.text
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    # the window stops at white space, so that no word is shown cut
    lo, hi = max(0, start - width), min(len(text), end + width)
    while 0 < lo < start and not text[lo - 1].isspace():
        lo += 1
    while end < hi < len(text) and not text[hi].isspace():
        hi -= 1
    shown = (
        ("…" if lo > 0 else "")
        + text[lo:start].lstrip()
        + "⟦"
        + text[start:end]
        + "⟧"
        + text[end:hi].rstrip()
        + ("…" if hi < len(text) else "")
    )
    return Mistake(
        article.id,
        kind,
        span_of(text, start, end),
        " ".join(shown.split()),
        expected_speaker=expected.speaker.text if expected is not None and expected.speaker else None,
        predicted_speaker=_speaker_shown(text, predicted) if predicted is not None else None,
    )


def _speaker_shown(text: str, p: Prediction) -> str | None:
    if p.speaker_name:
        return p.speaker_name
    if p.speaker_start is not None and p.speaker_end is not None:
        return text[p.speaker_start : p.speaker_end] or None
    return None


# --- the report ---------------------------------------------------------------------------------------------


def render_table(
    evaluation: Evaluation,
    *,
    publishers: Sequence[tuple[str, Sequence[Figures]]] = (),
    errors: Sequence[Mistake] = (),
) -> str:
    """The figures as a plain-text table, then each publisher's, then the mistakes listed."""
    seconds = evaluation.seconds
    speed = f" ({evaluation.characters / seconds / 1e3:.1f} kchar/s)" if seconds > 0 else ""
    lines = [
        f"{len(evaluation.articles)} articles, {evaluation.characters} characters,"
        f" {seconds:.2f} s extracting{speed}",
        "",
        *_figure_rows(evaluation.figures),
    ]
    for name, figures in publishers:
        lines += ["", f"publisher {name}", *_figure_rows(figures)]
    if errors:
        lines += ["", f"mistakes (first {len(errors)})"]
        for m in errors:
            lines.append(f"{m.article} {m.content.start}:{m.content.end} {m.kind}{_speakers_shown(m)}")
            lines.append(f"    {m.context}")
    return "\n".join(lines) + "\n"


def render_json(
    evaluation: Evaluation,
    *,
    publishers: Sequence[tuple[str, Sequence[Figures]]] = (),
    errors: Sequence[Mistake] = (),
) -> dict[str, Any]:
    """The reference scorer's JSON (:meth:`Evaluation.to_json`), with publishers and errors when given."""
    out = evaluation.to_json()
    if publishers:
        out["publishers"] = {name: {f.key: f.to_json() for f in figures} for name, figures in publishers}
    if errors:
        out["errors"] = [m.to_json() for m in errors]
    return out


_HEADER = (
    f"{'':12} {'P':>6} {'R':>6} {'F1':>6} {'joint':>6} {'gold':>6} {'pred':>6} {'match':>6}"
    f" {'spkr':>6} {'anonR':>6} {'anonP':>6} {'anonN':>6}"
)


def _figure_rows(figures: Iterable[Figures]) -> list[str]:
    rows = [_HEADER.rstrip()]
    for f in figures:
        rows.append(
            f"{f.key:12} {f.precision:6.3f} {f.recall:6.3f} {f.f1:6.3f} {f.joint_f1:6.3f}"
            f" {f.gold:6d} {f.predicted:6d} {f.matched:6d} {_cell(f.speaker_accuracy)}"
            f" {_cell(f.anonymous_recall)} {_cell(f.anonymous_precision)} {f.anonymous_gold_matched:6d}"
        )
    return rows


def _cell(x: float | None) -> str:
    return f"{'-':>6}" if x is None else f"{x:6.3f}"


def _speakers_shown(m: Mistake) -> str:
    parts = []
    if m.expected_speaker is not None:
        parts.append(f"expected {m.expected_speaker!r}")
    if m.predicted_speaker is not None or m.kind == "wrong speaker":
        parts.append(f"predicted {m.predicted_speaker!r}")
    return f" ({', '.join(parts)})" if parts else ""
