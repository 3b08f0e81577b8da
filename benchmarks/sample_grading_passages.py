"""Draw the sample of gold attributions that ``benchmarks/data/grading_labels.json`` labels, reproducibly.

The sample is stratified so that every kind of source an editor grades is there: anonymous sources (for dev,
the hand labels in ``polnear-dev-anonymous.json``; for train, unnamed heads such as "officials" or "a
source"), organizations and documents, contents with a hedge, attributions with no source, and then a
random spread over publishers and over direct, mixed and indirect attributions.  Selection uses plain word
patterns, not the project's own classifier, so the sample does not lean towards what the project already
gets right.

    python benchmarks/sample_grading_passages.py [--eval DIR] [--per-split 75] [--show]
                                                 [--seed 4] [--exclude benchmarks/data/grading_labels.json]
                                                 [--splits dev,train]

``DIR`` holds the PolNeAR corpus as an annotated corpus in the format of docs/evaluation.md
(``polnear-dev.jsonl``, ``polnear-train.jsonl``, and for dev the hand labels ``polnear-dev-anonymous.json``);
without it the script says so in one line and exits 2.  It prints one line per drawn attribution (split, article id, content offsets); ``--show`` also prints the
passage with the gold source, cue and content marked, for the person labelling it.  ``--seed`` draws another
sample by the same strata; ``--exclude`` leaves out the attributions a labels file already holds, so a second
sample is disjoint from the first (``grading_labels_heldout.json`` was drawn with ``--seed 5 --exclude
benchmarks/data/grading_labels.json`` and is only measured against, never tuned on).  When a split has fewer
attributions left than asked for (the dev split's were all drawn by the twenty-second sample), it draws what
is left, says so on stderr and exits with 1.  Nothing it prints is stored in the project: the labels file
holds offsets only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SEED = 4  # the first sample's seed
# Unnamed heads: the source is a person or people the reader is not told the name of.
_ANON = re.compile(
    r"\b(?:sources?|officials?|aides?|advisers?|insiders?|people|persons?|critics|analysts|experts|"
    r"observers|diplomats?|operatives?|allies|associates|someone)\b",
    re.I,
)
# Heads of organizations and documents.
_ORG = re.compile(
    r"\b(?:campaign|committee|department|agency|administration|government|ministry|court|police|party|"
    r"white house|pentagon|fbi|cia|congress|senate|house|council|commission|company|group|report|poll|"
    r"survey|study|statement|memo|letter|filing|document|records?|emails?|analysis|data|website|"
    r"foundation|institute|university|times|post|news|network|office)\b",
    re.I,
)
_HEDGE = re.compile(
    r"\b(?:reportedly|allegedly|apparently|supposedly|purportedly|may|might|could|possibly|likely|"
    r"believed to|said to|thought to|appears? to|seems? to|perhaps)\b",
    re.I,
)


def _articles(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def _capitalized_name(speaker: str) -> bool:
    """A source phrase that holds a capitalized word past its first (a name, most often)."""
    return any(w[:1].isupper() for w in speaker.split()[1:])


def draw(
    eval_dir: Path,
    split: str,
    n: int,
    seed: int = SEED,
    exclude: frozenset[tuple[str, int, int]] = frozenset(),
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """``n`` gold attributions of ``split``, drawn by stratum with a fixed seed, as (article, gold) pairs.

    ``exclude`` holds (article id, content start, content end) keys that must not be drawn.
    """
    rng = random.Random(f"{seed}-{split}")
    pool = [
        (a, q)
        for a in _articles(eval_dir / f"polnear-{split}.jsonl")
        for q in a["quotes"]
        if (a["id"], q["start"], q["end"]) not in exclude
    ]
    anonymous: set[tuple[str, int]] = set()
    labels = eval_dir / f"polnear-{split}-anonymous.json"
    if labels.exists():
        anonymous = {
            (r["id"], r["speaker_start"])
            for r in json.loads(labels.read_text(encoding="utf-8"))
            if r["anonymous"]
        }

    def is_anon(a: dict[str, Any], q: dict[str, Any]) -> bool:
        sp = q["speaker"]
        if sp is None:
            return False
        if anonymous:
            return (a["id"], q["speaker_start"]) in anonymous
        return bool(_ANON.search(sp)) and not _capitalized_name(sp)

    strata = [
        ("anonymous", n * 2 // 15, is_anon),
        (
            "organization",
            n * 2 // 15,
            lambda a, q: q["speaker"] is not None and bool(_ORG.search(q["speaker"])),
        ),
        ("hedged", n // 10, lambda a, q: q["speaker"] is not None and bool(_HEDGE.search(q["text"]))),
        ("no source", n // 10, lambda a, q: q["speaker"] is None),
    ]
    chosen: list[tuple[dict[str, Any], dict[str, Any]]] = []
    seen: set[tuple[str, int, int]] = set()

    def take(candidates: list[tuple[dict[str, Any], dict[str, Any]]], k: int) -> None:
        rng.shuffle(candidates)
        for a, q in candidates:
            if k == 0:
                break
            key = (a["id"], q["start"], q["end"])
            if key not in seen:
                seen.add(key)
                chosen.append((a, q))
                k -= 1

    for _, k, test in strata:
        take([(a, q) for a, q in pool if test(a, q)], k)
    # the rest: publishers in turn, each with the next of direct, mixed, indirect
    publishers = sorted({a["publisher"] for a, _ in pool})
    kinds = ("direct", "mixed", "indirect")
    i = 0
    idle = 0  # turns in a row that found nothing left to take: a whole cycle of them ends the draw
    while len(chosen) < n and idle < len(publishers) * len(kinds):
        pub, kind = publishers[i % len(publishers)], kinds[i % len(kinds)]
        before = len(chosen)
        take([(a, q) for a, q in pool if a["publisher"] == pub and q["kind"] == kind], 1)
        idle = idle + 1 if len(chosen) == before else 0
        i += 1
    return chosen


def _show(a: dict[str, Any], q: dict[str, Any]) -> str:
    text: str = a["text"]
    marks = [(q["start"], "[["), (q["end"], "]]")]
    if q["speaker_start"] is not None:
        marks += [(q["speaker_start"], "<S:"), (q["speaker_end"], ">")]
    if q["cue"] is not None:
        marks += [(q["cue"]["start"], "{C:"), (q["cue"]["end"], "}")]
    lo = min(p for p, _ in marks)
    hi = max(p for p, _ in marks)
    lo = max(0, text.rfind("\n", 0, lo) + 1, lo - 400)
    hi = min(len(text), hi + 200)
    out = text[lo:hi]
    for pos, mark in sorted(marks, key=lambda m: -m[0]):
        out = out[: pos - lo] + mark + out[pos - lo :]
    return " ".join(out.split())


def main(argv: list[str] | None = None) -> int:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--eval",
        type=Path,
        default=root.parent / "shared" / "eval",
        metavar="DIR",
        help="the folder holding polnear-SPLIT.jsonl (default: %(default)s)",
    )
    parser.add_argument("--per-split", type=int, default=75)
    parser.add_argument("--show", action="store_true", help="print each passage, marked, for labelling")
    parser.add_argument("--seed", type=int, default=SEED, help="another seed draws another sample")
    parser.add_argument("--exclude", type=Path, help="a labels file whose attributions are left out")
    parser.add_argument("--splits", default="dev,train", help="the splits to draw from, in order")
    args = parser.parse_args(argv)
    for split in args.splits.split(","):
        corpus = args.eval / f"polnear-{split}.jsonl"
        if not corpus.is_file():
            print(
                f"sample_grading_passages.py: needs an annotated corpus in the format of docs/evaluation.md;"
                f" {corpus} is not there (give its place with --eval)",
                file=sys.stderr,
            )
            return 2
    exclude: frozenset[tuple[str, int, int]] = frozenset()
    if args.exclude is not None:
        rows = json.loads(args.exclude.read_text(encoding="utf-8"))
        exclude = frozenset((r["id"], r["start"], r["end"]) for r in rows)
    short = False
    for split in args.splits.split(","):
        drawn = draw(args.eval, split, args.per_split, args.seed, exclude)
        for a, q in drawn:
            print(split, a["id"], q["start"], q["end"], q["kind"], a["publisher"], sep="\t")
            if args.show:
                print("   ", _show(a, q))
        if len(drawn) < args.per_split:
            print(f"{split}: only {len(drawn)} attributions are left to draw", file=sys.stderr)
            short = True
    return 1 if short else 0


if __name__ == "__main__":
    raise SystemExit(main())
