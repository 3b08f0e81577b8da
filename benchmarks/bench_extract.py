"""How fast is extraction?  analyze() throughput beside NLTK's Punkt pass alone, and a per-stage breakdown.

    python benchmarks/bench_extract.py              # about 5 MB
    python benchmarks/bench_extract.py --mb 1       # any size, in megabytes

The text is assembled here: news-like articles generated from a fixed random seed (quoted statements in
several mark styles with lexicon cue verbs, inverted speakers with appositions, reported and anonymous
speech, plain sentences), about 80% of the size, then the seed article repeated for the rest.  The stage
breakdown calls the module functions in analyze()'s order; stages analyze may gain later (grading, turns)
are timed when the pipeline has them.  The
goal is the whole pipeline within 4x of the Punkt pass.  Figures only; nothing is asserted.

Two texts are measured.  "news": real articles, assembled at run time from an annotated corpus in the
format of docs/evaluation.md (``--eval-file``, the PolNeAR train split; nothing of it is stored here),
which is what the goal is about; with ``--corpus both`` it is skipped when the corpus is absent, and with
``--corpus news`` the script says so in one line and exits 2.  "dense": the generated text above, about twice as dense
in statements as real news (a statement every ~145 characters against ~255), a stress figure for the
per-statement stages (resolve, grade).

    python benchmarks/bench_extract.py --corpus news   # or dense, or both (the default)

``--baseline REV`` measures this tree beside another commit on the same real articles, in one run:

    python benchmarks/bench_extract.py --baseline e3487e8              # 600 articles, best of 5
    python benchmarks/bench_extract.py --baseline main --articles 200 --repeat 3

The commit's ``quotecheck`` package is unpacked with ``git archive`` into a temporary folder.  The articles
are the first ``--articles`` (600) of the train split, read at run time (nothing of it is stored).  Each
measurement is a fresh process that imports one tree, warms up on the 50 articles after those measured
(NLTK's import, compiled patterns, caches of word lookups filled from other text), then times
``analyze`` on each article in CPU seconds (``time.process_time``).  The two trees' processes alternate,
``--repeat`` rounds, and the fastest of each counts, since other work on a shared machine only ever adds
time.  The same processes then time a bare Punkt pass of their tree (``span_tokenize`` on every paragraph
of the same articles, nothing else, with a Punkt instance of its own warmed on the same 50 articles, since
one that analyze used has seen these paragraphs), the least a sentence-splitting extractor pays.  Printed:
each tree's best time and its ratio to its Punkt pass, the speed-up of this tree over the commit, and
whether the two trees' reports are byte-identical (a digest of every report's JSON).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quotecheck import attach, pipeline, resolve, sentences
from quotecheck.attribution import find_frames, turn_frames
from quotecheck.lexicon._words import words
from quotecheck.lexicon.cues import CUE_FORMS
from quotecheck.quotes import find_quotations
from quotecheck.text import _tokenizer, paragraphs

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_6a3cf512a1b1602a.txt"
EVAL = ROOT.parent / "shared" / "eval" / "polnear-train.jsonl"
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


def assemble(megabytes: float) -> list[str]:
    """Generated articles, then the seed article repeated, up to the size asked for."""
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
    return chunks


def assemble_news(megabytes: float, path: Path) -> list[str] | None:
    """Real articles from the evaluation corpus, up to the size asked for."""
    if not path.exists():
        return None
    target = int(megabytes * 1_000_000)
    chunks: list[str] = []
    size = 0
    with path.open(encoding="utf-8") as fh:
        while size < target:
            for line in fh:
                article_text = json.loads(line)["text"]
                chunks.append(article_text)
                size += len(article_text) + 2
                if size >= target:
                    break
            else:
                fh.seek(0)  # a small corpus: go round again
    return chunks


def timed(label: str, fn: Callable[[str], Any], texts: list[str]) -> tuple[float, list[Any]]:
    """Run ``fn`` on every article; print the summed time and the throughput."""
    chars = sum(len(t) for t in texts)
    results: list[Any] = []
    start = time.perf_counter()
    for t in texts:
        results.append(fn(t))
    took = time.perf_counter() - start
    print(f"  {label:<28} {took:8.3f} s  {chars / took / 1e6:8.2f} MB/s")
    return took, results


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="size of the assembled text in megabytes")
    ap.add_argument("--corpus", choices=("news", "dense", "both"), default="both")
    ap.add_argument("--eval-file", type=Path, default=EVAL, help="JSON lines of articles for the news text")
    ap.add_argument("--baseline", metavar="REV", help="measure this commit beside this tree on real articles")
    ap.add_argument("--articles", type=int, default=600, help="with --baseline: how many articles")
    ap.add_argument("--repeat", type=int, default=5, help="with --baseline: rounds; the fastest counts")
    ns = ap.parse_args()
    if ns.baseline:
        return side_by_side(ns.baseline, ns.eval_file, ns.articles, ns.repeat)
    if ns.corpus == "news" and not ns.eval_file.is_file():
        print(
            f"bench_extract.py: --corpus news needs an annotated corpus in the format of docs/evaluation.md;"
            f" {ns.eval_file} is not there (give its place with --eval-file)",
            file=sys.stderr,
        )
        return 2
    if ns.corpus in ("news", "both"):
        news = assemble_news(ns.mb, ns.eval_file)
        if news is None:
            print(f"news: skipped, no corpus at {ns.eval_file}")
        else:
            measure("news (real articles)", news)
    if ns.corpus in ("dense", "both"):
        measure("dense (generated)", assemble(ns.mb))
    return 0


def _sentences(text: str) -> tuple[str, list[tuple[int, int]], Any, list[tuple[int, int, int]]]:
    pars = paragraphs(text)
    quotations = find_quotations(text, pars)
    return text, list(pars), quotations, sentences.quote_aware_sentences(text, pars, quotations)


def measure(name: str, texts: list[str]) -> None:
    n = sum(len(t) for t in texts)
    print(f"== {name}: {len(texts):,} articles, {n:,} characters ({n / 1e6:.2f} M), single process")
    print("whole pipeline and Punkt alone (each article on its own, as analyze() is used):")
    punkt = _tokenizer()
    t_punkt, _ = timed("Punkt span_tokenize", lambda t: list(punkt.span_tokenize(t)), texts)
    t_all, reports = timed("analyze()", pipeline.analyze, texts)
    found = sum(len(r.statements) for r in reports)
    print(
        f"  statements: {found:,} (one per {n // max(1, found)} characters)"
    )
    print(f"  analyze / Punkt: {t_all / t_punkt:.2f}x  (goal: within 4x)")

    print("stages (the module functions analyze calls, in its order):")
    timed("paragraphs", paragraphs, texts)
    timed("quotations", lambda t: find_quotations(t, paragraphs(t)), texts)
    _, prepared = timed("sentences (with the above)", _sentences, texts)
    frames_out: list[Any] = []
    start = time.perf_counter()
    for text, pars, quotations, sents in prepared:
        frames = find_frames(text, sents, quotations)
        frames = attach._add_turns(frames, turn_frames(text, pars), sents)
        frames = attach._attach_quotations(text, frames, quotations, sents)
        frames_out.append((text, frames, sents))
    print(f"  {'frames, turns, attaching':<28} {time.perf_counter() - start:8.3f} s")
    start = time.perf_counter()
    resolved = [(text, resolve._resolve(text, frames, sents)) for text, frames, sents in frames_out]
    print(f"  {'resolve':<28} {time.perf_counter() - start:8.3f} s")
    start = time.perf_counter()
    for text, statements in resolved:
        pipeline.grade_all(statements, text)
    print(f"  {'grade':<28} {time.perf_counter() - start:8.3f} s")


# One measurement, run by ``python -c`` in a fresh process so that exactly one tree's package is imported.
# Arguments: the tree, the corpus, how many articles to time, how many to warm up on.  It prints one JSON
# object.  It uses only what every commit worth comparing has: analyze, Report.to_json, paragraphs, Punkt.
_WORKER = r"""
import hashlib, json, sys, time
tree, corpus, first, warm = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
sys.path.insert(0, tree)
import quotecheck
from quotecheck.pipeline import analyze
from quotecheck.text import _tokenizer, paragraphs
texts = []
with open(corpus, encoding="utf-8") as fh:
    for line in fh:
        if line.strip():
            texts.append(json.loads(line)["text"])
        if len(texts) == first + warm:
            break
measured, warming = texts[:first], texts[first:]
for text in warming:
    analyze(text)
start = time.process_time()
reports = [analyze(text) for text in measured]
t_analyze = time.process_time() - start
# a Punkt of its own, warmed on the same other articles: one that analyze used has seen these paragraphs
punkt = getattr(_tokenizer, "__wrapped__", _tokenizer)()
for text in warming:
    for s, e in paragraphs(text):
        list(punkt.span_tokenize(text[s:e]))
pieces = [text[s:e] for text in measured for s, e in paragraphs(text)]
start = time.process_time()
for piece in pieces:
    list(punkt.span_tokenize(piece))
t_punkt = time.process_time() - start
digest = hashlib.sha256()
for report in reports:
    digest.update(json.dumps(report.to_json(summary=True), ensure_ascii=False).encode("utf-8"))
print(json.dumps({
    "module": quotecheck.__file__, "analyze": t_analyze, "punkt": t_punkt, "digest": digest.hexdigest(),
    "articles": len(measured), "characters": sum(map(len, measured)),
    "statements": sum(len(r.statements) for r in reports),
}))
"""


def _measure_tree(tree: Path, corpus: Path, first: int, warm: int) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, "-c", _WORKER, str(tree), str(corpus), str(first), str(warm)],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    )
    run: dict[str, Any] = json.loads(proc.stdout)
    # a tree that silently imported another checkout's package would make the comparison meaningless
    if not Path(run["module"]).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"bench_extract.py: {tree} imported quotecheck from {run['module']}")
    return run


def side_by_side(rev: str, corpus: Path, first: int, repeat: int) -> int:
    """This tree and commit ``rev`` on the same real articles, alternating processes; see the docstring."""
    if not corpus.is_file():
        print(f"bench_extract.py: --baseline needs the annotated corpus; no {corpus}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", rev, "quotecheck"], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        trees = {"this tree": ROOT, rev: Path(tmp)}
        runs: dict[str, list[dict[str, Any]]] = {label: [] for label in trees}
        for round_ in range(repeat):
            # who goes first alternates, so a load that rises or falls during a round favours neither
            order = list(trees) if round_ % 2 == 0 else list(reversed(trees))
            for label in order:
                runs[label].append(_measure_tree(trees[label], corpus, first, 50))
                print(f"  round {round_ + 1}: {label:<12} analyze {runs[label][-1]['analyze']:7.3f} s CPU")
    ours, theirs = runs["this tree"], runs[rev]
    sample = ours[0]
    print(
        f"== news: the first {sample['articles']} articles of {corpus.name},"
        f" {sample['characters']:,} characters, {sample['statements']:,} statements;"
        f" CPU seconds, best of {repeat} processes per tree"
    )
    best = {label: min(r["analyze"] for r in rs) for label, rs in runs.items()}
    punkt = {label: min(r["punkt"] for r in rs) for label, rs in runs.items()}
    for label in trees:
        print(
            f"  {label:<12} analyze {best[label]:7.3f} s   Punkt alone {punkt[label]:6.3f} s"
            f"   analyze / Punkt {best[label] / punkt[label]:5.2f}x"
        )
    print(f"  speed-up of this tree over {rev}: {best[rev] / best['this tree']:.2f}x")
    same = {r["digest"] for r in ours} == {r["digest"] for r in theirs}
    print(f"  reports: {'byte-identical' if same else 'DIFFERENT'} (sha256 of every report's JSON)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
