"""quotecheck.evaluation: reading gold, the scoring rules worked by hand, mistakes, the eval command."""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.errors import InputError
from quotecheck.evaluation import (
    Evaluation,
    GoldArticle,
    GoldStatement,
    Prediction,
    by_publisher,
    evaluate,
    load_anonymity_labels,
    load_gold,
    mistakes,
    overlap,
    pair_up,
    render_json,
    render_table,
    score,
    speaker_correct,
)
from quotecheck.model import span_of

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
EXAMPLES = ROOT / "docs" / "examples"

# An article written for these tests; every offset below is found with str.index, never counted by hand.
TEXT = 'Ann said "red blue green." Bob said cats bark. Sources said dogs run fast.'


def at(fragment: str, text: str = TEXT) -> dict[str, Any]:
    start = text.index(fragment)
    return {"start": start, "end": start + len(fragment), "text": fragment}


def gold_quote(kind: str, content: str, speaker: str | None) -> dict[str, Any]:
    q: dict[str, Any] = {"segments": [at(content)], "kind": kind}
    if speaker is not None:
        spk = at(speaker)
        q.update(speaker=speaker, speaker_start=spk["start"], speaker_end=spk["end"], has_source=True)
    else:
        q.update(speaker=None, speaker_start=None, speaker_end=None, has_source=False)
    return q


GOLD: dict[str, Any] = {
    "id": "t/1",
    "split": "dev",
    "publisher": "Gazette",
    "text": TEXT,
    "quotes": [
        gold_quote("direct", "red blue green.", "Ann"),  # g1
        gold_quote("indirect", "cats bark", "Bob"),  # g2
        gold_quote("indirect", "dogs run fast", "Sources"),  # g3
    ],
}


def predicted(statement_kind: str, content: str, /, **speaker: Any) -> dict[str, Any]:
    span = at(content)
    return {"kind": statement_kind, "start": span["start"], "end": span["end"], "speaker": speaker}


BOB = at("Bob")
PREDICTIONS = [
    # p1: the whole quote; right by name (no mention offsets given)
    predicted("direct", "red blue green", name="Ann", kind="person"),
    # p2: half of "cats bark" (overlap 4/8 = 0.5); right by mention; wrongly called anonymous
    predicted("indirect", "cats", name=None, kind="anonymous", start=BOB["start"], end=BOB["end"]),
    # p3: exact, anonymous, but no mention and no name: speaker wrong
    predicted("indirect", "dogs run fast", name=None, kind="anonymous"),
    # p4: no gold statement there
    predicted("indirect", "Bob said", name=None, kind="unknown"),
]


def write_jsonl(path: Path, records: Sequence[Mapping[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def labels_file(path: Path) -> Path:
    ann, sources = at("Ann"), at("Sources")
    path.write_text(
        json.dumps(
            [
                {"id": "t/1", "speaker_start": ann["start"], "speaker_end": ann["end"], "anonymous": False},
                {
                    "id": "t/1",
                    "speaker_start": sources["start"],
                    "speaker_end": sources["end"],
                    "anonymous": True,
                },
            ]
        ),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def gold_path(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "gold.jsonl", [GOLD])


@pytest.fixture
def synthetic(gold_path: Path, tmp_path: Path) -> Evaluation:
    labels = load_anonymity_labels(labels_file(tmp_path / "anon.json"))
    return evaluate(load_gold(gold_path), extractor=lambda text: PREDICTIONS, labels=labels)


# --- the figures, worked out by hand ------------------------------------------------------------------------


def test_quoted_figures_by_hand(synthetic: Evaluation) -> None:
    for key in ("quoted@0.3", "quoted@0.8"):
        assert synthetic[key].to_json() == {
            "precision": 1.0,
            "recall": 1.0,
            "f1": 1.0,
            "gold": 1,
            "pred": 1,
            "matched": 1,
            "joint_f1": 1.0,
            "speaker_accuracy": 1.0,
            "speaker_scored": 1,
            # Ann is labelled named, so no anonymous source is paired
            "anonymous_recall": None,
            "anonymous_precision": None,
            "anonymous_gold_matched": 0,
        }


def test_all_loose_figures_by_hand(synthetic: Evaluation) -> None:
    f = synthetic["all@0.3"]
    # pairs g1-p1 (1.0), g2-p2 (0.5), g3-p3 (1.0); p4 spurious
    assert (f.gold, f.predicted, f.matched) == (3, 4, 3)
    assert f.precision == pytest.approx(3 / 4)
    assert f.recall == pytest.approx(1.0)
    assert f.f1 == pytest.approx(6 / 7)  # 2 * 0.75 * 1 / 1.75
    # speakers: g1 right (name), g2 right (mention), g3 wrong: joint P 2/4, R 2/3
    assert f.speaker_accuracy == pytest.approx(2 / 3)
    assert f.joint_f1 == pytest.approx(4 / 7)  # 2 * (1/2) * (2/3) / (7/6)
    # anonymous: g3 labelled yes and predicted so; g2 (unlisted, so named) predicted anonymous
    assert (f.anonymous_gold_matched, f.anonymous_recall, f.anonymous_precision) == (1, 1.0, 0.5)


def test_all_strict_figures_by_hand(synthetic: Evaluation) -> None:
    f = synthetic["all@0.8"]
    # g2-p2 at 0.5 no longer pairs
    assert (f.gold, f.predicted, f.matched) == (3, 4, 2)
    assert f.f1 == pytest.approx(4 / 7)  # P 1/2, R 2/3
    assert f.speaker_accuracy == pytest.approx(1 / 2)
    assert f.joint_f1 == pytest.approx(2 / 7)  # P 1/4, R 1/3
    assert (f.anonymous_recall, f.anonymous_precision) == (1.0, 1.0)


def test_to_json_has_the_reference_layout(synthetic: Evaluation) -> None:
    out = synthetic.to_json()
    assert list(out) == ["quoted@0.3", "quoted@0.8", "all@0.3", "all@0.8", "docs", "chars", "seconds"]
    assert (out["docs"], out["chars"]) == (1, len(TEXT))
    assert out["all@0.3"]["f1"] == round(6 / 7, 4)


def test_without_labels_anonymity_is_not_judged(gold_path: Path) -> None:
    f = evaluate(load_gold(gold_path), extractor=lambda text: PREDICTIONS)["all@0.3"]
    assert (f.anonymous_gold_matched, f.anonymous_recall, f.anonymous_precision) == (0, None, None)


def test_a_gold_statement_without_source_counts_for_joint() -> None:
    content = at("cats bark")
    article = GoldArticle(
        "t/2", TEXT, (GoldStatement("indirect", (span_of(TEXT, content["start"], content["end"]),)),)
    )
    pred = Prediction.from_json(predicted("indirect", "cats bark", name="Zed", kind="person"))
    f = score([article], [[pred]])[2]
    assert (f.key, f.joint_f1, f.speaker_scored, f.speaker_accuracy) == ("all@0.3", 1.0, 0, None)


def test_nothing_predicted_scores_zero_not_an_error(gold_path: Path) -> None:
    f = evaluate(load_gold(gold_path), extractor=lambda text: [])["all@0.3"]
    assert (f.precision, f.recall, f.f1, f.joint_f1, f.speaker_accuracy) == (0.0, 0.0, 0.0, 0.0, None)


# --- pairing and speakers -----------------------------------------------------------------------------------


def test_pairing_is_one_to_one_best_first() -> None:
    text = "one two three four"
    gold = [[(0, 13)]]  # "one two three"
    preds = [[(0, 7)], [(0, 13)], [(4, 18)]]
    assert [(p.gold, p.prediction, p.overlap) for p in pair_up(text, gold, preds, threshold=0.3)] == [
        (0, 1, 1.0)
    ]


def test_equal_overlaps_go_to_the_later_prediction_as_the_reference_does() -> None:
    text = "cats bark"
    pairs = pair_up(text, [[(0, 9)]], [[(0, 9)], [(0, 9)]], threshold=0.3)
    assert [(p.gold, p.prediction) for p in pairs] == [(0, 1)]


def test_overlap_counts_alphanumeric_positions_only() -> None:
    text = "a, b, c"
    assert overlap(text, [(0, 7)], [(0, 4)]) == pytest.approx(2 / 3)
    assert overlap(text, [(1, 3)], [(3, 4)]) == 0.0  # punctuation and space only


def test_segments_are_scored_not_the_extent() -> None:
    # the gold content skips the interrupting "Bob said"; a prediction of the whole extent is penalised
    text = '"Go home," Bob said, "and rest."'
    gold = [[(1, 9), (21, 31)]]
    assert pair_up(text, gold, [[(1, 31)]], threshold=0.8) == ()
    assert len(pair_up(text, gold, [[(1, 9), (21, 31)]], threshold=0.8)) == 1


spans = st.lists(
    st.tuples(st.integers(0, 30), st.integers(0, 30)).map(sorted).map(tuple), min_size=1, max_size=3
)


@given(
    text=st.text(alphabet="ab ,", min_size=0, max_size=30),
    gold=st.lists(spans, max_size=5),
    preds=st.lists(spans, max_size=5),
    threshold=st.sampled_from([0.3, 0.8]),
)
def test_pairing_is_a_maximal_one_to_one_matching_above_threshold(
    text: str, gold: list[Any], preds: list[Any], threshold: float
) -> None:
    pairs = pair_up(text, gold, preds, threshold=threshold)
    assert len({p.gold for p in pairs}) == len({p.prediction for p in pairs}) == len(pairs)
    for p in pairs:
        assert p.overlap >= threshold
        assert p.overlap == pytest.approx(overlap(text, gold[p.gold], preds[p.prediction]))
    left_gold = set(range(len(gold))) - {p.gold for p in pairs}
    left_pred = set(range(len(preds))) - {p.prediction for p in pairs}
    # greedy: no two leftovers could still have been paired
    assert all(
        not overlap(text, gold[g], preds[q]) or overlap(text, gold[g], preds[q]) < threshold
        for g in left_gold
        for q in left_pred
    )


def speaker_case(source: str, **speaker: Any) -> bool:
    text = "He said that, and Mr. Kilani's office agreed; Walid Kilani spoke."
    start = text.index(source)
    gold = GoldStatement(
        "indirect",
        (span_of(text, 8, 12),),
        speaker=span_of(text, start, start + len(source)),
        has_source=True,
    )
    return speaker_correct(gold, Prediction("indirect", ((8, 12),), **speaker))


def test_speaker_by_last_name_word() -> None:
    assert speaker_case("Mr. Kilani's office", speaker_name="Walid Kilani")
    assert not speaker_case("Mr. Kilani's office", speaker_name="Kilani Walid")


def test_a_pronoun_source_is_never_matched_by_name() -> None:
    assert not speaker_case("He", speaker_name="Walid He")


def test_speaker_by_overlapping_mention() -> None:
    text = "He said that, and Mr. Kilani's office agreed; Walid Kilani spoke."
    s = text.index("He")
    assert speaker_case("He", speaker_start=s, speaker_end=s + 1)
    assert not speaker_case("He", speaker_start=s + 2, speaker_end=s + 7)


# --- reading gold -------------------------------------------------------------------------------------------


def test_load_gold_filters_by_split_and_limits(tmp_path: Path) -> None:
    records = [dict(GOLD, id=f"t/{i}", split="dev" if i % 2 else "train") for i in range(6)]
    path = write_jsonl(tmp_path / "g.jsonl", records)
    assert [a.id for a in load_gold(path, split="dev")] == ["t/1", "t/3", "t/5"]
    assert [a.id for a in load_gold(path, limit=2)] == ["t/0", "t/1"]
    assert [a.id for a in load_gold(path, split="dev", limit=2)] == ["t/1", "t/3"]


def test_segments_may_be_omitted_for_a_single_piece(tmp_path: Path) -> None:
    quote = {"start": TEXT.index("cats"), "end": TEXT.index("cats") + 9, "kind": "indirect"}
    (article,) = load_gold(write_jsonl(tmp_path / "g.jsonl", [dict(GOLD, quotes=[quote])]))
    (statement,) = article.statements
    assert [s.text for s in statement.segments] == ["cats bark"]
    assert (statement.speaker, statement.has_source) == (None, False)


def broken(**changes: Any) -> dict[str, Any]:
    quote = dict(GOLD["quotes"][0], **changes)
    return dict(GOLD, quotes=[quote])


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", r"g\.jsonl:2: not a JSON record"),
        ("[1, 2]", r"g\.jsonl:2: an article record must be a JSON object"),
        (json.dumps({"id": "x", "quotes": []}), r"g\.jsonl:2: article 'x': the field 'text' is missing"),
        (
            json.dumps(broken(kind="quoted")),
            r"g\.jsonl:2: .*quote 1: kind must be one of direct, mixed, indirect",
        ),
        (
            json.dumps(broken(segments=[{"start": 5, "end": 500}])),
            r"g\.jsonl:2: .*segment 1: offsets 5:500 lie",
        ),
        (
            json.dumps(broken(segments=[{"start": 0, "end": 3, "text": "Bob"}])),
            r"differs from the article's text",
        ),
        (json.dumps(broken(segments=[])), r"segments must be a non-empty list"),
        (json.dumps(broken(speaker_start=None)), r"a speaker needs speaker_start and speaker_end"),
        (json.dumps(broken(speaker_start="1")), r"'speaker_start' must be an integer"),
        (json.dumps(broken(has_source=1)), r"'has_source' must be true or false"),
    ],
)
def test_bad_records_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(GOLD) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_gold(path)


def test_missing_or_undecodable_gold_file(tmp_path: Path) -> None:
    absent = tmp_path / "absent.jsonl"
    with pytest.raises(InputError, match=f"^gold file {re.escape(str(absent))}: no such file$"):
        load_gold(absent)
    latin1 = tmp_path / "latin1.jsonl"
    latin1.write_bytes(b'{"id": "caf\xe9"}\n')
    with pytest.raises(InputError) as caught:
        load_gold(latin1)
    assert str(caught.value) == (
        f"gold file {latin1}: not UTF-8 text (undecodable byte at offset 11); convert it to UTF-8 first"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{}", "must be a JSON list"),
        ('[{"id": "x", "speaker_start": 1, "speaker_end": 2}]', "label 1: the field 'anonymous' is missing"),
        (
            '[{"id": "x", "speaker_start": 1, "anonymous": true}]',
            "label 1: the field 'speaker_end' is missing",
        ),
        ("[oops", "not JSON"),
    ],
)
def test_bad_anonymity_labels(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "anon.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_anonymity_labels(path)


def test_an_ambiguous_label_is_not_judged(tmp_path: Path, gold_path: Path) -> None:
    s = at("Sources")
    path = tmp_path / "anon.json"
    path.write_text(
        json.dumps([{"id": "t/1", "speaker_start": s["start"], "speaker_end": s["end"], "anonymous": None}])
    )
    f = evaluate(load_gold(gold_path), extractor=lambda t: PREDICTIONS, labels=load_anonymity_labels(path))
    # g3 ambiguous, so only g2 (unlisted: named, predicted anonymous) is judged at all@0.3
    assert (f["all@0.3"].anonymous_gold_matched, f["all@0.3"].anonymous_precision) == (0, 0.0)


def test_a_malformed_prediction_names_the_article(gold_path: Path) -> None:
    with pytest.raises(
        InputError, match=r"article 't/1': a predicted statement: the field 'start' is missing"
    ):
        evaluate(load_gold(gold_path), extractor=lambda t: [{"kind": "direct", "end": 3}])


# --- mistakes, publishers, the table ------------------------------------------------------------------------


def test_mistakes_list_what_went_wrong_in_text_order(synthetic: Evaluation) -> None:
    found = mistakes(synthetic)
    assert [(m.kind, m.content.text) for m in found] == [
        ("spurious", "Bob said"),
        ("wrong speaker", "dogs run fast"),
    ]
    wrong = found[1]
    assert (wrong.expected_speaker, wrong.predicted_speaker) == ("Sources", None)
    assert "⟦dogs run fast⟧" in wrong.context
    assert found[0].to_json()["content"] == at("Bob said")


def test_mistakes_at_strict_threshold_and_limited(synthetic: Evaluation) -> None:
    strict = mistakes(synthetic, threshold=0.8)
    assert [(m.kind, m.content.text) for m in strict] == [
        ("spurious", "Bob said"),
        ("spurious", "cats"),
        ("missed", "cats bark"),
        ("wrong speaker", "dogs run fast"),
    ]
    assert [m.kind for m in mistakes(synthetic, threshold=0.8, limit=2)] == ["spurious", "spurious"]


def test_mistake_context_is_clipped_and_squeezed() -> None:
    text = "word " * 40 + "Ann said   it\nrained." + " word" * 40
    article = GoldArticle("c", text, ())
    pred = Prediction("indirect", ((text.index("it"), text.index("it") + 9),))
    ev = Evaluation(score([article], [[pred]]), (article,), ((pred,),), 0.0)
    (m,) = mistakes(ev, context=10)
    assert m.context == "…said ⟦it rained⟧. word…"


def test_by_publisher_scores_each_publisher_alone(gold_path: Path, tmp_path: Path) -> None:
    other = dict(GOLD, id="t/2", publisher="Courier")
    articles = load_gold(write_jsonl(tmp_path / "two.jsonl", [GOLD, other]))
    ev = evaluate(articles, extractor=lambda t: PREDICTIONS[:1])
    groups = by_publisher(ev)
    assert [name for name, _ in groups] == ["Courier", "Gazette"]
    for _, figures in groups:
        assert [(f.key, f.gold, f.matched) for f in figures][2] == ("all@0.3", 3, 1)


def test_render_table(synthetic: Evaluation) -> None:
    table = render_table(synthetic, errors=mistakes(synthetic, limit=1))
    lines = table.splitlines()
    assert lines[0].startswith(f"1 articles, {len(TEXT)} characters, ")
    assert lines[2].split() == [
        "P",
        "R",
        "F1",
        "joint",
        "gold",
        "pred",
        "match",
        "spkr",
        "anonR",
        "anonP",
        "anonN",
    ]
    assert lines[5].split() == [
        "all@0.3", "0.750", "1.000", "0.857", "0.571", "3", "4", "3", "0.667", "1.000", "0.500", "1"
    ]  # fmt: skip
    assert lines[3].split()[-3:] == ["-", "-", "0"]
    assert lines[-2] == f"t/1 {at('Bob said')['start']}:{at('Bob said')['end']} spurious"


# --- agreement with the reference scorer --------------------------------------------------------------------

QUOTED = re.compile(r"[“\"]([^”\"]{3,}?)[”\"]")
SAID = re.compile(r"\b((?:[A-Z][\w’'.-]*\s){0,2}[A-Za-z][\w’'.-]*) (?:said|says) (?:that )?([^.]{5,})\.")


def naive_predictor(text: str) -> list[dict[str, Any]]:
    """Quotation marks with the next capitalised words as speaker, and "X said that …" with X as speaker."""
    out: list[dict[str, Any]] = []
    for m in QUOTED.finditer(text):
        name = re.search(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)*", text[m.end() : m.end() + 40])
        speaker: dict[str, Any] = {"name": None, "kind": "unknown", "start": None, "end": None}
        if name:
            speaker = {"name": name.group(), "kind": "person", "start": m.end() + name.start(), "end": None}
            speaker["end"] = speaker["start"] + len(name.group())
        out.append({"kind": "direct", "start": m.start(), "end": m.end(), "speaker": speaker})
    for i, m in enumerate(SAID.finditer(text)):
        who = m.group(1)
        anonymous = who.split()[-1].lower() in {"sources", "source", "officials", "official"}
        mention = {"start": m.start(1), "end": m.end(1)} if i % 2 else {"start": None, "end": None}
        out.append(
            {
                "kind": "indirect",
                "start": m.start(2),
                "end": m.end(2),
                "segments": [{"start": m.start(2), "end": m.end(2)}],
                "speaker": {
                    "name": None if anonymous else who,
                    "kind": "anonymous" if anonymous else "person",
                }
                | mention,
            }
        )
    return out


@pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="../shared/eval is not beside the project")
def test_figures_agree_with_the_reference_scorer() -> None:
    spec = importlib.util.spec_from_file_location("reference_score", SHARED_EVAL / "score.py")
    assert spec is not None
    assert spec.loader is not None
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    gold, labels = SHARED_EVAL / "polnear-dev.jsonl", SHARED_EVAL / "polnear-dev-anonymous.json"

    docs = reference.load_gold(str(gold), "dev", 12)
    expected = reference.score(
        docs, [naive_predictor(d["text"]) for d in docs], reference.anonymity_labels(labels)
    )
    ours = evaluate(
        load_gold(gold, split="dev", limit=12),
        extractor=naive_predictor,
        labels=load_anonymity_labels(labels),
    ).to_json()

    assert expected["all@0.3"]["matched"] > 0  # the predictor finds something, so the test can fail
    assert expected["all@0.3"]["speaker_scored"] > 0
    for key, figures in expected.items():
        for name, value in figures.items():
            if isinstance(value, float):
                assert ours[key][name] == pytest.approx(value, abs=0.005), (key, name)
            else:
                assert ours[key][name] == value, (key, name)


# --- the documented example ---------------------------------------------------------------------------------


def test_the_example_gold_file_loads() -> None:
    articles = load_gold(EXAMPLES / "gold.jsonl")
    assert [len(a.statements) for a in articles] == [4, 2]
    labels = load_anonymity_labels(EXAMPLES / "anonymous.json")
    assert sum(v is True for v in labels.values()) == 2


def test_render_json_adds_publishers_and_errors(synthetic: Evaluation) -> None:
    out = render_json(synthetic, publishers=by_publisher(synthetic), errors=mistakes(synthetic, limit=1))
    assert out["publishers"]["Gazette"]["all@0.3"] == synthetic["all@0.3"].to_json()
    assert out["errors"] == [mistakes(synthetic)[0].to_json()]
    assert "publishers" not in render_json(synthetic)
    assert json.loads(json.dumps(out)) == out


# --- the eval command ---------------------------------------------------------------------------------------


@pytest.fixture
def fake_analyze(monkeypatch: pytest.MonkeyPatch) -> None:
    """quotecheck's extractor replaced by one that returns PREDICTIONS, so the command's figures are known."""

    def analyze(text: str, **options: object) -> SimpleNamespace:
        return SimpleNamespace(statements=[SimpleNamespace(to_json=lambda d=d: d) for d in PREDICTIONS])

    monkeypatch.setattr("quotecheck.pipeline.analyze", analyze)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from quotecheck.cli import main

    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.usefixtures("fake_analyze")
def test_eval_json_gives_the_reference_figures(
    gold_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labels = labels_file(tmp_path / "anon.json")
    status, out, err = run(
        ["eval", str(gold_path), "--anonymous-labels", str(labels), "--format", "json"], capsys
    )
    assert (status, err) == (0, "")
    figures = json.loads(out)
    assert figures["all@0.3"] == {
        "precision": 0.75,
        "recall": 1.0,
        "f1": 0.8571,
        "gold": 3,
        "pred": 4,
        "matched": 3,
        "joint_f1": 0.5714,
        "speaker_accuracy": 0.6667,
        "speaker_scored": 3,
        "anonymous_recall": 1.0,
        "anonymous_precision": 0.5,
        "anonymous_gold_matched": 1,
    }
    assert (figures["docs"], figures["chars"]) == (1, len(TEXT))
    assert "errors" not in figures


@pytest.mark.usefixtures("fake_analyze")
def test_eval_table_with_errors_and_publishers(gold_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["eval", str(gold_path), "--show-errors", "1", "--by-publisher"], capsys)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(f"1 articles, {len(TEXT)} characters")
    assert lines[5].split()[:4] == ["all@0.3", "0.750", "1.000", "0.857"]
    assert "publisher Gazette" in lines
    bob = at("Bob said")
    assert lines[-2:] == [
        f"t/1 {bob['start']}:{bob['end']} spurious",
        '    Ann said "red blue green." ⟦Bob said⟧ cats bark. Sources said dogs run fast.',
    ]


@pytest.mark.usefixtures("fake_analyze")
def test_eval_split_and_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [dict(GOLD, id=f"t/{i}", split="dev" if i % 2 else "train") for i in range(5)]
    path = str(write_jsonl(tmp_path / "g.jsonl", records))
    status, out, _ = run(["eval", path, "--split", "dev", "--format", "json"], capsys)
    assert (status, json.loads(out)["docs"]) == (0, 2)
    status, out, _ = run(["eval", path, "--limit", "3", "--format", "json"], capsys)
    assert (status, json.loads(out)["docs"]) == (0, 3)
    status, out, err = run(["eval", path, "--split", "test"], capsys)
    assert (status, out) == (2, "")
    assert err == f"quotecheck: error: {path} holds no articles of split 'test'\n"


def test_eval_bad_gold_exits_2_with_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(GOLD) + "\n{oops\n", encoding="utf-8")
    status, out, err = run(["eval", str(path)], capsys)
    assert (status, out) == (2, "")
    assert err.startswith(f"quotecheck: error: {path}:2: not a JSON record")
    assert err.count("\n") == 1


def test_eval_missing_files_exit_2(
    gold_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["eval", str(tmp_path / "absent.jsonl")], capsys)
    assert (status, out) == (2, "")
    absent = tmp_path / "absent.jsonl"
    assert err == f"quotecheck: error: gold file {absent}: no such file\n"
    status, _, err = run(
        ["eval", str(gold_path), "--anonymous-labels", str(tmp_path / "absent.json")], capsys
    )
    assert status == 2
    assert err == f"quotecheck: error: anonymity labels {tmp_path / 'absent.json'}: no such file\n"


@pytest.mark.parametrize(
    "options", [["--limit", "0"], ["--show-errors", "-1"], ["--format", "xml"], ["--limit", "many"]]
)
def test_eval_bad_options_exit_2(
    gold_path: Path, capsys: pytest.CaptureFixture[str], options: list[str]
) -> None:
    status, out, err = run(["eval", str(gold_path), *options], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("quotecheck: error: ")


def test_eval_runs_quotecheck_on_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    gold, labels = EXAMPLES / "gold.jsonl", EXAMPLES / "anonymous.json"
    status, out, err = run(["eval", str(gold), "--anonymous-labels", str(labels), "--format", "json"], capsys)
    assert (status, err) == (0, "")
    expected = evaluate(load_gold(gold), labels=load_anonymity_labels(labels))
    figures = json.loads(out)
    for f in expected.figures:
        assert figures[f.key] == f.to_json()


def test_strict_with_an_extractor_of_ones_own_is_refused() -> None:
    from quotecheck.errors import InputError
    from quotecheck.evaluation import evaluate

    with pytest.raises(InputError, match="strict"):
        evaluate((), extractor=lambda text: [], strict=True)
