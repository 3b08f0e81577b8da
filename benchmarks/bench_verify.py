"""How fast is quote verification, found and missed?  And does a change keep every verdict?

    python benchmarks/bench_verify.py                        # sources of 100 kB, 1 MB and 10 MB
    python benchmarks/bench_verify.py --sizes 1 --baseline main   # this tree beside another commit
    python benchmarks/bench_verify.py --sizes 1 --check 20000 --baseline main

The source is prose the script makes up from a small grammar (determiners, pronouns and prepositions very
common, as "the" and "of" are; nouns, verbs and adjectives drawn with a Zipf-like frequency), so that, as in
real text, most word pairs never occur although every word does.  Quotes come in six kinds:

===========  ====================================================================  =========
kind         what the quote is                                                     expected
===========  ====================================================================  =========
exact        a span of the source                                                  found
recased      the same, every third word in capitals                                found
changed      the same, one word replaced                                           found
elsewhere    a span of another text made by the same grammar                       miss
scrambled    3-10 frequent words, no two neighbours of which ever stand together   miss
             in the source: no word pair to look up, the aligner's costliest case
foreign      words the source never uses                                           miss
===========  ====================================================================  =========

Preparing the source (folding, word index) is timed apart from checking quotes.  Times are CPU time, the
fastest of ``--repeat`` passes (3), since other processes on a shared machine slow a single pass.

Each tree (this one, and with ``--baseline REV`` that commit, unpacked with ``git archive`` into a
temporary directory) runs in its own process.  With a baseline, every verdict of both trees is compared
field by field (fields one tree lacks aside), and ``--check N`` adds N short generated quote/source pairs
(spans with words inserted, dropped, replaced, moved or elided, and quotes from elsewhere) to that
comparison.  Exit status 1 when any result differs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from itertools import accumulate, pairwise
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SYLLABLES = ["ba", "de", "fi", "gu", "ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "we", "za", "ho"]
FOUND = ("exact", "recased", "changed")
MISSED = ("elsewhere", "scrambled", "foreign")

# --- the made-up language ---------------------------------------------------------------------------------


def _words(rng: random.Random, n: int, syllables: tuple[int, int]) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(*syllables))))
    return sorted(out)


class Grammar:
    """Sentences from a few patterns over word classes: function words few and frequent, content words
    many and Zipf-distributed."""

    PATTERNS = (
        "D A N V D N P D N",
        "R V P D A N C R V D N",
        "D N P D N V A",
        "R V D N , D N V P R",
        "D A N C D N V P D A N",
        "P D N , R V D N",
    )

    def __init__(self, seed: int = 5) -> None:
        rng = random.Random(seed)
        pool = _words(rng, 9_000, (2, 4))
        rng.shuffle(pool)
        self.classes: dict[str, list[str]] = {
            "D": ["ta", "se", "ko", "mu", "li", "pa"],
            "R": ["he", "we", "ri", "so", "ne"],
            "P": ["of", "in", "at", "by", "on", "to", "up", "ox"],
            "C": ["and", "but", "or"],
            "N": pool[:4_000],
            "V": pool[4_000:6_000],
            "A": pool[6_000:8_000],
        }
        self.cumulative = {
            k: list(accumulate(1 / (r + 1) for r in range(len(v)))) for k, v in self.classes.items()
        }

    def sentence(self, rng: random.Random) -> list[str]:
        out: list[str] = []
        for slot in rng.choice(self.PATTERNS).split():
            if slot == ",":
                out[-1] += ","
            else:
                out.append(rng.choices(self.classes[slot], cum_weights=self.cumulative[slot])[0])
        out[0] = out[0].capitalize()
        out[-1] += "."
        return out

    def text(self, rng: random.Random, size: int) -> str:
        parts: list[str] = []
        length = 0
        while length < size:
            sentence = " ".join(self.sentence(rng)) + (" " if rng.random() < 0.9 else "\n\n")
            parts.append(sentence)
            length += len(sentence)
        return "".join(parts)[:size]


def make_quotes(grammar: Grammar, text: str, n: int, seed: int) -> list[tuple[str, str]]:
    """``n`` (kind, quote) pairs, the kinds in turn."""
    rng = random.Random(seed)
    words = text.split()
    other = grammar.text(random.Random(seed + 1), 200_000).split()
    foreign = _words(random.Random(seed + 2), 2_000, (5, 6))
    plain = [w.strip(",.").lower() for w in words]
    pairs = set(pairwise(plain))
    frequent = [w for c in "DRPC" for w in grammar.classes[c]] + grammar.classes["N"][:40]
    kinds = FOUND + MISSED
    out = []
    for k in range(n):
        kind = kinds[k % len(kinds)]
        length = rng.randint(5, 25)
        if kind in FOUND:
            start = rng.randrange(0, len(words) - length)
            span = words[start : start + length]
        else:
            start = rng.randrange(0, len(other) - length)
            span = other[start : start + length]
        if kind == "recased":
            span = [w.upper() if i % 3 == 0 else w for i, w in enumerate(span)]
        elif kind == "changed":
            span[len(span) // 2] = rng.choice(grammar.classes["N"])
        elif kind == "scrambled":
            # no two neighbours ever stand together in the source: no word pair to look up
            span = [rng.choice(frequent)]
            while len(span) < min(length, 10):
                w = rng.choice(frequent)
                if (span[-1], w) not in pairs:
                    span.append(w)
        elif kind == "foreign":
            span = rng.sample(foreign, length)
        out.append((kind, " ".join(span)))
    return out


def make_pairs(grammar: Grammar, n: int, seed: int) -> list[tuple[str, str]]:
    """``n`` short (quote, source) pairs with every kind of edit the aligner must judge."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        source = grammar.text(rng, rng.randint(80, 2_000))
        words = source.split()
        if len(words) < 4 or rng.random() < 0.15:
            quote = " ".join(grammar.sentence(rng)[: rng.randint(2, 12)])
        else:
            length = rng.randint(2, min(30, len(words)))
            start = rng.randrange(0, len(words) - length + 1)
            span = words[start : start + length]
            for _ in range(rng.randint(0, 3)):
                edit = rng.choice(("insert", "drop", "replace", "move", "ellipsis", "reverse", "join"))
                at = rng.randrange(0, len(span))
                if edit == "insert":
                    span.insert(at, rng.choice(grammar.classes[rng.choice("DRPNVA")]))
                elif edit == "drop" and len(span) > 1:
                    del span[at]
                elif edit == "replace":
                    span[at] = rng.choice(grammar.classes[rng.choice("DRPNVA")])
                elif edit == "move":
                    span.insert(rng.randrange(0, len(span)), span.pop(at))
                elif edit == "ellipsis":
                    span[at : at + rng.randint(0, 3)] = ["…"]
                elif edit == "reverse":
                    span = span[::-1]
                else:
                    far = rng.randrange(0, len(words))
                    span += words[far : far + rng.randint(1, 8)]
            quote = " ".join(span)
        out.append((quote, source))
    return out


# --- one tree's run, in its own process ---------------------------------------------------------------------


def worker(sizes: list[float], n_quotes: int, check: int, seed: int, repeat: int) -> dict[str, Any]:
    from quotecheck.sources import Source
    from quotecheck.verify import verify

    grammar = Grammar(seed)
    runs = []
    for megabytes in sizes:
        text = grammar.text(random.Random(seed), int(megabytes * 1_000_000))
        quotes = make_quotes(grammar, text, n_quotes, seed)
        prepare = float("inf")
        for _ in range(repeat):
            t0 = time.process_time()
            source = Source.from_text(text, name="bench")
            prepare = min(prepare, time.process_time() - t0)
        cost: dict[str, float] = {}
        results = []
        for n in range(repeat):
            spent: dict[str, float] = {}
            for kind, q in quotes:
                t0 = time.process_time()
                v = verify(q, source)
                spent[kind] = spent.get(kind, 0.0) + time.process_time() - t0
                if n == 0:
                    results.append(v.to_json())
            cost = {kind: min(t, cost.get(kind, t)) for kind, t in spent.items()}
        counts = {kind: sum(1 for k, _ in quotes if k == kind) for kind in cost}
        runs.append(
            {
                "mb": len(text) / 1e6,
                "prepare": prepare,
                "per_kind": {kind: cost[kind] / counts[kind] for kind in cost},
                "results": results,
            }
        )
    checks = []
    t0 = time.process_time()
    for quote, text in make_pairs(grammar, check, seed):
        checks.append(verify(quote, Source.from_text(text)).to_json())
    return {"runs": runs, "checks": checks, "check_time": time.process_time() - t0}


def run_tree(tree: Path, args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
        path = out.name
    try:
        cmd = [
            sys.executable,
            __file__,
            "--worker",
            path,
            "--sizes",
            *map(str, args.sizes),
            "--quotes",
            str(args.quotes),
            "--check",
            str(args.check),
            "--seed",
            str(args.seed),
            "--repeat",
            str(args.repeat),
        ]
        env = dict(os.environ, PYTHONPATH=str(tree))
        subprocess.run(cmd, check=True, env=env, cwd=tree)
        result: dict[str, Any] = json.loads(Path(path).read_text())
        return result
    finally:
        os.unlink(path)


def _common(a: Any, b: Any) -> tuple[Any, Any]:
    """Both values with the dictionary keys only one of them has left out, recursively."""
    if isinstance(a, dict) and isinstance(b, dict):
        keys = a.keys() & b.keys()
        pairs = {k: _common(a[k], b[k]) for k in keys}
        return {k: p[0] for k, p in pairs.items()}, {k: p[1] for k, p in pairs.items()}
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        pairs_list = [_common(x, y) for x, y in zip(a, b, strict=True)]
        return [p[0] for p in pairs_list], [p[1] for p in pairs_list]
    return a, b


def differences(new: list[dict[str, Any]], old: list[dict[str, Any]]) -> list[tuple[int, str, str]]:
    out = []
    for n, (a, b) in enumerate(zip(new, old, strict=True)):
        x, y = _common(a, b)
        if x != y:
            out.append((n, f"{a['verdict']} {a['score']}", f"{b['verdict']} {b['score']}"))
    return out


def report(label: str, run: dict[str, Any]) -> str:
    per = run["per_kind"]
    found = sum(per[k] for k in FOUND) / len(FOUND)
    missed = sum(per[k] for k in MISSED) / len(MISSED)
    mixed = sum(per.values()) / len(per)
    kinds = " ".join(f"{per[k] * 1e3:>9.3f}" for k in (*FOUND, *MISSED))
    return (
        f"{label:<10} {run['mb']:>6.1f}MB {run['prepare']:>8.2f}s {found * 1e3:>8.3f} {missed * 1e3:>8.3f}"
        f" {1 / mixed:>9.0f}  {kinds}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1.0, 10.0], help="source sizes in MB")
    parser.add_argument("--quotes", type=int, default=1_800, help="quotes checked per size")
    parser.add_argument("--check", type=int, default=0, help="short quote/source pairs to compare")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the fastest counts")
    parser.add_argument("--baseline", metavar="REV", help="a commit to run beside this tree")
    parser.add_argument("--worker", metavar="OUT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        Path(args.worker).write_text(
            json.dumps(worker(args.sizes, args.quotes, args.check, args.seed, args.repeat))
        )
        return 0
    trees = [("this tree", ROOT)]
    with tempfile.TemporaryDirectory() as tmp:
        if args.baseline:
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", args.baseline, "quotecheck"],
                check=True,
                capture_output=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            trees.append((args.baseline[:10], Path(tmp)))
        results = [(label, run_tree(tree, args)) for label, tree in trees]
    print("per quote in ms; found = mean of exact, recased, changed; missed = mean of the other three")
    print(
        f"{'tree':<10} {'source':>8} {'prepare':>9} {'found':>8} {'missed':>8} {'quotes/s':>9}  "
        + " ".join(f"{k:>9}" for k in (*FOUND, *MISSED))
    )
    for n in range(len(args.sizes)):
        for label, res in results:
            print(report(label, res["runs"][n]))
    if args.check:
        for label, res in results:
            print(f"{label}: {args.check} short pairs in {res['check_time']:.2f}s")
    if len(results) < 2:
        return 0
    (_, new), (base, old) = results
    bad = 0
    for n, size in enumerate(args.sizes):
        diff = differences(new["runs"][n]["results"], old["runs"][n]["results"])
        bad += len(diff)
        print(f"{size} MB: {len(diff)} of {args.quotes} verdicts differ from {base}", *diff[:5], sep="\n  ")
    if args.check:
        diff = differences(new["checks"], old["checks"])
        bad += len(diff)
        print(
            f"short pairs: {len(diff)} of {args.check} verifications differ from {base}",
            *diff[:5],
            sep="\n  ",
        )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
