"""Draw the precision audit's sample: predicted statements picked at random, stored as offsets only.

    PYTHONPATH=. python benchmarks/sample_precision_audit.py [--eval ../shared/eval] [--n 300] [--seed 1]
                                                             [--exclude FILE ...] [--out FILE]
    PYTHONPATH=. python benchmarks/sample_precision_audit.py --show FILE [--eval ../shared/eval]

Issue 17 asks what share of the statements quotecheck reports are real attributions, judged by people
rather than by one corpus's conventions.  This script runs ``quotecheck.analyze`` (what ``quotecheck
extract`` prints) on every article of the eval directory's train split, pools every predicted statement,
and draws ``--n`` of them uniformly at random with ``--seed``.  The same code, corpus, seed and exclusions
always draw the same sample.

The sample file holds no text: article ids; each statement's content, segment, speaker-mention and cue
offsets; the predicted statement kind, speaker kind and level; and an empty label slot per labeller
(``{"label": null, "note": ""}``; a label is ``"real"`` or ``"not"`` by the definition in
docs/accuracy.md, "Precision audit").  It also keeps, for each sampled article, the content extents of
every statement predicted there when the sample was drawn (the ``frame``), and the number of statements
in the whole pool (``population``), so that ``benchmarks/measure_precision.py`` can tell, after the rules
change, which predictions are new.

``--exclude FILE`` (repeatable) leaves out every article of an earlier sample file, so a held-out sample
shares no article with it: a passage read while working on one sample cannot leak into the other.
``--show FILE`` prints, for a labeller, each item of a sample file with its passage (the sentences
around it, read from the eval directory at run time), the content in ``[[ ]]``, the speaker mention in
``<S: >`` and the cue in ``{C: }``; the predicted grade is not shown, and another statement predicted over
mostly the same words (the same claim reported twice) is pointed out.

Without the eval directory it prints one line and exits with 2.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = 1
N = 300
SPLIT = "train"
LABELLERS = ("labeller_1", "labeller_2")
LABEL_VALUES = ("real", "not")
#: share of letters two statements' contents must share to be one claim reported twice
TWIN = 0.5
WHAT = (
    "precision audit sample (issue 17): predicted statements drawn at random from quotecheck's output; "
    "offsets only, the text is read from the eval directory"
)


class NoEvalData(Exception):
    """The eval directory or its split file is missing."""


def split_path(eval_dir: Path, split: str = SPLIT) -> Path:
    path = eval_dir / f"polnear-{split}.jsonl"
    if not path.is_file():
        raise NoEvalData(f"no eval data: {path} not found (give --eval DIR)")
    return path


def articles(
    eval_dir: Path, split: str = SPLIT, ids: Iterable[str] | None = None
) -> Iterator[tuple[str, str]]:
    """(id, text) of the split's articles in file order, or only of ``ids``."""
    wanted = None if ids is None else set(ids)
    with split_path(eval_dir, split).open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if wanted is None or a["id"] in wanted:
                yield a["id"], a["text"]


def record(st: Any) -> dict[str, Any]:
    """A predicted statement as offsets and categories, with no text."""
    mention = st.speaker.mention
    return {
        "start": st.start,
        "end": st.end,
        "segments": [[s.start, s.end] for s in st.segments],
        "speaker": {
            "kind": st.speaker.kind,
            "start": None if mention is None else mention.start,
            "end": None if mention is None else mention.end,
        },
        "cue": None if st.cue is None else {"start": st.cue.start, "end": st.cue.end},
        "kind": st.kind,
        "level": None if st.strength is None else st.strength.level,
        "continuation": st.continuation,
    }


def predict(text: str, *, strict: bool = False) -> list[dict[str, Any]]:
    import quotecheck

    return [record(st) for st in quotecheck.analyze(text, strict=strict).statements]


def commit() -> str | None:
    """The checkout's commit, so a figure can be tied to the code that predicted it."""
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True, timeout=30
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None


def excluded_articles(files: Sequence[Path]) -> set[str]:
    return {item["id"] for f in files for item in json.loads(f.read_text(encoding="utf-8"))["items"]}


def draw(
    eval_dir: Path,
    n: int = N,
    seed: int = SEED,
    *,
    exclude: Sequence[Path] = (),
    labellers: Sequence[str] = LABELLERS,
    split: str = SPLIT,
) -> dict[str, Any]:
    """The sample file's content: ``n`` predicted statements drawn uniformly from every article's output."""
    skip = excluded_articles(exclude)
    pool: list[tuple[str, dict[str, Any]]] = []
    frame: dict[str, list[list[int]]] = {}
    n_articles = 0
    for aid, text in articles(eval_dir, split):
        if aid in skip:
            continue
        n_articles += 1
        preds = predict(text)
        frame[aid] = [[p["start"], p["end"]] for p in preds]
        pool.extend((aid, p) for p in preds)
    order = {aid: i for i, aid in enumerate(frame)}
    picked = random.Random(seed).sample(range(len(pool)), min(n, len(pool)))
    # in article order, so a labeller reads each article's items together
    picked.sort(key=lambda i: (order[pool[i][0]], pool[i][1]["start"], pool[i][1]["end"]))
    items = []
    for k, i in enumerate(picked, 1):
        aid, p = pool[i]
        items.append(
            {"item": k, "id": aid, **p, "labels": {name: {"label": None, "note": ""} for name in labellers}}
        )
    return {
        "what": WHAT,
        "split": split,
        "seed": seed,
        "n": len(items),
        "population": len(pool),
        "population_articles": n_articles,
        "excluded": [f.name for f in exclude],
        "commit": commit(),
        "labellers": list(labellers),
        "label_values": list(LABEL_VALUES),
        "frame": {aid: frame[aid] for aid in sorted({it["id"] for it in items}, key=order.__getitem__)},
        "items": items,
    }


def dump(sample: dict[str, Any]) -> str:
    """One item a line: small diffs when labels are filled in, and still plain JSON."""
    head = {k: v for k, v in sample.items() if k not in ("frame", "items")}
    lines = ["{"]
    lines += [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}," for k, v in head.items()]
    lines.append('  "frame": {')
    frame = list(sample["frame"].items())
    lines += [
        f"    {json.dumps(k)}: {json.dumps(v)}{',' if i < len(frame) - 1 else ''}"
        for i, (k, v) in enumerate(frame)
    ]
    lines.append("  },")
    lines.append('  "items": [')
    items = sample["items"]
    lines += [
        f"    {json.dumps(it, ensure_ascii=False)}{',' if i < len(items) - 1 else ''}"
        for i, it in enumerate(items)
    ]
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _sentences(text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph number) of every sentence."""
    from quotecheck.text import paragraphs, sentence_spans

    return [(s, e, k) for k, (ps, pe) in enumerate(paragraphs(text)) for s, e in sentence_spans(text, ps, pe)]


def passage(text: str, item: dict[str, Any], *, context: int = 1) -> str:
    """The sentences holding the item and ``context`` sentences either side, with the item marked."""
    marks = [(s, "[[") for s, _ in item["segments"]] + [(e, "]]") for _, e in item["segments"]]
    sp = item["speaker"]
    if sp["start"] is not None:
        marks += [(sp["start"], "<S:"), (sp["end"], ">")]
    if item["cue"] is not None:
        marks += [(item["cue"]["start"], "{C:"), (item["cue"]["end"], "}")]
    lo = min(p for p, _ in marks)
    hi = max(p for p, _ in marks)
    sents = _sentences(text) or [(0, len(text), 0)]
    first = next((i for i, (_, e, _) in enumerate(sents) if e > lo), len(sents) - 1)
    last = max((i for i, (s, _, _) in enumerate(sents) if s < hi), default=first)
    first, last = max(0, first - context), min(len(sents) - 1, max(last, first) + context)
    a, b = min(sents[first][0], lo), max(sents[last][1], hi)
    # closing marks before opening ones at the same offset, so an empty span reads "[[]]"
    order = {"]]": 0, ">": 0, "}": 0}
    out = text[a:b]
    for pos, mark in sorted(marks, key=lambda m: (-m[0], -order.get(m[1], 1))):
        out = out[: pos - a] + mark + out[pos - a :]
    paras = out.split("\n")
    return " ¶ ".join(" ".join(p.split()) for p in paras if p.strip())


def twins(text: str, item: dict[str, Any], frame: dict[str, list[list[int]]]) -> list[tuple[int, int]]:
    """Other statements predicted in the item's article over mostly the same words (one claim reported
    twice), by their content extents."""

    def letters(s: int, e: int) -> set[int]:
        return {i for i in range(s, min(e, len(text))) if text[i].isalnum()}

    mine = letters(item["start"], item["end"])
    out = []
    for s, e in frame.get(item["id"], []):
        if (s, e) == (item["start"], item["end"]):
            continue
        other = letters(s, e)
        if mine | other and len(mine & other) / len(mine | other) >= TWIN:
            out.append((s, e))
    return out


def show(sample: dict[str, Any], eval_dir: Path) -> Iterator[str]:
    texts = dict(articles(eval_dir, sample.get("split", SPLIT), {it["id"] for it in sample["items"]}))
    for it in sample["items"]:
        text = texts.get(it["id"])
        head = f"#{it['item']}  {it['id']}  {it['start']}:{it['end']}"
        if text is None:
            yield f"{head}  (article not in the eval directory)"
            continue
        extra = []
        if it["speaker"]["start"] is None:
            extra.append("no speaker mention")
        if it["cue"] is None:
            extra.append("no cue")
        extra += [f"the same words also reported at {a}:{b}" for a, b in twins(text, it, sample["frame"])]
        yield head + (f"  ({', '.join(extra)})" if extra else "")
        yield "    " + passage(text, it)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--n", type=int, default=N, help="statements to draw")
    parser.add_argument("--seed", type=int, default=SEED, help="another seed draws another sample")
    parser.add_argument(
        "--exclude", type=Path, action="append", default=[], help="a sample file whose articles are left out"
    )
    parser.add_argument("--labellers", default=",".join(LABELLERS), help="names of the label slots")
    parser.add_argument("--out", type=Path, help="write the sample here (default: standard output)")
    parser.add_argument("--show", type=Path, metavar="FILE", help="print a sample file's items for labelling")
    args = parser.parse_args(argv)
    try:
        if args.show is not None:
            sample = json.loads(args.show.read_text(encoding="utf-8"))
            for line in show(sample, args.eval):
                print(line)
            return 0
        sample = draw(
            args.eval, args.n, args.seed, exclude=args.exclude, labellers=tuple(args.labellers.split(","))
        )
    except NoEvalData as e:
        print(f"sample_precision_audit: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the listing piped into head: nothing is wrong
        return 0
    except OSError as e:
        print(f"sample_precision_audit: {e.filename}: {e.strerror}", file=sys.stderr)
        return 2
    if args.out is None:
        sys.stdout.write(dump(sample))
    else:
        args.out.write_text(dump(sample), encoding="utf-8")
        print(
            f"{args.out}: {sample['n']} of {sample['population']} predicted statements in "
            f"{sample['population_articles']} articles, seed {sample['seed']}",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
