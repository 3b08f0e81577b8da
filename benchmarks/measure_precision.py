"""What share of the statements quotecheck reports are real attributions?  Issue 17's precision, measured.

    PYTHONPATH=. python benchmarks/measure_precision.py --golden [FILE ...] [--show] [--strict]
    PYTHONPATH=. python benchmarks/measure_precision.py --labels FILE [--eval ../shared/eval]
                                                        [--show-new] [--write-new OUT] [--new-labels FILE]
                                                        [--strict]

``--golden`` runs ``quotecheck.analyze`` on golden articles whose every statement is annotated (by default
the ten written for issue 17, listed in docs/golden.md) and pairs predictions with gold statements one to
one, best content overlap first, at the reference scorer's loose threshold (alphanumeric Jaccard >= 0.3).
It prints, per article and pooled, the statements predicted, matched and spurious (matching no gold
statement: a second report of a claim already matched counts as spurious), the matches whose speaker is
right too, and the gold statements found.  ``--show`` lists the spurious ones.

``--labels FILE`` reads a sample file drawn by ``benchmarks/sample_precision_audit.py`` whose label slots
two labellers have filled, blind and independently, with ``"real"`` or ``"not"`` (docs/accuracy.md,
"Precision audit", defines them).  It prints each labeller's precision (the share labelled real, with a
95% Wilson interval), the precision on the items both labelled alike, with the disagreements counted
either way as bounds, raw agreement and Cohen's kappa, and the agreed precision by statement kind and
speaker kind.

Then it runs the current extractor on the sampled articles, to measure after the rules change:

- **still predicted**: an audited statement is still reported when a current statement's content
  overlaps it at alphanumeric Jaccard >= 0.8 (the golden tests' threshold); counted by agreed label, so
  spurious statements removed and real ones lost are apart;
- **unlabelled new predictions**: current statements of the sampled articles that overlap no statement
  predicted there when the sample was drawn (the file's ``frame``).  ``--show-new`` lists them with their
  passages, and ``--write-new OUT`` writes them as a sample file of their own (offsets only, empty label
  slots) for the labellers;
- **precision now**: the statements still predicted carry their labels; with ``--new-labels FILE`` (the
  labelled file ``--write-new`` wrote) the new predictions carry theirs.  Because the audited statements
  are a uniform sample of every statement predicted in the split, each item stands for its article's
  predictions, and the number of new statements over the split is estimated as ``population x mean over
  items (new in its article / predicted there at draw time)``; precision now combines the two parts by
  that weight.  Until the new predictions are labelled, only the bounds (all of them real, none of them
  real) are printed.  New statements in articles the sample did not reach are not seen.

``--strict`` measures ``analyze(text, strict=True)``, the editor's definition, in both.

Nothing is asserted: it prints figures.  The eval texts are read at run time; nothing of them is stored.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_precision_audit import (
    LABEL_VALUES,
    NoEvalData,
    articles,
    dump,
    passage,
    predict,
)

ROOT = Path(__file__).resolve().parent.parent
#: the reference scorer's loose pairing, for spurious statements on the golden articles
PAIR = 0.3
#: the golden tests' overlap, for "the same statement" before and after a change
SAME = 0.8
#: the ten golden articles written for issue 17: every statement in them is annotated
PRECISION_ARTICLES = (
    "sport_match_report",
    "sport_transfer_injury",
    "business_markets_brief",
    "business_earnings_brief",
    "council_library_vote",
    "council_bus_lane",
    "court_harbour_bribes",
    "opinion_roads_column",
    "wire_border_talks",
    "boilerplate_ferry_cuts",
)


def alnum(text: str, spans: Iterable[Sequence[int]]) -> frozenset[int]:
    return frozenset(i for s, e in spans for i in range(max(0, s), min(e, len(text))) if text[i].isalnum())


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def pair(
    text: str,
    golds: Sequence[Sequence[Sequence[int]]],
    preds: Sequence[Sequence[Sequence[int]]],
    threshold: float,
) -> dict[int, int]:
    """One-to-one pairs {prediction index: gold index}, best overlap first, as the reference scorer pairs."""
    g = [alnum(text, x) for x in golds]
    p = [alnum(text, x) for x in preds]
    cands = sorted(
        ((jaccard(gi, pj), j, i) for i, gi in enumerate(g) for j, pj in enumerate(p)),
        reverse=True,
    )
    out: dict[int, int] = {}
    used: set[int] = set()
    for ov, j, i in cands:
        if ov < threshold:
            break
        if j not in out and i not in used:
            out[j] = i
            used.add(i)
    return out


def _pct(n: float, d: float) -> str:
    return f"{n / d:.3f}" if d else "n/a"


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion k/n."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


# --- the golden articles -------------------------------------------------------------------------------


def _speaker_right(gold: dict[str, Any], pred: Any) -> bool:
    gs, ps = gold["speaker"], pred.speaker
    if gs["kind"] == "unknown":
        return ps.kind == "unknown"
    m = ps.mention
    if m is not None and m.start < gs["end"] and gs["start"] < m.end:
        return True
    return (ps.name or "").casefold() == (gs["name"] or "").casefold()


def measure_golden(paths: Sequence[Path], *, show: bool, strict: bool = False) -> None:
    from quotecheck.pipeline import analyze

    tot = Counter[str]()
    print(
        f"{'article':<28}{'predicted':>10}{'matched':>9}{'spurious':>9}{'speaker ok':>11}"
        f"{'gold':>6}{'found':>7}"
    )
    for path in paths:
        record = json.loads(path.read_text(encoding="utf-8"))
        text = record["text"]
        golds = record["statements"]
        preds = list(analyze(text, strict=strict).statements)
        pairs = pair(
            text,
            [[(s["start"], s["end"]) for s in g["segments"]] for g in golds],
            [[(s.start, s.end) for s in p.segments] for p in preds],
            PAIR,
        )
        right = sum(_speaker_right(golds[i], preds[j]) for j, i in pairs.items())
        row = Counter(predicted=len(preds), matched=len(pairs), speaker=right, gold=len(golds))
        tot.update(row)
        name = path.name.removesuffix(".golden.json")
        print(
            f"{name:<28}{len(preds):>10}{len(pairs):>9}{len(preds) - len(pairs):>9}{right:>11}"
            f"{len(golds):>6}{len(pairs):>7}"
        )
        if show:
            for j, p in enumerate(preds):
                if j not in pairs:
                    who = p.speaker.mention.text if p.speaker.mention else None
                    cue = p.cue.text if p.cue else None
                    print(f"    spurious {p.kind}: {p.text[:70]!r} (speaker {who!r}, cue {cue!r})")
    spurious = tot["predicted"] - tot["matched"]
    print(
        f"{'pooled':<28}{tot['predicted']:>10}{tot['matched']:>9}{spurious:>9}{tot['speaker']:>11}"
        f"{tot['gold']:>6}{tot['matched']:>7}"
    )
    lo, hi = wilson(tot["matched"], tot["predicted"])
    print(
        f"\nprecision {_pct(tot['matched'], tot['predicted'])} (95% {lo:.3f}-{hi:.3f}), "
        f"with the speaker right {_pct(tot['speaker'], tot['predicted'])}; "
        f"spurious {spurious} of {tot['predicted']}; recall {_pct(tot['matched'], tot['gold'])} "
        f"(content overlap >= {PAIR}, one to one)"
    )


# --- the labelled audit --------------------------------------------------------------------------------


def _label(item: dict[str, Any], who: str) -> str | None:
    slot = item.get("labels", {}).get(who) or {}
    value = slot.get("label")
    if value is not None and value not in LABEL_VALUES:
        raise ValueError(f"item {item.get('item')}: label {value!r} for {who}, want one of {LABEL_VALUES}")
    return value  # type: ignore[no-any-return]


def agreed(item: dict[str, Any], labellers: Sequence[str]) -> str | None:
    """The label when every labeller gave the same one, else None."""
    values = {_label(item, who) for who in labellers}
    return values.pop() if len(values) == 1 and None not in values else None


def kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two labellers' labels on the same items."""
    n = len(pairs)
    if n == 0:
        return None
    po = sum(a == b for a, b in pairs) / n
    pe = sum((sum(a == v for a, _ in pairs) / n) * (sum(b == v for _, b in pairs) / n) for v in LABEL_VALUES)
    return None if pe == 1 else (po - pe) / (1 - pe)


def report_labels(sample: dict[str, Any]) -> None:
    items = sample["items"]
    names = sample["labellers"]
    print(
        f"{len(items)} items, drawn with seed {sample['seed']} "
        f"from {sample['population']} predicted statements"
    )
    for who in names:
        labels = [_label(it, who) for it in items]
        done = [v for v in labels if v is not None]
        if not done:
            print(f"  {who}: nothing labelled yet")
            continue
        real = done.count("real")
        lo, hi = wilson(real, len(done))
        print(f"  {who}: {len(done)} labelled, precision {_pct(real, len(done))} (95% {lo:.3f}-{hi:.3f})")
    if len(names) < 2:
        return
    a, b = names[0], names[1]
    both = [(x, y) for it in items if (x := _label(it, a)) is not None and (y := _label(it, b)) is not None]
    if not both:
        print("  no item labelled by both labellers yet")
        return
    same = [x for x, y in both if x == y]
    k = kappa(both)
    print(
        f"  both labelled {len(both)}: raw agreement {_pct(len(same), len(both))}, Cohen's kappa "
        f"{'n/a' if k is None else f'{k:.3f}'}"
    )
    real = same.count("real")
    split = len(both) - len(same)
    lo, hi = wilson(real, len(same))
    print(
        f"  agreed precision {_pct(real, len(same))} on {len(same)} items (95% {lo:.3f}-{hi:.3f}); "
        f"{split} disagreements counted as not: {_pct(real, len(both))}, "
        f"as real: {_pct(real + split, len(both))}"
    )
    for key, title in (("kind", "statement kind"), ("speaker", "speaker kind")):
        by: dict[str, Counter[str]] = defaultdict(Counter)
        for it in items:
            v = agreed(it, names)
            if v is not None:
                group = it["speaker"]["kind"] if key == "speaker" else it[key]
                by[group][v] += 1
        cells = [
            f"{g} {_pct(c['real'], c['real'] + c['not'])} ({c['real'] + c['not']})"
            for g, c in sorted(by.items())
        ]
        print(f"  agreed precision by {title}: " + ", ".join(cells))


def _statement_spans(rec: dict[str, Any]) -> list[list[int]]:
    return [list(s) for s in rec["segments"]]


def rerun(
    sample: dict[str, Any], eval_dir: Path, *, strict: bool = False
) -> tuple[dict[int, bool], dict[str, list[dict[str, Any]]], dict[str, str]]:
    """Whether each item is still predicted, the new predictions per article, and the article texts."""
    ids = list(dict.fromkeys(it["id"] for it in sample["items"]))
    texts = dict(articles(eval_dir, sample.get("split", "train"), ids))
    missing = [i for i in ids if i not in texts]
    if missing:
        raise NoEvalData(f"{len(missing)} sampled articles are not in the eval directory (e.g. {missing[0]})")
    now = {aid: predict(texts[aid], strict=strict) for aid in ids}
    still: dict[int, bool] = {}
    for it in sample["items"]:
        text = texts[it["id"]]
        mine = alnum(text, _statement_spans(it))
        still[it["item"]] = any(
            jaccard(mine, alnum(text, _statement_spans(p))) >= SAME for p in now[it["id"]]
        )
    new: dict[str, list[dict[str, Any]]] = {}
    for aid in ids:
        text = texts[aid]
        before = [alnum(text, [span]) for span in sample["frame"].get(aid, [])]
        new[aid] = [
            p
            for p in now[aid]
            if not any(jaccard(alnum(text, [(p["start"], p["end"])]), b) >= SAME for b in before)
        ]
    return still, new, texts


def new_sample(sample: dict[str, Any], source: Path, new: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    items = []
    for aid, preds in new.items():
        for p in preds:
            labels = {name: {"label": None, "note": ""} for name in sample["labellers"]}
            items.append({"item": len(items) + 1, "id": aid, **p, "labels": labels})
    return {
        "what": "new predictions in the articles of a precision audit sample, to be labelled like it",
        "split": sample.get("split", "train"),
        "of": source.name,
        "seed": sample["seed"],
        "n": len(items),
        "population": sample["population"],
        "labellers": sample["labellers"],
        "label_values": list(LABEL_VALUES),
        "frame": {},
        "items": items,
    }


def report_now(
    sample: dict[str, Any],
    still: dict[int, bool],
    new: dict[str, list[dict[str, Any]]],
    new_labels: dict[str, Any] | None,
) -> None:
    items = sample["items"]
    names = sample["labellers"]
    print(f"\nre-run on the {len(new)} sampled articles with the current code:")
    kept = Counter[tuple[str, bool]]()
    for it in items:
        kept[(agreed(it, names) or "unagreed", still[it["item"]])] += 1
    n_still = sum(still.values())
    print(f"  audited statements still predicted: {n_still} of {len(items)}")
    for v, title in (
        ("real", "agreed real"),
        ("not", "agreed not"),
        ("unagreed", "not agreed or unlabelled"),
    ):
        if kept[(v, True)] + kept[(v, False)]:
            print(f"    {title}: {kept[(v, True)]} still predicted, {kept[(v, False)]} gone")
    frame = sample["frame"]
    per_item_ratio = [len(new[it["id"]]) / max(1, len(frame.get(it["id"], []))) for it in items]
    r_new = sum(per_item_ratio) / len(items) if items else 0.0
    n_new = sum(len(v) for v in new.values())
    f_still = n_still / len(items) if items else 0.0
    print(
        f"  unlabelled new predictions: {n_new} in the sampled articles "
        f"(about {r_new * sample['population']:.0f} over the split, {r_new:.3f} per statement drawn from)"
    )
    real_still = kept[("real", True)]
    lab_still = real_still + kept[("not", True)]
    if not lab_still:
        return
    p_still = real_still / lab_still
    if n_new == 0:
        print(
            f"  precision now (agreed labels): {p_still:.3f}, "
            f"over {lab_still} audited statements still predicted"
        )
        return
    if new_labels is None:
        lo = f_still * p_still / (f_still + r_new)
        hi = (f_still * p_still + r_new) / (f_still + r_new)
        print(
            f"  precision now (agreed labels): between {lo:.3f} (no new prediction real) "
            f"and {hi:.3f} (all real); "
            "label the new predictions (--write-new, then --new-labels) to measure it"
        )
        return
    real_w = lab_w = 0.0
    by_article: dict[str, Counter[str]] = defaultdict(Counter)
    for it in new_labels["items"]:
        v = agreed(it, new_labels["labellers"])
        if v is not None:
            by_article[it["id"]][v] += 1
    for it in items:
        old = max(1, len(frame.get(it["id"], [])))
        c = by_article.get(it["id"], Counter())
        real_w += c["real"] / old
        lab_w += (c["real"] + c["not"]) / old
    if not lab_w:
        print("  precision now: no new prediction has agreed labels yet")
        return
    p_new = real_w / lab_w
    p_now = (f_still * p_still + r_new * p_new) / (f_still + r_new)
    print(
        f"  precision of the new predictions (agreed labels, weighted by article): {p_new:.3f}\n"
        f"  precision now (agreed labels): {p_now:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument(
        "--golden", nargs="*", type=Path, metavar="FILE", help="golden files (default: the ten of issue 17)"
    )
    parser.add_argument("--labels", type=Path, metavar="FILE", help="a labelled precision audit sample file")
    parser.add_argument("--show", action="store_true", help="with --golden: list the spurious statements")
    parser.add_argument(
        "--show-new", action="store_true", help="list the new predictions with their passages"
    )
    parser.add_argument(
        "--write-new", type=Path, metavar="OUT", help="write the new predictions for labelling"
    )
    parser.add_argument("--new-labels", type=Path, metavar="FILE", help="the new predictions, labelled")
    parser.add_argument(
        "--strict", action="store_true", help="measure analyze(text, strict=True), the editor's definition"
    )
    args = parser.parse_args(argv)
    if args.golden is None and args.labels is None:
        parser.error("give --golden or --labels FILE")
    if args.golden is not None:
        paths = args.golden or [
            ROOT / "tests" / "golden" / f"{name}.golden.json" for name in PRECISION_ARTICLES
        ]
        measure_golden(paths, show=args.show, strict=args.strict)
    if args.labels is None:
        return 0
    try:
        sample = json.loads(args.labels.read_text(encoding="utf-8"))
        new_labels = None
        if args.new_labels is not None:
            new_labels = json.loads(args.new_labels.read_text(encoding="utf-8"))
        report_labels(sample)
        still, new, texts = rerun(sample, args.eval, strict=args.strict)
    except NoEvalData as e:
        print(f"measure_precision: {e}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as e:
        print(f"measure_precision: {e}", file=sys.stderr)
        return 2
    report_now(sample, still, new, new_labels)
    if args.show_new:
        shown = new_sample(sample, args.labels, new)
        for it in shown["items"]:
            print(f"#{it['item']}  {it['id']}  {it['start']}:{it['end']}")
            print("    " + passage(texts[it["id"]], it))
    if args.write_new is not None:
        args.write_new.write_text(dump(new_sample(sample, args.labels, new)), encoding="utf-8")
        print(f"wrote {args.write_new}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
