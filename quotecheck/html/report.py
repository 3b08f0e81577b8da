"""One HTML page for an article: its statements highlighted by attribution level, speakers and cues tied to
them, hedges and anonymous sources flagged, and, with sources, every quotation's verdict and word diff.

The page is self-contained: styles and a little script are inlined, nothing is fetched, and a
Content-Security-Policy lets only those two inlined blocks run, so the file opens from disk and stays
quiet on a closed network.  All article and source text goes through escaping (Jinja2 with autoescape,
markupsafe for the highlighted article).

>>> page = render_html("“We are ready,” Spokesman Walid Kilani said.", title="Briefing")
>>> page.startswith("<!DOCTYPE html>"), 'class="st lv-named_direct"' in page
(True, True)

Spans overlap in news copy (a hedge inside its statement, a speaker named inside another statement's
content, a quotation inside a paraphrase), so the article is cut at every span boundary into pieces, each
with the set of spans active over it, and each span opens as late and closes as early as nesting allows;
a span that crosses another is drawn as several elements sharing its ``data-for``.

>>> text = "ab cd ef"
>>> str(nest(text, [Mark(0, 5, ("x",)), Mark(3, 8, ("y",))]))
'<span class="x">ab <span class="y">cd</span></span><span class="y"> ef</span>'
"""

from __future__ import annotations

import base64
import hashlib
from bisect import insort
from collections.abc import Iterable, Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from quotecheck.errors import QuotecheckError
from quotecheck.model import LEVELS, Level, Statement
from quotecheck.pipeline import Report, analyze
from quotecheck.sources import Source, as_sources
from quotecheck.verify import Verification, _clock, verify_statements

_NEEDS_JINJA = "the HTML report needs Jinja2: pip install 'quotecheck-news[report]'"

try:
    from markupsafe import Markup, escape
except ImportError:  # markupsafe comes with Jinja2: without the report extra, neither is there
    raise ImportError(_NEEDS_JINJA) from None

if TYPE_CHECKING:
    from pathlib import Path

    import jinja2

__all__ = ["LEVEL_STYLE", "LevelStyle", "Mark", "Page", "build_page", "nest", "render_html"]


@frozen
class LevelStyle:
    """How the page shows one attribution level: its badge ``code``, its ``label`` and its ``meaning``."""

    code: str
    label: str
    meaning: str


#: How the page names each level: a two-letter code (the badge, for readers who cannot tell the colours
#: apart), a label and a one-line meaning for the legend.  Colours and underline styles are in report.css.
LEVEL_STYLE: dict[Level, LevelStyle] = {
    "named_direct": LevelStyle("ND", "named, direct", "a named person's own words, in quotation marks"),
    "named_indirect": LevelStyle("NI", "named, paraphrased", "a named person, in the reporter's words"),
    "institutional": LevelStyle("IN", "institutional", "an organization, an official body or a document"),
    "anonymous_described": LevelStyle(
        "AD", "anonymous, described", "unnamed, with a role, number, access or reason given"
    ),
    "anonymous": LevelStyle("AN", "anonymous", "a vague unnamed source: 'sources', 'critics'"),
    "unattributed": LevelStyle("UA", "unattributed", "no source at all"),
}


@frozen
class Mark:
    """A stretch ``[start, end)`` of the text to wrap in ``<span>``.

    ``classes`` and ``attrs`` go on every element the mark is drawn as; ``first`` only on the first (an
    ``id`` must stay unique when a mark is cut in two).  Among marks of the same extent, a lower ``layer``
    wraps a higher one.
    """

    start: int
    end: int
    classes: tuple[str, ...]
    attrs: tuple[tuple[str, str], ...] = ()
    first: tuple[tuple[str, str], ...] = ()
    layer: int = 0


def _open_tag(mark: Mark, first: bool) -> str:
    attrs = [("class", " ".join(mark.classes)), *mark.attrs, *(mark.first if first else ())]
    return "<span" + "".join(f' {name}="{escape(value)}"' for name, value in attrs) + ">"


def nest(text: str, marks: Iterable[Mark], *, inserts: Iterable[tuple[int, Markup]] = ()) -> Markup:
    """``text``, escaped, with every mark drawn as properly nested ``<span>`` elements.

    ``inserts`` are ready-made markup placed at an offset, after the marks that end there close and before
    those that start there open.  Stripping the tags and unescaping gives ``text`` back exactly.

    >>> str(nest("a<b", [Mark(1, 2, ("m",), first=(("id", "x"),))]))
    'a<span class="m" id="x">&lt;</span>b'
    """
    todo = [m for m in marks if m.start < m.end]
    for m in todo:
        if not 0 <= m.start < m.end <= len(text):
            raise ValueError(f"mark {m.start}:{m.end} lies outside a text of {len(text)} characters")
    # outer before inner: earlier start, then later end, then lower layer; the index keeps it a total order
    key = {i: (m.start, -m.end, m.layer, i) for i, m in enumerate(todo)}
    starting: dict[int, list[int]] = {}
    ending: dict[int, list[int]] = {}
    for i, m in enumerate(todo):
        starting.setdefault(m.start, []).append(i)
        ending.setdefault(m.end, []).append(i)
    placed: dict[int, list[Markup]] = {}
    for at, markup in inserts:
        if not 0 <= at <= len(text):
            raise ValueError(f"insert at {at} lies outside a text of {len(text)} characters")
        placed.setdefault(at, []).append(markup)
    points = sorted({0, len(text), *starting, *ending, *placed})

    out: list[str] = []
    active: list[tuple[int, int, int, int]] = []  # keys of the marks covering the piece ahead, outer first
    stack: list[int] = []  # the marks open now, outermost first
    opened: set[int] = set()
    for n, at in enumerate(points):
        for i in ending.get(at, ()):
            active.remove(key[i])
        for i in starting.get(at, ()):
            insort(active, key[i])
        want = [k[3] for k in active]
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep] == want[keep]:
            keep += 1
        out.extend("</span>" for _ in stack[keep:])
        del stack[keep:]
        out.extend(str(markup) for markup in placed.get(at, ()))
        for i in want[keep:]:
            out.append(_open_tag(todo[i], i not in opened))
            opened.add(i)
            stack.append(i)
        if n + 1 < len(points):
            out.append(str(escape(text[at : points[n + 1]])))
    return Markup("".join(out))


# --- what the page shows ----------------------------------------------------------------------------------


def _pieces(st: Statement) -> list[tuple[int, int]]:
    """The statement's own words: its segments and the quotation marks around them, merged, so that a split
    quotation's speaker and cue between the pieces stay outside the highlight."""
    spans = sorted((s.start, s.end) for s in (*st.segments, *st.quotes) if s.start < s.end)
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged or ([(st.start, st.end)] if st.start < st.end else [])


def _level(st: Statement) -> Level:
    return st.strength.level if st.strength is not None else "unattributed"


def _who(st: Statement) -> str:
    sp = st.speaker
    if sp.name:
        return sp.name
    if sp.mention is not None:
        return sp.mention.text
    return "no speaker found"


def _excerpt(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _shorten(words: str, limit: int = 240) -> str:
    words = " ".join(words.split())
    return words if len(words) <= limit else words[: limit // 2] + " … " + words[-limit // 2 :]


def _diff(v: Verification) -> list[tuple[str, str]]:
    """The quote as ``(kind, text)`` runs: ``same``, ``ins`` (words the source lacks), ``del`` (source words
    the quote drops or replaces), ``elided`` (source words an ellipsis stands for)."""
    q0, text = v.quote.start, v.quote.text
    runs: list[tuple[str, str]] = []
    pos = q0
    for c in v.changes:
        if c.op == "case":
            continue
        runs.append(("same", text[pos - q0 : max(pos, c.quote.start) - q0]))
        src = _shorten(c.source.text) if c.source is not None else ""
        if c.op in ("replace", "interpolate", "delete") and src:
            runs.append(("del", src))
        if c.op in ("replace", "interpolate", "insert"):
            runs.append(("ins", c.quote.text))
        elif c.op == "elide":
            runs.append(("same", c.quote.text))
            if src:
                runs.append(("elided", src))
        pos = max(pos, c.quote.end)
    runs.append(("same", text[pos - q0 :]))
    return [(kind, words) for kind, words in runs if words]


def _verdict_view(v: Verification) -> dict[str, Any]:
    p = v.passage
    return {
        "verdict": v.verdict,
        "label": v.verdict.replace("_", " "),
        "ok": v.ok,
        "checked": v.checked,
        "score": v.score,
        "substantive": v.substantive,
        "quote": v.quote.text,
        "diff": _diff(v),
        "changed": any(c.op != "case" for c in v.changes),
        "source": p.path if p is not None else None,
        "time": f"{_clock(p.time[0])} – {_clock(p.time[1])}" if p is not None and p.time else None,
        "passage": _shorten(p.text, 600) if p is not None else None,
        "source_speaker": p.speaker if p is not None else None,
        "reasons": v.reasons,
        "warnings": [w.message for w in v.warnings],
    }


def _card(n: int, st: Statement, verifications: Sequence[Verification]) -> dict[str, Any]:
    level = _level(st)
    strength = st.strength
    anonymity = strength.anonymity if strength is not None else None
    sp = st.speaker
    checks = [_verdict_view(v) for v in verifications]
    return {
        "sid": f"s{n}",
        "n": n,
        "level": level,
        "style": LEVEL_STYLE[level],
        "kind": st.kind,
        "who": _who(st),
        "speaker_kind": sp.kind,
        "mention": sp.mention.text if sp.mention is not None else None,
        "descriptor": sp.descriptor,
        "cue": st.cue.text if st.cue is not None and st.cue.text.strip() else None,
        "stance": strength.stance if strength is not None else None,
        "reasons": strength.reasons if strength is not None else (),
        "hedges": [h.text for h in strength.hedges] if strength is not None else [],
        "anonymous": sp.kind == "anonymous" or level in ("anonymous", "anonymous_described"),
        "anonymity": anonymity,
        "nested": strength.nested if strength is not None else False,
        "continuation": st.continuation,
        "excerpt": _excerpt(st.text),
        "checks": checks,
        "failed": any(not c["ok"] for c in checks),
    }


def _article_markup(text: str, statements: Sequence[Statement], cards: Sequence[dict[str, Any]]) -> Markup:
    marks: list[Mark] = []
    shared: dict[tuple[str, int, int], list[str]] = {}  # a speaker or cue span can serve several statements
    inserts: list[tuple[int, Markup]] = []
    for st, card in zip(statements, cards, strict=True):
        sid, style = card["sid"], card["style"]
        title = f"statement {card['n']}, {style.label}: {card['who']}"
        pieces = _pieces(st)
        for k, (a, b) in enumerate(pieces):
            first = (("id", f"st-{sid}"),) if k == 0 else ()
            attrs = (("data-for", sid), ("title", title))
            marks.append(Mark(a, b, ("st", f"lv-{card['level']}"), attrs, first))
        sp = st.speaker
        if sp.mention is not None:
            kind = "sp sp-anon" if card["anonymous"] else "sp"
            shared.setdefault((kind, sp.mention.start, sp.mention.end), []).append(sid)
        if st.cue is not None:
            shared.setdefault(("cue", st.cue.start, st.cue.end), []).append(sid)
        for h in st.strength.hedges if st.strength is not None else ():
            shared.setdefault(("hedge", h.start, h.end), []).append(sid)
        if pieces:
            tag = style.code + ("\N{HEAVY BALLOT X}" if card["failed"] else "")
            label = f"Statement {card['n']}, {style.label}, {card['who']}"
            if card["checks"]:
                label += ", " + ", ".join(c["label"] for c in card["checks"])
            button = Markup(
                '<button type="button" class="tag lv-{level}" id="tag-{sid}" data-open="{sid}" '
                'data-for="{sid}" data-tag="{tag}" aria-controls="card-{sid}" aria-expanded="false" '
                'title="{label}" aria-label="{label}: show details"></button>'
            ).format(level=card["level"], sid=sid, tag=tag, label=label)
            inserts.append((pieces[-1][1], button))
    layers = {"sp": 1, "sp sp-anon": 1, "cue": 2, "hedge": 3}
    names = {"sp": "speaker", "sp sp-anon": "anonymous source", "cue": "cue", "hedge": "hedge"}
    for (kind, a, b), sids in shared.items():
        which = ", ".join(s[1:] for s in sids)
        title = f"{names[kind]} of statement {which}"
        attrs = (("data-for", " ".join(sids)), ("title", title))
        marks.append(Mark(a, b, tuple(kind.split()), attrs, (), layers[kind]))
    return nest(text, marks, inserts=inserts)


def _summary_view(report: Report, cards: Sequence[dict[str, Any]]) -> dict[str, Any]:
    s = report.summary
    total = s.statements
    levels = []
    x = 0.0
    for level, count in s.levels:
        width = 100.0 * count / total if total else 0.0
        levels.append({"level": level, "style": LEVEL_STYLE[level], "count": count, "x": x, "width": width})
        x += width
    checks = [(card, c) for card in cards for c in card["checks"]]
    return {
        "statements": total,
        "levels": levels,
        "anonymous_share": s.anonymous_share,
        "named_sources": s.named_sources,
        "unattributed_quotes": s.unattributed_quotes,
        "hedged_statements": s.hedged_statements,
        "hedges": s.hedges,
        "anonymous_statements": sum(1 for card in cards if card["anonymous"]),
        "checked": len(checks),
        "verified": sum(1 for _, c in checks if c["ok"]),
        "failed": [(card, c) for card, c in checks if not c["ok"]],
    }


def _csp_hash(block: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(str(block).encode("utf-8")).digest()).decode("ascii")


_ENV: jinja2.Environment | None = None


def _environment() -> jinja2.Environment:
    global _ENV
    if _ENV is None:
        try:
            import jinja2
        except ImportError:
            raise QuotecheckError(_NEEDS_JINJA) from None
        env = jinja2.Environment(
            loader=jinja2.PackageLoader("quotecheck.html", "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        env.filters["csp_hash"] = _csp_hash
        _ENV = env
    return _ENV


def _version() -> str:
    try:
        return version("quotecheck-news")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown"


@frozen
class Page:
    """A rendered report and what it shows: ``html`` is the page; ``report`` the statements found;
    ``verifications`` every quotation's verdict, in the order of the text (empty without sources)."""

    html: str = field(repr=False)
    report: Report
    verifications: tuple[Verification, ...]

    @property
    def failed(self) -> tuple[Verification, ...]:
        """The verdicts that are not faithful: altered, spliced or not found."""
        return tuple(v for v in self.verifications if not v.ok)


def build_page(
    text: str,
    *,
    sources: Source | str | Path | Iterable[Source | str | Path] = (),
    title: str | None = None,
    cutoff: int = 60,
    strict: bool = False,
) -> Page:
    """The report on ``text`` as a :class:`Page`: the HTML of :func:`render_html` with the findings behind
    it, for callers that act on them too (the ``report`` command's exit status).  ``strict`` reads the
    statements as :func:`~quotecheck.analyze` does with it."""
    env = _environment()
    report = analyze(text, strict=strict)
    prepared = as_sources(sources)
    cards = []
    verifications: list[Verification] = []
    for n, st in enumerate(report.statements, 1):
        # one statement at a time, so each verdict lands on the statement whose quotation it checks
        checks = verify_statements(text, [st], prepared, cutoff=cutoff) if prepared else ()
        verifications.extend(checks)
        cards.append(_card(n, st, checks))
    html = env.get_template("report.html.j2").render(
        title=title or "quotecheck report",
        version=_version(),
        article=_article_markup(text, report.statements, cards),
        cards=cards,
        summary=_summary_view(report, cards),
        sources=[s.name for s in prepared],
        levels=[(level, LEVEL_STYLE[level]) for level in LEVELS],
    )
    verifications.sort(key=lambda v: (v.quote.start, v.quote.end))
    return Page(html, report, tuple(verifications))


def render_html(
    text: str,
    *,
    sources: Source | str | Path | Iterable[Source | str | Path] = (),
    title: str | None = None,
    cutoff: int = 60,
    strict: bool = False,
) -> str:
    """The report on ``text`` as one self-contained HTML page.

    ``sources`` are checked against every quotation (anything :func:`quotecheck.verify` takes: a
    :class:`~quotecheck.sources.Source`, a source's text as ``str``, a ``Path``, or several); without them
    the page shows statements and grades only.  ``title`` heads the page; ``cutoff`` is
    :func:`quotecheck.verify`'s; ``strict`` reads the statements as :func:`quotecheck.analyze` does.
    Raises :class:`~quotecheck.errors.QuotecheckError` when Jinja2 is not
    installed.
    """
    return build_page(text, sources=sources, title=title, cutoff=cutoff, strict=strict).html
