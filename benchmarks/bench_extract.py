"""How fast is extraction?  analyze() throughput beside NLTK's Punkt pass alone, and a per-stage breakdown.

    python benchmarks/bench_extract.py              # about 5 MB
    python benchmarks/bench_extract.py --mb 1       # any size, in megabytes

The text is assembled here: news-like articles generated from a fixed random seed (quoted statements in
several mark styles with lexicon cue verbs, inverted speakers with appositions, reported and anonymous
speech, plain sentences), about 80% of the size, then the seed article repeated for the rest.  The stage
breakdown calls the module functions in analyze()'s order; stages analyze may gain later (grading, turns)
are timed when the pipeline has them.  Issue 3's
goal is the whole pipeline within 4x of the Punkt pass.  Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import bisect
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quotecheck import pipeline
from quotecheck.attribution import find_frames
from quotecheck.lexicon._words import words
from quotecheck.lexicon.cues import CUE_FORMS
from quotecheck.quotes import find_quotations
from quotecheck.text import _tokenizer, merge_inside, paragraphs, sentence_spans

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_6a3cf512a1b1602a.txt"
MARKS = [("“", "”"), ('"', '"'), ("“", '"'), ("«", "»"), ("‘", "’")]
FIRST = ("Maria", "Tom", "Anna", "James", "Laura", "David", "Sarah", "Peter", "Nadia", "Omar")
LAST = ("Lopez", "Okafor", "Haddad", "Nakamura", "Whitaker", "Delgado", "Brennan", "Santoro")
CUES = [*sorted(f for f in CUE_FORMS if f.endswith("ed") and " " not in f)[:60], "said", "told", "wrote"]
WORDS = words(
    """the council plan bridge budget water road school market harbour will may open close rise fall today
    again soon after talks in on of for with and but residents officials week year deal"""
)


def sentence(rng: random.Random) -> str:
    body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 22)))
    return body[0].upper() + body[1:]


def article(rng: random.Random) -> str:
    paras: list[str] = []
    for _ in range(rng.randint(5, 12)):
        parts: list[str] = []
        for _ in range(rng.randint(1, 3)):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            cue = rng.choice(CUES)
            o, c = rng.choice(MARKS)
            kind = rng.random()
            if kind < 0.3:
                parts.append(f"{o}{sentence(rng)},{c} {name} {cue}.")
            elif kind < 0.45:
                parts.append(f"{o}{sentence(rng)},{c} {cue} {name}, a spokesman for the council.")
            elif kind < 0.6:
                parts.append(f"{name} {cue} that {sentence(rng).lower()}.")
            elif kind < 0.7:
                parts.append(f"Sources told reporters that {sentence(rng).lower()}.")
            else:
                parts.append(sentence(rng) + ".")
        paras.append(" ".join(parts))
    return "\n\n".join(paras)


def assemble(megabytes: float) -> str:
    rng = random.Random(2024)
    target = int(megabytes * 1_000_000)
    seed = SEED.read_text(encoding="utf-8")
    chunks: list[str] = []
    size = 0
    while size < target * 0.8:
        a = article(rng)
        chunks.append(a)
        size += len(a) + 2
    while size < target:
        chunks.append(seed)
        size += len(seed) + 2
    return "\n\n".join(chunks)


def timed(label: str, fn: Callable[[], Any], chars: int) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    took = time.perf_counter() - start
    print(f"  {label:<28} {took:8.3f} s  {chars / took / 1e6:8.2f} MB/s")
    return took, result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="size of the assembled text in megabytes")
    ns = ap.parse_args()
    text = assemble(ns.mb)
    n = len(text)
    print(f"text: {n:,} characters ({n / 1e6:.2f} M), single process")

    print("whole pipeline and Punkt alone:")
    punkt = _tokenizer()
    t_punkt, _ = timed("Punkt span_tokenize", lambda: list(punkt.span_tokenize(text)), n)
    t_all, report = timed("analyze()", lambda: pipeline.analyze(text), n)
    print(f"  statements: {len(report.statements):,}")
    print(f"  analyze / Punkt: {t_all / t_punkt:.2f}x  (issue 3 goal: within 4x)")

    print("stages (the module functions analyze calls, in its order):")
    _, pars = timed("paragraphs", lambda: paragraphs(text), n)
    _, quotations = timed("quotations", lambda: find_quotations(text, pars), n)
    inside = sorted(
        (p.start + 1, p.end - 1) for q in quotations if q.depth == 0 for p in q.pieces if p.end - p.start > 2
    )

    starts = [a for a, _ in inside]

    def sentences() -> list[tuple[int, int, int]]:
        out: list[tuple[int, int, int]] = []
        for pi, (ps, pe) in enumerate(pars):
            local = inside[bisect.bisect_left(starts, ps) : bisect.bisect_left(starts, pe)]
            for s, e in pipeline._join_tags(text, merge_inside(sentence_spans(text, ps, pe), local)):
                out.append((s, e, pi))
        return out

    _, sents = timed("sentences (Punkt + merging)", sentences, n)
    _, frames = timed("frames", lambda: find_frames(text, sents, quotations), n)
    add_turns = getattr(pipeline, "_add_turns", None)
    turn_frames = getattr(pipeline, "turn_frames", None)
    if add_turns is not None and turn_frames is not None:
        _, frames = timed("turns", lambda: add_turns(frames, turn_frames(text, pars), sents), n)
    _, frames = timed(
        "attach quotations", lambda: pipeline._attach_quotations(text, frames, quotations, sents), n
    )
    _, statements = timed("resolve", lambda: pipeline._resolve(text, frames, sents), n)
    grade_all = getattr(pipeline, "grade_all", None)
    if grade_all is not None:
        timed("grade", lambda: grade_all(statements, text), n)


if __name__ == "__main__":
    main()
