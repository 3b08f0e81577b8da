"""The HTML report without a browser: what the page holds, nesting of overlapping spans, escaping,
self-containedness, and the ``report`` command's exit statuses.  tests/test_report_browser.py looks at
the page in Chromium."""

from __future__ import annotations

import base64
import hashlib
import html
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import quotecheck
from quotecheck.cli import main
from quotecheck.errors import QuotecheckError
from quotecheck.html import LEVEL_STYLE, Mark, build_page, nest, render_html
from quotecheck.html import report as html_report
from quotecheck.model import Cue, Span, Speaker, Statement, Strength
from quotecheck.strategies import news_text

# Every level once: a split quotation, a hedged paraphrase, an institution, described and vague anonymous
# sources, and a quotation nobody can be tied to.
ARTICLE = """\
The city council voted on Monday to close the Harbour Road bus depot by the end of next year.
“The depot was built in 1968 for 40 buses, and we now run 120,” council leader Maria Okafor said. \
“It cannot go on like this.”
Ms Okafor added that the new site would probably open in 2027.
The transport authority said in a statement that no routes would be cut.
Two officials familiar with the plans, who asked not to be named because the talks are private, said the \
land could be sold to a developer.
Sources said the union may challenge the decision.
“We were never consulted,” read a banner outside the depot.
"""
# A transcript that supports the second piece of the quotation and changes a number in the first.
SOURCE = """\
MARIA OKAFOR: The depot was built in 1968 for 40 buses, and we now run 102. It cannot go on like this.
Q: When will the new site open?
MARIA OKAFOR: We hope in 2027, if the money comes through.
"""
FAITHFUL = "MARIA OKAFOR: We are ready. The vote is on Monday.\n"
SMALL = "“We are ready,” council leader Maria Okafor said. “The vote is on Monday.”\n"
HOSTILE = (
    "“<script>alert(1)</script> is not a plan,” Mayor Lena Hartwig said. "
    "She added that </textarea><img src=x onerror=alert(2)> & \"quotes\" 'too' were fine.\n"
)
HOSTILE_SOURCE = "LENA HARTWIG: <script>alert(3)</script> is no plan at all. </style><b>bold</b>\n"


# --- reading the page back ------------------------------------------------------------------------------

_VOID = {"meta", "link", "br", "img", "input", "hr", "area", "base", "col", "embed", "source", "track", "wbr"}


class _Page(HTMLParser):
    """A page read back: its elements, whether they nest properly, and the article's text with the marks
    over each of its characters."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.errors: list[str] = []
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.article_depth: int | None = None
        self.chars: list[tuple[str, tuple[dict[str, str], ...]]] = []  # (text, open spans inside the article)
        self.texts: dict[str, list[str]] = {}  # id -> text inside that element
        self.feed(markup)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {[t for t, _ in self.stack]}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.elements.append((tag, a))
        if tag in _VOID:
            return
        self.stack.append((tag, a))
        if a.get("id") == "article":
            self.article_depth = len(self.stack)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        if self.article_depth == len(self.stack):
            self.article_depth = None
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for _, a in self.stack:
            if "id" in a:
                self.texts.setdefault(a["id"], []).append(data)
        if self.article_depth is not None:
            spans = tuple(a for _, a in self.stack[self.article_depth :])
            self.chars.append((data, spans))

    def text(self, element_id: str) -> str:
        return "".join(self.texts.get(element_id, []))

    @property
    def article(self) -> str:
        return "".join(data for data, _ in self.chars)

    def marks_at(self) -> list[tuple[dict[str, str], ...]]:
        """The open spans over each character of the article, one entry a character."""
        return [spans for data, spans in self.chars for _ in data]

    def find(self, tag: str | None = None, **attrs: str) -> list[dict[str, str]]:
        return [
            a
            for t, a in self.elements
            if (tag is None or t == tag) and all(a.get(k.rstrip("_")) == v for k, v in attrs.items())
        ]

    def with_class(self, cls: str) -> list[dict[str, str]]:
        return [a for _, a in self.elements if cls in a.get("class", "").split()]


@pytest.fixture(scope="module")
def page() -> _Page:
    return _Page(render_html(ARTICLE, sources=SOURCE, title="Depot closure"))


# --- nest: overlapping spans drawn as nested elements ----------------------------------------------------


def _m(start: int, end: int, name: str, layer: int = 0) -> Mark:
    return Mark(start, end, (name,), (("data-m", name),), (("id", f"first-{name}"),), layer)


def test_nest_draws_a_span_inside_another_inside_it() -> None:
    text = "she said it may rain"
    out = nest(text, [_m(9, 20, "st"), _m(12, 15, "hedge", 3)])
    assert str(out) == (
        'she said <span class="st" data-m="st" id="first-st">it <span class="hedge" data-m="hedge"'
        ' id="first-hedge">may</span> rain</span>'
    )


def test_nest_cuts_a_crossing_span_and_gives_the_id_to_its_first_piece_only() -> None:
    out = str(nest("abcdef", [_m(0, 4, "a"), _m(2, 6, "b")]))
    assert out == (
        '<span class="a" data-m="a" id="first-a">ab<span class="b" data-m="b" id="first-b">cd</span></span>'
        '<span class="b" data-m="b">ef</span>'
    )
    assert out.count('id="first-b"') == 1


def test_nest_orders_spans_of_one_extent_by_layer() -> None:
    out = str(nest("Okafor", [_m(0, 6, "cue", 2), _m(0, 6, "speaker", 1)]))
    assert out.index('class="speaker"') < out.index('class="cue"')


def test_nest_places_inserts_after_what_ends_and_before_what_starts_there() -> None:
    badge = html_report.Markup("<button></button>")
    out = str(nest("ab cd", [_m(0, 2, "x"), _m(2, 5, "y")], inserts=[(2, badge), (5, badge)]))
    assert out == (
        '<span class="x" data-m="x" id="first-x">ab</span><button></button>'
        '<span class="y" data-m="y" id="first-y"> cd</span><button></button>'
    )


def test_nest_escapes_the_text_and_attribute_values() -> None:
    mark = Mark(0, 3, ("m",), (("title", '"><script>'),))
    out = str(nest("<a>&", [mark]))
    assert out == '<span class="m" title="&#34;&gt;&lt;script&gt;">&lt;a&gt;</span>&amp;'


def test_nest_skips_empty_marks_and_refuses_marks_outside_the_text() -> None:
    assert str(nest("abc", [Mark(1, 1, ("m",))])) == "abc"
    with pytest.raises(ValueError, match="outside a text of 3 characters"):
        nest("abc", [Mark(1, 4, ("m",))])
    with pytest.raises(ValueError, match="outside"):
        nest("abc", [], inserts=[(4, html_report.Markup("<i></i>"))])


@st.composite
def _text_and_marks(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    text = draw(st.text(alphabet=st.sampled_from("ab <>&\"'“”\n"), max_size=30))
    n = len(text)
    bounds = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted)
    marks = [
        Mark(a, b, ("m",), (("data-m", str(i)),), (("data-first", str(i)),), draw(st.integers(0, 3)))
        for i, (a, b) in enumerate(draw(st.lists(bounds, max_size=8)))
    ]
    return text, marks


@given(_text_and_marks())
def test_nest_round_trips_and_covers_each_character_with_exactly_its_marks(
    case: tuple[str, list[Mark]],
) -> None:
    text, marks = case
    out = str(nest(text, marks))
    read = _Page(f'<div id="article">{out}</div>')
    assert not read.errors
    assert read.article == text
    for i, spans in enumerate(read.marks_at()):
        assert sorted(int(s["data-m"]) for s in spans) == [
            k for k, m in enumerate(marks) if m.start <= i < m.end
        ]
    for k, m in enumerate(marks):
        assert out.count(f'data-first="{k}"') == (1 if m.start < m.end else 0)


# --- the page: summary, legend, highlights ---------------------------------------------------------------


def test_the_page_nests_properly(page: _Page) -> None:
    assert not page.errors


def test_summary_counts_the_statements_and_the_share_on_anonymous_sources(page: _Page) -> None:
    report = quotecheck.analyze(ARTICLE)
    assert page.text("count-statements") == str(len(report.statements)) == "6"
    assert page.text("anonymous-share") == f"{report.summary.anonymous_share:.0%}" == "50%"
    named = page.text("summary")
    assert "Maria Okafor" in named
    assert "1 quoted · 1 paraphrased" in named


def test_legend_names_every_level_with_its_count(page: _Page) -> None:
    items = page.with_class("legend-item")
    assert [a["data-level"] for a in items] == list(quotecheck.LEVELS)
    for level in quotecheck.LEVELS:
        assert page.text("summary").count(LEVEL_STYLE[level].label) >= 1
        counts = [a for a in page.find("span", class_="legend-count") if a.get("data-count") == level]
        assert len(counts) == 1
    assert page.text("summary").count("1") >= 6


def test_every_statement_is_highlighted_with_its_levels_class_and_a_badge(page: _Page) -> None:
    report = quotecheck.analyze(ARTICLE)
    for n, s in enumerate(report.statements, 1):
        level = s.strength.level if s.strength else "unattributed"
        pieces = [a for a in page.with_class("st") if a.get("data-for") == f"s{n}"]
        assert pieces
        assert all(f"lv-{level}" in a["class"].split() for a in pieces)
        assert len([a for a in pieces if a.get("id") == f"st-s{n}"]) == 1
        (badge,) = page.find("button", id=f"tag-s{n}")
        assert badge["data-tag"].startswith(LEVEL_STYLE[level].code)
        assert badge["aria-controls"] == f"card-s{n}"
    assert {f"lv-{level}" for level in quotecheck.LEVELS} <= {
        c for a in page.with_class("st") for c in a["class"].split()
    }


def test_the_split_quotations_speaker_and_cue_sit_between_its_pieces_unhighlighted(page: _Page) -> None:
    spans_at = page.marks_at()
    at = ARTICLE.index("council leader Maria Okafor")
    over = spans_at[at]
    assert [s["class"] for s in over] == ["sp"]
    assert over[0]["data-for"] == "s1"
    cue = ARTICLE.index("said.", at)
    assert [s["class"] for s in spans_at[cue]] == ["cue"]


def test_hedges_sit_inside_their_statement_and_anonymous_sources_are_flagged(page: _Page) -> None:
    spans_at = page.marks_at()
    over = spans_at[ARTICLE.index("probably")]
    assert [s["class"] for s in over] == ["st lv-named_indirect", "hedge"]
    assert all(s["data-for"] == "s2" for s in over)
    anon = [a for a in page.with_class("sp-anon") if "data-for" in a]  # the legend's sample has none
    assert [a["data-for"] for a in anon] == ["s4", "s5"]
    body = page.text("body-s4")
    assert "asked not to be named" in body
    assert "Access: familiar with" in body
    assert "No reason given for anonymity" in page.text("body-s5")


def test_a_speaker_shared_by_two_statements_is_one_element_tied_to_both() -> None:
    text = "Ms Okafor said the roof was failing, adding that repairs were costly.\n"
    read = _Page(render_html(text))
    speakers = [a for a in read.with_class("sp") if "data-for" in a]
    assert [a["data-for"] for a in speakers] == ["s1 s2"]


def _statement(text: str, content: str, who: str, cue: str, hedge: str | None = None) -> Statement:
    s = text.index(content)
    e = s + len(content)
    m = text.index(who)
    c = text.index(cue)
    hedges = (Span(text.index(hedge), text.index(hedge) + len(hedge), hedge),) if hedge else ()
    quoted = content.startswith("“")
    level = "named_direct" if quoted else "named_indirect"
    return Statement(
        "direct" if quoted else "indirect",
        s,
        e,
        content,
        (Span(s, e, content),),
        (Span(s, e, content),) if quoted else (),
        Speaker(who, "person", Span(m, m + len(who), who)),
        Cue(c, c + len(cue), cue, "say"),
        strength=Strength(level, 5 - quotecheck.LEVELS.index(level), ("made up",), hedges=hedges),
    )


def test_statements_inside_statements_and_speakers_inside_content_nest() -> None:
    # not what the extractor finds today, but what the renderer must survive: a statement whose content
    # holds another statement, its speaker and its cue, with a hedge crossing nothing
    text = "Ms Okafor said that Tom Reyes told her “the site may close in June” last week."
    outer = _statement(
        text, "that Tom Reyes told her “the site may close in June” last week", "Ms Okafor", "said"
    )
    inner = _statement(text, "“the site may close in June”", "Tom Reyes", "told", hedge="may")
    cards = [html_report._card(1, outer, ()), html_report._card(2, inner, ())]
    markup = str(html_report._article_markup(text, [outer, inner], cards))
    read = _Page(f'<div id="article">{markup}</div>')
    assert not read.errors
    assert read.article == text
    spans_at = read.marks_at()
    assert [s["class"] for s in spans_at[text.index("Reyes")]] == ["st lv-named_indirect", "sp"]
    assert [(s["class"], s["data-for"]) for s in spans_at[text.index("may")]] == [
        ("st lv-named_indirect", "s1"),
        ("st lv-named_direct", "s2"),
        ("hedge", "s2"),
    ]
    assert markup.count('id="tag-s2"') == 1
    assert markup.index('id="tag-s2"') < markup.index('id="tag-s1"')


# pieces of news copy and of hostile input, joined at random
_TOKENS = st.sampled_from(
    "“|”|\"|'|‘|’| said| Ms Okafor| sources| may|. |\n|\n\n|<script>|</script>|&amp;|&|<|>|</textarea>|\r\n|"
    "é|\u200b|𝒳| that".split("|")
)


@given(
    st.one_of(st.lists(_TOKENS, max_size=25).map("".join), st.text(max_size=60), news_text(max_paragraphs=3))
)
def test_the_visible_article_text_is_the_input_text(text: str) -> None:
    markup = render_html(text)
    read = _Page(markup)
    assert not read.errors
    assert read.article == text
    # the same check without the parser: drop the tags, unescape the entities
    inner = markup.split('<div id="article" class="article">', 1)[1].split("</div>\n  </section>", 1)[0]
    assert html.unescape(re.sub(r"<[^>]*>", "", inner)) == text


def test_rendering_is_deterministic() -> None:
    assert render_html(ARTICLE, sources=SOURCE) == render_html(ARTICLE, sources=SOURCE)


# --- verdicts ---------------------------------------------------------------------------------------------


def test_each_quotation_gets_its_verdict_and_word_diff_in_a_card_hidden_until_opened(page: _Page) -> None:
    body = page.find("div", id="body-s1")
    assert body
    assert "hidden" in body[0]
    assert page.find("button", id="toggle-s1")[0]["aria-expanded"] == "false"
    checks = page.with_class("check")
    # a split quotation gets one verdict or one a piece, as verify gives them; the others get none
    assert {a["id"].rsplit("-", 1)[0] for a in checks} == {"check-s1", "check-s6"}
    first = page.text("check-s1-1")
    assert "altered" in first
    assert "substantive change" in first
    assert page.find("ins")
    assert page.find("del")
    assert "not found" in page.text("check-s6-1")


def test_the_diff_marks_the_changed_number() -> None:
    markup = render_html(ARTICLE, sources=SOURCE)
    assert "<del>102</del><ins>120</ins>" in markup


def test_failed_verifications_are_listed_in_the_summary(page: _Page) -> None:
    assert page.text("count-failed") == "2"
    failed = page.text("failed-list")
    assert "altered" in failed
    assert "not found" in failed
    links = [a for a in page.find("a") if a.get("data-open")]
    assert [a["href"] for a in links] == ["#card-s1", "#card-s6"]


def test_build_page_gives_the_verdicts_behind_the_page() -> None:
    result = build_page(ARTICLE, sources=SOURCE)
    assert [v.verdict for v in result.verifications if not v.ok] == ["altered", "not_found"]
    assert [v.quote.start for v in result.verifications] == sorted(
        v.quote.start for v in result.verifications
    )
    assert [v.verdict for v in result.failed] == ["altered", "not_found"]
    assert len(result.report.statements) == 6


def test_without_sources_there_are_no_verdicts_and_the_page_says_so() -> None:
    read = _Page(render_html(ARTICLE))
    assert not read.with_class("check")
    assert not read.find(id="count-failed")
    assert "No sources given" in "".join(read.texts.get("summary", [])) + render_html(ARTICLE)


def test_sources_without_quotations_to_check_say_so() -> None:
    markup = render_html("Ms Okafor said the depot would close.\n", sources=SOURCE)
    assert "The article holds no quotation to check." in markup
    assert "Every quotation matched" not in markup


def test_an_article_without_statements_still_makes_a_page() -> None:
    read = _Page(render_html("The depot closed. Buses now leave from Pier Street.\n"))
    assert not read.errors
    assert read.text("count-statements") == "0"


# --- escaping and self-containedness ---------------------------------------------------------------------


def test_script_in_the_article_the_source_and_the_title_is_escaped() -> None:
    markup = render_html(HOSTILE, sources=HOSTILE_SOURCE, title="<script>alert(4)</script>")
    read = _Page(markup)
    assert not read.errors
    assert read.article == HOSTILE
    assert len(read.find("script")) == 1  # the page's own
    assert not read.find("img")
    assert not read.find("textarea")
    assert len(read.find("style")) == 1
    assert "<b>bold</b>" not in markup
    assert "</style><b>" not in markup
    assert [a for _, a in read.elements if any(k.startswith("on") for k in a)] == []
    for n in (1, 2, 3, 4):
        assert f"<script>alert({n})" not in markup
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "script&gt;alert(3)&lt;/script&gt; is no plan" in markup  # the source passage
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in markup
    assert (
        "&lt;/textarea&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &#34;quotes&#34; &#39;too&#39;" in markup
    )


def test_the_page_loads_nothing(page: _Page) -> None:
    markup = render_html(ARTICLE, sources=SOURCE)
    assert not re.search(r"https?://", markup)
    assert not re.search(r"\b(src|href|action|srcset|poster|data)\s*=\s*[\"']?(?!#)[^\"'\s>]*[:/]", markup)
    assert not page.find("link")
    assert not page.find("iframe")
    assert not page.find("img")
    assert "@import" not in markup
    assert "url(" not in markup
    assert all(a["href"].startswith("#") for a in page.find("a"))


def test_the_content_security_policy_allows_exactly_the_inlined_style_and_script() -> None:
    markup = render_html(ARTICLE)
    (policy,) = re.findall(r'http-equiv="Content-Security-Policy" content="([^"]+)"', markup)
    assert "default-src 'none'" in policy
    (css,) = re.findall(r"<style>(.*?)</style>", markup, re.DOTALL)
    (js,) = re.findall(r"<script>(.*?)</script>", markup, re.DOTALL)
    for block, directive in ((css, "style-src"), (js, "script-src")):
        digest = base64.b64encode(hashlib.sha256(html.unescape(block).encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in policy
    assert " style=" not in markup  # an inline style attribute would be blocked by the policy


def test_the_print_stylesheet_expands_every_card_and_hides_the_controls() -> None:
    markup = render_html(ARTICLE)
    printed = markup.split("@media print", 1)[1]
    assert re.search(r"\.card-body\[hidden\] \{ display: block !important; \}", printed)
    assert ".toolbar" in printed


def _css_colours() -> dict[str, str]:
    css = (Path(html_report.__file__).parent / "templates" / "report.css").read_text(encoding="utf-8")
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", css))


def _luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of ``#rrggbb``, for telling colours apart."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    fx, fy, fz = (t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z))
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


LEVEL_VARS = ("nd", "ni", "in", "ad", "an", "ua")


def test_level_colours_are_legible_as_docs_report_md_says() -> None:
    colours = _css_colours()
    assert len(LEVEL_VARS) == len(quotecheck.LEVELS)
    for var in LEVEL_VARS:
        assert _contrast(colours["ink"], colours[f"{var}-bg"]) > 12, var  # text on its highlight
        assert _contrast("#ffffff", colours[var]) > 4.5, var  # white badge letters (WCAG AA)


def test_level_colours_are_far_apart() -> None:
    colours = _css_colours()
    for name in ("{}", "{}-bg"):
        labs = [_lab(colours[name.format(var)]) for var in LEVEL_VARS]
        closest = min(
            sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) ** 0.5
            for i, a in enumerate(labs)
            for b in labs[i + 1 :]
        )
        assert closest > 14, name  # docs/report.md promises 14; about 2.3 is the smallest visible step


def test_the_templates_are_package_data() -> None:
    # without this an installed (non-editable) quotecheck would render nothing
    import fnmatch
    import tomllib

    root = Path(__file__).resolve().parent.parent
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["quotecheck.html"]
    folder = Path(html_report.__file__).parent
    files = [p.relative_to(folder).as_posix() for p in (folder / "templates").iterdir()]
    assert {"templates/report.html.j2", "templates/report.css", "templates/report.js"} <= set(files)
    assert all(any(fnmatch.fnmatch(f, pattern) for pattern in patterns) for f in files)


def test_without_jinja2_the_report_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html_report, "_ENV", None)
    monkeypatch.setitem(sys.modules, "jinja2", None)
    with pytest.raises(QuotecheckError, match=r"pip install 'quotecheck-news\[report\]'"):
        render_html(SMALL)


# --- the command -----------------------------------------------------------------------------------------


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    out = {}
    for name, text in [
        ("article.txt", ARTICLE),
        ("source.txt", SOURCE),
        ("small.txt", SMALL),
        ("faithful.txt", FAITHFUL),
    ]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        out[name] = tmp_path / name
    return out


def test_report_writes_the_page_and_says_what_it_holds(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.html"
    assert main(["report", str(files["article.txt"]), "-o", str(target)]) == 0
    out, err = capsys.readouterr()
    assert out == f"{target}: 6 statements\n"
    assert err == ""
    read = _Page(target.read_text(encoding="utf-8"))
    assert read.text("count-statements") == "6"
    assert "article.txt" in "".join(read.texts.get("summary", [])) + target.read_text(encoding="utf-8")


def test_report_exits_1_after_writing_the_page_when_a_quotation_fails(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.html"
    args = ["report", str(files["article.txt"]), "--source", str(files["source.txt"]), "-o", str(target)]
    assert main(args) == 1
    assert re.fullmatch(
        rf"{re.escape(str(target))}: 6 statements, [23] quotations checked, 2 failed\n",
        capsys.readouterr().out,
    )
    assert "check-s1-1" in target.read_text(encoding="utf-8")


def test_report_exits_0_when_every_quotation_holds(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "small.html"
    args = ["report", str(files["small.txt"]), "--source", str(files["faithful.txt"]), "-o", str(target)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert re.fullmatch(rf"{re.escape(str(target))}: 1 statement, [12] quotations? checked, 0 failed\n", out)


def test_report_reads_standard_input_and_writes_standard_output(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", open(files["small.txt"], encoding="utf-8"))  # noqa: SIM115
    assert main(["report", "-", "--title", "From <stdin>", "-o", "-"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith("<!DOCTYPE html>")
    assert "<title>From &lt;stdin&gt; · quotecheck</title>" in out


def test_report_takes_a_source_from_standard_input_or_a_directory(
    files: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "stdin", open(files["faithful.txt"], encoding="utf-8"))  # noqa: SIM115
    assert main(["report", str(files["small.txt"]), "--source", "-", "-o", "-"]) == 0
    assert "standard input" in capsys.readouterr().out
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "b.txt").write_text(FAITHFUL, encoding="utf-8")
    (folder / ".notes.txt").write_text("not a source", encoding="utf-8")
    assert main(["report", str(files["small.txt"]), "--source", str(folder), "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert "b.txt" in out
    assert ".notes" not in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "{tmp}/missing.txt", "-o", "{tmp}/x.html"], "{tmp}/missing.txt: no such file"),
        (
            ["report", "{tmp}/article.txt", "--source", "{tmp}/gone.txt", "-o", "{tmp}/x.html"],
            "source {tmp}/gone.txt: no such file",
        ),
        (
            ["report", "{tmp}/article.txt", "-o", "{tmp}/no/such/dir/x.html"],
            "{tmp}/no/such/dir/x.html: cannot write",
        ),
        (["report", "{tmp}/article.txt"], "the following arguments are required: -o/--output"),
        (["report", "-", "--source", "-", "-o", "-"], "standard input can feed the article or one --source"),
        (
            ["report", "{tmp}/article.txt", "--source", "{tmp}/empty", "-o", "-"],
            "the directory holds no files",
        ),
        (["report", "{tmp}/article.txt", "-o", "{tmp}/article.txt"], "is one of the inputs"),
        (
            ["report", "{tmp}/article.txt", "--source", "{tmp}/source.txt", "-o", "{tmp}/source.txt"],
            "is one of the inputs",
        ),
    ],
)
def test_report_input_errors_exit_2_with_one_line(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    (tmp_path / "empty").mkdir()
    argv = [a.format(tmp=tmp_path) for a in args]
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("quotecheck: error: ")
    assert err.count("\n") == 1
    assert message.format(tmp=tmp_path) in err
    assert not (tmp_path / "x.html").exists()


def test_report_help_ends_with_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--help"]) == 0
    help_text = capsys.readouterr().out
    examples = help_text.split("examples:", 1)[1].strip().splitlines()
    assert len(examples) == 3
    assert all(line.strip().startswith("quotecheck report") for line in examples)


def test_without_the_report_extra_the_command_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # without the extra, markupsafe (which comes with Jinja2) is missing too: the module failed on
    # importing it, with a traceback, before the message about Jinja2 could be given
    for name in [m for m in sys.modules if m == "quotecheck.html" or m.startswith("quotecheck.html.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "jinja2", None)
    monkeypatch.setitem(sys.modules, "markupsafe", None)
    code = main(["report", str(files["small.txt"]), "-o", str(files["small.txt"].with_suffix(".html"))])
    assert code == 2
    assert capsys.readouterr().err == (
        "quotecheck: error: the HTML report needs Jinja2: pip install 'quotecheck-news[report]'\n"
    )
