"""The precision audit's tools (issue 17): the sampler draws reproducibly and stores offsets only, and the
measuring script computes precision and agreement from labels.  Run on a small corpus written here."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"

# Articles written for this test, each with statements the extractor reports.
ARTICLES = [
    (
        "a1",
        "Mayor Lena Hartwig said the budget would be balanced by June.\n\n"
        "“We will not raise taxes,” she said. Council members said they had not seen the figures.",
    ),
    (
        "a2",
        "The transit authority said in a statement that fares would rise in March.\n\n"
        "“This is a hard choice,” said Omar Field, its chairman. Riders said the service had got worse.",
    ),
    (
        "a3",
        "Coach Rafael Mendes admitted the team had played poorly.\n\n"
        "“We were slow from the first whistle,” Mendes said. Two players said the pitch was too wet.",
    ),
    (
        "a4",
        "Two officials familiar with the talks said a deal was close.\n\n"
        "The ministry denied that any agreement had been signed. “Nothing is settled,” a spokesman said.",
    ),
    (
        "a5",
        "Dr Amara Osei told reporters that the clinic would reopen next week.\n\n"
        "“We have hired six nurses,” Osei said. Patients said the waiting lists were long.",
    ),
]


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


@pytest.fixture(scope="module")
def sampler() -> ModuleType:
    return _load("sample_precision_audit")


@pytest.fixture(scope="module")
def measure() -> ModuleType:
    return _load("measure_precision")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "eval"
    d.mkdir()
    with (d / "polnear-train.jsonl").open("w", encoding="utf-8") as f:
        for aid, text in ARTICLES:
            f.write(json.dumps({"id": aid, "text": text, "publisher": "test", "quotes": []}) + "\n")
    return d


def _draw(sampler: ModuleType, corpus: Path, out: Path, *args: str) -> dict[str, Any]:
    assert sampler.main(["--eval", str(corpus), "--out", str(out), *args]) == 0
    return json.loads(out.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _strings(value: Any, key: str = "") -> list[tuple[str, str]]:
    """Every (key, string value) in a JSON document."""
    if isinstance(value, str):
        return [(key, value)]
    if isinstance(value, dict):
        return [kv for k, v in value.items() for kv in _strings(v, k)]
    if isinstance(value, list):
        return [kv for v in value for kv in _strings(v, key)]
    return []


def test_the_same_seed_draws_the_same_sample(sampler: ModuleType, corpus: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    second = tmp_path / "second.json"
    _draw(sampler, corpus, first, "--n", "6", "--seed", "3")
    _draw(sampler, corpus, second, "--n", "6", "--seed", "3")
    assert first.read_bytes() == second.read_bytes()


def test_another_seed_draws_another_sample(sampler: ModuleType, corpus: Path, tmp_path: Path) -> None:
    a = _draw(sampler, corpus, tmp_path / "a.json", "--n", "4", "--seed", "1")
    b = _draw(sampler, corpus, tmp_path / "b.json", "--n", "4", "--seed", "2")
    assert a["population"] == b["population"] > 8
    keys = [{(it["id"], it["start"], it["end"]) for it in s["items"]} for s in (a, b)]
    assert keys[0] != keys[1]


def test_the_sample_holds_offsets_and_categories_never_text(
    sampler: ModuleType, corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "s.json"
    sample = _draw(sampler, corpus, out, "--n", "8")
    allowed_values = {
        "id": {aid for aid, _ in ARTICLES},
        "kind": {"direct", "mixed", "indirect", "person", "organization", "anonymous", "unknown"},
        "level": {
            "named_direct",
            "named_indirect",
            "institutional",
            "anonymous_described",
            "anonymous",
            "unattributed",
        },
        "labellers": {"labeller_1", "labeller_2"},
        "label_values": {"real", "not"},
        "note": {""},
        "split": {"train"},
        "what": {sampler.WHAT},
    }
    for key, value in _strings(sample):
        if key == "commit":
            assert all(c in "0123456789abcdef" for c in value)
            continue
        assert value in allowed_values.get(key, set()), f"{key!r} holds {value!r}"
    raw = out.read_text(encoding="utf-8")
    for _, text in ARTICLES:
        for i in range(len(text) - 12):
            assert text[i : i + 12] not in raw
    assert set(sample["frame"]) == {it["id"] for it in sample["items"]}


def test_items_point_at_what_the_extractor_reports(sampler: ModuleType, corpus: Path, tmp_path: Path) -> None:
    import quotecheck

    sample = _draw(sampler, corpus, tmp_path / "s.json", "--n", "5")
    texts = dict(ARTICLES)
    for it in sample["items"]:
        statements = quotecheck.analyze(texts[it["id"]]).statements
        st = next(s for s in statements if (s.start, s.end) == (it["start"], it["end"]))
        assert it["segments"] == [[s.start, s.end] for s in st.segments]
        assert it["kind"] == st.kind
        empty = {"label": None, "note": ""}
        assert it["labels"] == {"labeller_1": empty, "labeller_2": empty}
    assert [it["item"] for it in sample["items"]] == list(range(1, 6))


def test_an_excluded_sample_shares_no_article(sampler: ModuleType, corpus: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    a = _draw(sampler, corpus, first, "--n", "3", "--seed", "1")
    b = _draw(sampler, corpus, tmp_path / "b.json", "--n", "3", "--seed", "2", "--exclude", str(first))
    assert {it["id"] for it in a["items"]}.isdisjoint({it["id"] for it in b["items"]})
    assert b["excluded"] == ["first.json"]


def test_without_the_eval_data_one_line_and_exit_2(
    sampler: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sampler.main(["--eval", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no eval data" in err


def test_show_marks_content_speaker_and_cue(
    sampler: ModuleType, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.json"
    sample = _draw(sampler, corpus, out, "--n", "20")
    capsys.readouterr()
    assert sampler.main(["--eval", str(corpus), "--show", str(out)]) == 0
    shown = capsys.readouterr().out
    assert shown.count("\n") == 2 * len(sample["items"])
    assert "<S:Mayor Lena Hartwig> {C:said} [[the budget would be balanced by June]]." in shown


def _labelled(sample: dict[str, Any], first: list[str], second: list[str]) -> dict[str, Any]:
    for it, a, b in zip(sample["items"], first, second, strict=True):
        it["labels"]["labeller_1"]["label"] = a
        it["labels"]["labeller_2"]["label"] = b
    return sample


def test_precision_and_agreement_from_labels(
    sampler: ModuleType, measure: ModuleType, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.json"
    sample = _draw(sampler, corpus, out, "--n", "8")
    first = ["real", "real", "real", "real", "real", "real", "not", "not"]
    second = ["real", "real", "real", "real", "real", "not", "not", "real"]
    out.write_text(json.dumps(_labelled(sample, first, second)), encoding="utf-8")
    capsys.readouterr()
    assert measure.main(["--eval", str(corpus), "--labels", str(out)]) == 0
    shown = capsys.readouterr().out
    assert "labeller_1: 8 labelled, precision 0.750" in shown
    assert "labeller_2: 8 labelled, precision 0.750" in shown
    # agreement 6/8; chance 0.75*0.75 + 0.25*0.25 = 0.625; kappa (0.75-0.625)/0.375
    assert "raw agreement 0.750, Cohen's kappa 0.333" in shown
    assert "agreed precision 0.833 on 6 items" in shown
    # nothing changed since the draw: every item still predicted, nothing new
    assert "audited statements still predicted: 8 of 8" in shown
    assert "unlabelled new predictions: 0" in shown
    assert "precision now (agreed labels): 0.833, over 6 audited statements still predicted" in shown


def test_new_predictions_are_listed_for_labelling(
    sampler: ModuleType, measure: ModuleType, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.json"
    sample = _draw(sampler, corpus, out, "--n", "3", "--seed", "5")
    # forget what was predicted at draw time in one article: its statements now count as new
    forgotten = sample["items"][0]["id"]
    sample["frame"][forgotten] = []
    out.write_text(json.dumps(sample), encoding="utf-8")
    new_file = tmp_path / "new.json"
    capsys.readouterr()
    assert measure.main(["--eval", str(corpus), "--labels", str(out), "--write-new", str(new_file)]) == 0
    new = json.loads(new_file.read_text(encoding="utf-8"))
    assert new["n"] > 0
    assert {it["id"] for it in new["items"]} == {forgotten}
    assert f"unlabelled new predictions: {new['n']} in the sampled articles" in capsys.readouterr().out
    for it in new["items"]:
        it["labels"]["labeller_1"]["label"] = it["labels"]["labeller_2"]["label"] = "not"
    new_file.write_text(json.dumps(new), encoding="utf-8")
    for it in sample["items"]:
        it["labels"]["labeller_1"]["label"] = it["labels"]["labeller_2"]["label"] = "real"
    out.write_text(json.dumps(sample), encoding="utf-8")
    assert measure.main(["--eval", str(corpus), "--labels", str(out), "--new-labels", str(new_file)]) == 0
    shown = capsys.readouterr().out
    assert "precision of the new predictions (agreed labels, weighted by article): 0.000" in shown
    now = float(shown.split("precision now (agreed labels): ")[1].split()[0])
    assert 0.0 < now < 1.0


def test_spurious_statements_on_golden_files(
    measure: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Mayor Lena Hartwig said the budget would be balanced by June."
    content = "the budget would be balanced by June"
    s = text.index(content)
    gold = {
        "statements": [
            {
                "segments": [{"start": s, "end": s + len(content)}],
                "speaker": {"name": "Lena Hartwig", "kind": "person", "start": 0, "end": 18},
            }
        ]
    }
    found = tmp_path / "found.golden.json"
    found.write_text(json.dumps({**gold, "text": text}), encoding="utf-8")
    none = tmp_path / "none.golden.json"
    none.write_text(json.dumps({"statements": [], "text": text}), encoding="utf-8")
    assert measure.main(["--golden", str(found), str(none)]) == 0
    shown = capsys.readouterr().out
    assert "precision 0.500" in shown
    assert "spurious 1 of 2" in shown


def test_show_points_out_one_claim_reported_twice(
    sampler: ModuleType, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.json"
    sample = _draw(sampler, corpus, out, "--n", "3")
    first = sample["items"][0]
    sample["frame"][first["id"]].append([first["start"] - 1, first["end"]])
    out.write_text(json.dumps(sample), encoding="utf-8")
    capsys.readouterr()
    assert sampler.main(["--eval", str(corpus), "--show", str(out)]) == 0
    shown = capsys.readouterr().out
    assert shown.count("the same words also reported at") == 1
    assert f"the same words also reported at {first['start'] - 1}:{first['end']}" in shown
