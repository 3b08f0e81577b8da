"""Quote verification: every verdict, each warning, several sources, and properties over generated sources."""

from __future__ import annotations

import json
from itertools import product
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from quotecheck.model import Span, Speaker, Statement
from quotecheck.sources import Source, load_source
from quotecheck.verify import (
    VERDICTS,
    Verification,
    diff_text,
    format_table,
    verify,
    verify_article,
    verify_statements,
)

ROOT = Path(__file__).resolve().parent.parent

SPEECH = (
    "Thank you all for coming. The meeting between Hamas and the Americans was pivotal and marked a turning "
    "point. We did not expect it. If the occupation keeps its word, the outcome should compel Israel to "
    "accept the terms of a ceasefire. Our delegation will stay in Doha for two more weeks, and we will "
    "meet the mediators again on Thursday. Nobody should think the war is over. The crossings must open "
    "and aid must reach our people in Gaza without delay."
)


def check_evidence(v: Verification, doc: str, sources: dict[str, str]) -> None:
    """Offsets lead back to evidence: every span a verdict reports is a true slice of its text."""
    assert doc[v.quote.start : v.quote.end] == v.quote.text
    for p in (v.passage, *v.pieces):
        if p is not None:
            assert sources[p.path][p.start : p.end] == p.text
    for c in v.changes:
        assert doc[c.quote.start : c.quote.end] == c.quote.text
        if c.source is not None:
            assert v.passage is not None
            assert sources[v.passage.path][c.source.start : c.source.end] == c.source.text
    assert 0 <= v.score <= 100
    assert v.verdict in VERDICTS
    assert v.reasons


def run(quote: str, source: str = SPEECH, **kw: object) -> Verification:
    v = verify(quote, Source.from_text(source, name="speech"), **kw)  # type: ignore[arg-type]
    check_evidence(v, quote, {"speech": source})
    return v


# --- one example per verdict ------------------------------------------------------------------------------


def test_verbatim_ignores_mark_style_apostrophes_and_white_space() -> None:
    v = run("“The meeting between Hamas and the Americans was pivotal and marked a turning point,”")
    assert (v.verdict, v.score, v.substantive) == ("verbatim", 100, False)
    assert v.passage is not None
    assert v.passage.text.startswith("The meeting between")
    assert v.passage.path == "speech"
    assert v.changes == ()
    src = "He said: “it’s a — final  deal”."
    assert run('"it\'s a - final deal"', src).verdict == "verbatim"


def test_normalized_when_only_case_or_punctuation_differ() -> None:
    v = run("the meeting between Hamas and the Americans was pivotal, and marked a turning point")
    assert v.verdict == "normalized"
    assert [c.op for c in v.changes] == ["case"]
    assert v.changes[0].quote.text == "the"
    assert v.changes[0].source is not None
    assert v.changes[0].source.text == "The"
    assert "case and punctuation" in v.reasons[0]
    assert 90 <= v.score < 100


def test_excerpt_with_an_ellipsis_in_any_spelling() -> None:
    for mark in ("…", "...", ". . .", "[…]", "(...)"):
        v = run(f"The meeting between Hamas {mark} marked a turning point")
        assert v.verdict == "excerpt", mark
        assert [c.op for c in v.changes] == ["elide"]
        assert v.changes[0].source is not None
        assert v.changes[0].source.text == "and the Americans was pivotal and"
        assert len(v.pieces) == 2


def test_excerpt_with_a_bracketed_interpolation_and_sic_is_not_a_change() -> None:
    v = run("[Hamas and the US] was pivotal and marked a turning point")
    assert v.verdict == "excerpt"
    assert run("The meeting was [sic] pivotal", "The meeting was pivotal.").verdict == "verbatim"
    v = run("the outcome should compel [Israel] to accept the terms")
    assert v.verdict == "excerpt"
    assert [c.op for c in v.changes] == ["interpolate"]


def test_altered_function_word_is_not_substantive() -> None:
    v = run("the outcome should compel Israel to accept a terms of a ceasefire")
    assert (v.verdict, v.substantive) == ("altered", False)
    (change,) = v.changes
    assert (change.op, change.quote.text, change.source and change.source.text) == ("replace", "a", "the")
    assert "'a' where the source has 'the'" in " ".join(v.reasons)
    assert diff_text(v) == "the outcome should compel Israel to accept [-the-]{+a+} terms of a ceasefire"


@pytest.mark.parametrize(
    ("quote", "what"),
    [
        ("the outcome must compel Israel to accept the terms of a ceasefire", "a modal"),
        ("the outcome should not compel Israel to accept the terms of a ceasefire", "a negation"),
        ("the outcome should compel Egypt to accept the terms of a ceasefire", "a name"),
        ("Our delegation will stay in Doha for three more weeks", "a number"),
        ("We did expect it", "a negation"),
        ("We didn't expect it", None),
    ],
)
def test_altered_substantive_when_a_number_negation_name_or_modal_changes(
    quote: str, what: str | None
) -> None:
    v = run(quote)
    assert v.verdict == "altered"
    assert v.substantive is (what is not None)
    if what:
        assert f"{what} changed" in v.reasons[-1]


def test_the_month_may_is_a_name_not_a_modal() -> None:
    v = run("the talks resume in June", "We said the talks resume in May.")
    assert (v.verdict, v.substantive) == ("altered", True)
    assert "a name changed ('June' where the source has 'May')" in v.reasons[-1]
    assert "a modal changed" in run("they may resume", "They will resume.").reasons[-1]


def test_silent_deletion_is_altered_not_spliced() -> None:
    v = run("Our delegation will stay in Doha and we will meet the mediators again on Thursday")
    assert v.verdict == "altered"
    assert [c.op for c in v.changes] == ["delete"]
    assert "left out without an ellipsis" in " ".join(v.reasons)


def test_spliced_far_apart_or_out_of_order() -> None:
    v = run("The meeting between Hamas and the Americans was pivotal and aid must reach our people in Gaza")
    assert v.verdict == "spliced"
    assert len(v.pieces) == 2
    assert "words after" in v.reasons[0]
    v = run("aid must reach our people in Gaza without delay. Thank you all for coming")
    assert v.verdict == "spliced"
    assert "before" in v.reasons[0]
    # an ellipsis does not excuse words taken out of order
    assert run("aid must reach our people in Gaza … Thank you all for coming").verdict == "spliced"


def test_not_found_keeps_no_source_apart_from_checked_and_absent() -> None:
    v = run("Talks in Cairo collapsed after the third round of negotiations")
    assert (v.verdict, v.checked, v.passage) == ("not_found", True, None)
    assert "No passage of speech supports the quote" in v.reasons[0]
    v = verify("anything at all", [])
    assert (v.verdict, v.checked, v.score) == ("not_found", False, 0)
    assert v.reasons == ("No source was given to check against.",)
    assert not v.ok
    assert verify("“ — ”", SPEECH).verdict == "not_found"


def test_cutoff_is_keyword_only_and_bounds_not_found() -> None:
    q = "the outcome will push Israel to sign the terms of a deal"
    assert run(q).verdict == "altered"
    assert run(q, cutoff=95).verdict == "not_found"


# --- warnings --------------------------------------------------------------------------------------------


def test_context_warning_when_a_truncation_drops_a_condition_or_negation() -> None:
    v = run("the outcome should compel Israel to accept the terms of a ceasefire")
    assert v.verdict == "verbatim"
    assert [w.kind for w in v.warnings] == ["context"]
    assert "'if'" in v.warnings[0].message
    v = run("the war is over")
    assert v.verdict == "verbatim"
    assert "'nobody'" in v.warnings[0].message
    v = run("We did … expect it")
    assert v.verdict == "excerpt"
    assert "'not'" in v.warnings[-1].message
    src = "We will sign the deal, but only if the guns fall silent."
    v = run("We will sign the deal", src)
    assert any("'but'" in w.message and "'only'" in w.message for w in v.warnings)
    assert (
        run("The meeting between Hamas and the Americans was pivotal and marked a turning point").warnings
        == ()
    )


TRANSCRIPT = (
    "MODERATOR: Would you say the talks have stalled?\n"
    "KILANI: The talks have not stalled. We are patient.\n"
    "Q: And the captives?\n"
    "A: They will be released soon.\n"
)


def test_speaker_warning_when_the_passage_is_someone_elses() -> None:
    src = Source.from_text(TRANSCRIPT, name="t")
    v = verify("the talks have stalled", src, speaker="Walid Kilani")
    assert v.verdict == "verbatim"
    assert v.passage is not None
    assert v.passage.speaker == "MODERATOR"
    assert [w.kind for w in v.warnings] == ["speaker"]
    assert "MODERATOR" in v.warnings[0].message
    assert verify("The talks have not stalled", src, speaker="Mr Kilani").warnings == ()
    q = verify("And the captives?", src, speaker=Speaker("Walid Kilani", "person"))
    assert "interviewer" in q.warnings[0].message
    # the answerer is not named, organizations speak through people: no warning either way
    assert verify("They will be released soon", src, speaker="Walid Kilani").warnings == ()
    assert verify("We are patient", src, speaker=Speaker("Hamas", "organization")).warnings == ()


# --- sources ---------------------------------------------------------------------------------------------


def test_the_best_of_several_sources_wins_and_is_named() -> None:
    a = Source.from_text("The talks went well, he said.", name="a.txt")
    b = Source.from_text("Later: the meeting was pivotal and marked a turning point.", name="b.txt")
    v = verify("the meeting was pivotal and marked a turning point", [a, b])
    assert v.verdict == "verbatim"
    assert v.passage is not None
    assert v.passage.path == "b.txt"
    assert (
        verify("the meeting was pivotal", ["nothing here", "the meeting was pivotal"]).verdict == "verbatim"
    )


SRT = """1
00:01:00,000 --> 00:01:02,500
The meeting between Hamas and the Americans

2
00:01:02,600 --> 00:01:05,000
was pivotal and marked a turning point.
"""


def test_subtitle_passages_carry_their_time_and_cross_cues(tmp_path: Path) -> None:
    path = tmp_path / "talk.srt"
    path.write_text(SRT, encoding="utf-8")
    v = verify("the Americans was pivotal", load_source(path))
    assert v.verdict == "normalized" or v.verdict == "verbatim"
    assert v.passage is not None
    assert v.passage.time == (60.0, 65.0)
    assert SRT[v.passage.start : v.passage.end] == v.passage.text
    table = format_table([v])
    assert "00:01:00.000–00:01:05.000]: the Americans was pivotal\n" in table
    assert "-->" not in table  # the spoken words, not the cue's number and timing between them


def test_sources_prepared_once_are_reused_unchanged() -> None:
    src = Source.from_text(SPEECH)
    before = (src.index.ids.tobytes(), src.index.pair_keys.tobytes())
    for q in ("the war is over", "aid must reach", "nothing of the sort"):
        verify(q, src)
    assert (src.index.ids.tobytes(), src.index.pair_keys.tobytes()) == before


def test_long_source_with_repetition_finds_the_right_copy() -> None:
    filler = " ".join(f"word{n} and more{n % 7}." for n in range(3000))
    text = filler + " The meeting was pivotal. " + filler + " The meeting was not pivotal at all. " + filler
    v = verify("The meeting was not pivotal at all", text)
    assert v.verdict == "verbatim"
    assert v.passage is not None
    assert v.passage.start == text.index("The meeting was not pivotal")


# --- output ----------------------------------------------------------------------------------------------


def test_to_json_and_table_carry_the_evidence() -> None:
    v = run("the outcome must compel Israel to accept the terms of a ceasefire", speaker="Walid Kilani")
    data = json.loads(json.dumps(v.to_json()))
    assert data["verdict"] == "altered"
    assert data["substantive"] is True
    assert data["source"]["path"] == "speech"
    assert data["changes"][0]["quote"]["text"] == "must"
    assert data["changes"][0]["source"]["text"] == "should"
    assert data["speaker"]["name"] == "Walid Kilani"
    table = format_table([v])
    assert "ALTERED (score" in table
    assert "[-should-]{+must+}" in table
    assert "substantive" in table


# --- articles --------------------------------------------------------------------------------------------


def test_verify_statements_checks_each_quote_with_its_speaker() -> None:
    article = "“The talks have stalled,” Walid Kilani said."
    q = Span(0, 25, article[:25])
    st_ = Statement("direct", 0, 25, q.text, (q,), (q,), Speaker("Walid Kilani", "person"))
    (v,) = verify_statements(article, [st_], Source.from_text(TRANSCRIPT))
    assert v.verdict == "normalized"
    assert v.quote == q
    assert [w.kind for w in v.warnings] == ["speaker"]
    assert v.speaker is not None
    assert v.speaker.name == "Walid Kilani"


DEPOT = "We will build the depot and it will not open before May. The council pays for it."


def split_statement(article: str, *quotes: str) -> Statement:
    """A direct statement whose content pieces are the given quotations, marks left out."""
    spans = [Span(article.index(q), article.index(q) + len(q), q) for q in quotes]
    segments = tuple(Span(q.start + 1, q.end - 1, q.text[1:-1]) for q in spans)
    first, last = spans[0], spans[-1]
    return Statement(
        "direct",
        first.start,
        last.end,
        article[first.start : last.end],
        segments,
        tuple(spans),
        Speaker("Walid Kilani", "person"),
    )


def test_a_split_quotation_is_verified_once_as_one_quotation() -> None:
    article = "“We will build the depot,” Kilani said, “and it will not open before May.” He left."
    st_ = split_statement(article, "“We will build the depot,”", "“and it will not open before May.”")
    (v,) = verify_statements(article, [st_], DEPOT)
    assert v.verdict == "normalized"  # the comma after "depot" is the article's
    assert not v.warnings  # no "stops before 'and it will not open'": those words are the second piece
    assert v.quote.start == 0
    assert v.quote.end == article.index(" He left")
    assert article[v.quote.start : v.quote.end] == v.quote.text
    assert v.quote_pieces == st_.quotes
    assert [c.op for c in v.changes] == []
    check_evidence(v, article, {"<source 1>": DEPOT})
    # alone, the first piece warned of the negation its sentence goes on to
    (alone,) = verify_statements(article, [split_statement(article, "“We will build the depot,”")], DEPOT)
    assert [w.kind for w in alone.warnings] == ["context"]
    assert "'not'" in alone.warnings[0].message


def test_a_change_in_a_split_quotation_points_into_its_piece() -> None:
    article = "“We will build the depot,” Kilani said, “and it will open before May.”"
    st_ = split_statement(article, "“We will build the depot,”", "“and it will open before May.”")
    (v,) = verify_statements(article, [st_], DEPOT)
    assert (v.verdict, v.substantive) == ("altered", True)
    (change,) = [c for c in v.changes if c.op != "case"]
    assert change.op == "delete"
    assert change.source is not None
    assert change.source.text == "not"
    assert v.quote_pieces[1].start <= change.quote.start <= v.quote_pieces[1].end
    assert "Kilani said" in diff_text(v)
    assert v.to_dict()["quote_pieces"] == [q.to_json() for q in st_.quotes]


def test_quotations_that_end_a_sentence_or_share_a_segment_stay_apart() -> None:
    # "…," Kilani said. "…": the second piece is a sentence of its own, and may come from anywhere
    article = "“We will build the depot,” Kilani said. “The council pays for it.”"
    st_ = split_statement(article, "“We will build the depot,”", "“The council pays for it.”")
    got = verify_statements(article, [st_], DEPOT)
    assert [v.verdict for v in got] == ["verbatim", "verbatim"]
    assert [v.quote_pieces for v in got] == [(q,) for q in st_.quotes]
    # two partial quotes inside one paraphrase are two quotations
    article = "Kilani called the depot “a promise” and said “the council pays for it”."
    a, b = (
        Span(article.index(q), article.index(q) + len(q), q)
        for q in ("“a promise”", "“the council pays for it”")
    )
    content = Span(a.start - 10, b.end, article[a.start - 10 : b.end])
    st_ = Statement(
        "mixed", content.start, content.end, content.text, (content,), (a, b), Speaker("Kilani", "person")
    )
    assert len(verify_statements(article, [st_], DEPOT)) == 2


def test_verify_article_joins_the_pieces_the_extractor_finds() -> None:
    article = "“We will build the depot,” Walid Kilani said on Monday, “and it will not open before May.”"
    got = verify_article(article, DEPOT)
    assert [(v.verdict, len(v.quote_pieces), len(v.warnings)) for v in got] == [("normalized", 2, 0)]


def test_seed_article_against_the_golden_transcript() -> None:
    golden = json.loads((ROOT / "tests/golden/seed_verify.json").read_text(encoding="utf-8"))
    article = (ROOT / golden["article"]).read_text(encoding="utf-8")
    source = load_source(ROOT / golden["source"])
    got = {v.quote.text: v for v in verify_article(article, source)}
    for want in golden["expected"]:
        v = got[want["quote"]]
        assert v.verdict == want["verdict"], want["quote"]
        assert v.substantive is want["substantive"], want["quote"]
        assert [w.kind for w in v.warnings] == want["warnings"], want["quote"]
        check_evidence(v, article, {str(ROOT / golden["source"]): source.text})


# --- properties over generated sources -------------------------------------------------------------------

# Made-up words: no negation, modal, number or name can arise by chance.
VOCAB = [
    "".join(p)
    for p in product(["ba", "de", "fi", "gu", "ka", "lo", "mi", "pu", "re", "sa", "ti", "vo"], repeat=2)
]
OTHER = ["".join(p) for p in product(["zo", "xu", "qe", "jy"], repeat=3)]
AUX = ["is", "was", "has", "will", "can", "should"]

words_st = st.lists(st.sampled_from(VOCAB), min_size=40, max_size=120)
# distinct words: the place a piece comes from is then beyond doubt
distinct_st = st.lists(st.sampled_from(VOCAB), min_size=40, max_size=120, unique=True)
punct_st = st.lists(st.sampled_from([" ", " ", " ", ", ", ". ", " — ", "\n"]), min_size=120, max_size=120)


def layout(words: list[str], seps: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Source text and the span of every word."""
    parts, spans, pos = [], [], 0
    for n, w in enumerate(words):
        if n:
            parts.append(seps[n])
            pos += len(seps[n])
        spans.append((pos, pos + len(w)))
        parts.append(w)
        pos += len(w)
    return "".join(parts), spans


@settings(max_examples=60, deadline=None)
@given(words_st, punct_st, st.data())
def test_any_span_quoted_exactly_is_verbatim_at_that_span(
    words: list[str], seps: list[str], data: st.DataObject
) -> None:
    text, spans = layout(words, seps)
    i = data.draw(st.integers(0, len(words) - 1))
    j = data.draw(st.integers(i + 1, min(len(words), i + 25)))
    quote = text[spans[i][0] : spans[j - 1][1]]
    v = verify(quote, text)
    assert v.verdict == "verbatim"
    assert v.passage is not None
    occurrences = sum(1 for k in range(len(words)) if words[k : k + j - i] == words[i:j])
    if occurrences == 1:
        assert (v.passage.start, v.passage.end) == (spans[i][0], spans[j - 1][1])
    assert v.passage.text.lower() == quote.lower() or text[v.passage.start : v.passage.end] == v.passage.text


@settings(max_examples=50, deadline=None)
@given(words_st, st.data())
def test_case_and_punctuation_changes_give_normalized(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    i = data.draw(st.integers(0, len(words) - 3))
    j = data.draw(st.integers(i + 3, min(len(words), i + 20)))
    changed = list(words[i:j])
    k = data.draw(st.integers(0, len(changed) - 1))
    changed[k] = changed[k].capitalize() if data.draw(st.booleans()) else changed[k].upper()
    comma = data.draw(st.integers(0, len(changed) - 2))
    quote = " ".join(w + ("," if n == comma else "") for n, w in enumerate(changed))
    assert verify(quote, text).verdict == "normalized"


@settings(max_examples=50, deadline=None)
@given(distinct_st, st.data())
def test_middle_run_replaced_by_ellipsis_gives_excerpt(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    i = data.draw(st.integers(0, len(words) - 8))
    j = data.draw(st.integers(i + 8, min(len(words), i + 30)))
    a = data.draw(st.integers(i + 3, j - 4))
    b = data.draw(st.integers(a + 1, j - 3))
    quote = " ".join(words[i:a]) + data.draw(st.sampled_from([" … ", " ... ", "… "])) + " ".join(words[b:j])
    v = verify(quote, text)
    assert v.verdict == "excerpt"
    assert any(c.op == "elide" for c in v.changes)


@settings(max_examples=50, deadline=None)
@given(distinct_st, st.sampled_from(AUX), st.data())
def test_not_after_an_auxiliary_gives_substantive_alteration(
    words: list[str], aux: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(3, len(words) - 4))
    source_words = [*words[:at], aux, *words[at:]]
    i = data.draw(st.integers(max(0, at - 8), at - 2))
    j = data.draw(st.integers(at + 3, min(len(source_words), at + 10)))
    quote_words = [*source_words[i : at + 1], "not", *source_words[at + 1 : j]]
    v = verify(" ".join(quote_words), " ".join(source_words))
    assert (v.verdict, v.substantive) == ("altered", True)
    assert [(c.op, c.quote.text) for c in v.changes if c.op != "case"] == [("insert", "not")]


@settings(max_examples=50, deadline=None)
@given(distinct_st, st.booleans(), st.data())
def test_two_distant_halves_joined_give_spliced(words: list[str], swap: bool, data: st.DataObject) -> None:
    assume(len(words) >= 45)
    i = data.draw(st.integers(0, len(words) - 40))
    k = data.draw(st.integers(i + 30, len(words) - 5))
    first, second = words[i : i + 5], words[k : k + 5]
    assume(" ".join(first) not in " ".join(words[k - 5 : k + 5]))
    quote = " ".join(second + first if swap else first + second)
    assert verify(quote, " ".join(words)).verdict == "spliced"


@settings(max_examples=40, deadline=None)
@given(words_st, st.lists(st.sampled_from(OTHER), min_size=1, max_size=20))
def test_text_from_elsewhere_is_not_found(words: list[str], other: list[str]) -> None:
    v = verify(" ".join(other), " ".join(words))
    assert (v.verdict, v.checked, v.passage) == ("not_found", True, None)


def test_the_exact_place_wins_among_repeated_words() -> None:
    # the same words stand twice, once broken by a comma: the quote is verbatim at the other place
    source = "go on go on go on, go on go on go on go on go on"
    v = verify("go on go on go on go on", source)
    assert v.verdict == "verbatim"
    assert v.passage is not None
    assert source[v.passage.start : v.passage.end] == "go on go on go on go on"


# --- the chain search prunes, and must choose as an exhaustive search does ----------------------------------


def exhaustive_best_chain(
    hits: list[tuple[int, int, int, int]], lo: int, hi: int, anchor: int | None, need: int
) -> tuple[list[tuple[int, int, int, int]], int] | None:
    """Every chain cored and keyed, the first greatest kept: the search as it was before pruning."""
    from quotecheck.verify import _DRIFT, _EXCERPT_GAP, _core, _covered

    inside = sorted(h for h in hits if h[1] >= lo and h[1] + h[3] <= hi)
    if not inside:
        return None
    chains: list[list[tuple[int, int, int, int]]] = [[inside[0]]]
    for h in inside[1:]:
        if h[0] - chains[-1][-1][0] <= _DRIFT:
            chains[-1].append(h)
        else:
            chains.append([h])
    best, best_key = None, (-1, 0, 0)
    for ch in chains:
        core = _core(ch, anchor)
        cover = _covered(core)
        first = min(h[2] - h[1] for h in core) + lo
        if anchor is None:
            key = (cover, 0, -first)
        else:
            gap = first - anchor
            key = (cover, 1 if 0 <= gap <= _EXCERPT_GAP else 0, -abs(gap))
        if key > best_key:
            best, best_key = core, key
    if best is None or best_key[0] < need:
        return None
    return best, best_key[0]


@st.composite
def hit_lists(draw: st.DrawFn) -> tuple[list[tuple[int, int, int, int]], int, int, int | None, int]:
    """Hits as the index yields them: single words or pairs, on diagonals dense enough to chain, with
    repeated quote words and source words."""
    width = draw(st.integers(1, 14))
    n = draw(st.sampled_from([1, 2])) if width > 1 else 1
    hits = set()
    for _ in range(draw(st.integers(1, 60))):
        i = draw(st.integers(0, width - n))
        p = draw(st.integers(0, 80))
        hits.add((p - i, i, p, n))
    lo = draw(st.integers(0, width - 1))
    hi = draw(st.integers(lo + 1, width))
    anchor = draw(st.none() | st.integers(0, 90))
    need = draw(st.sampled_from([0, 0, 1, 2, 3, 4]))
    return sorted(hits), lo, hi, anchor, need


@settings(max_examples=400, deadline=None)
@given(hit_lists())
def test_the_pruned_chain_search_chooses_as_the_exhaustive_one(
    case: tuple[list[tuple[int, int, int, int]], int, int, int | None, int],
) -> None:
    from quotecheck.verify import _best_chain, _Hits

    hits, lo, hi, anchor, need = case
    packed = _Hits.of(hits, max(h[1] for h in hits) + 1)
    assert packed.tuples(packed.keys) == hits  # the packing keeps every hit, in order
    inside = packed.within(lo, hi)
    assert _best_chain(inside, lo, hi, anchor, need) == exhaustive_best_chain(hits, lo, hi, anchor, need)
