"""How fast is quote verification?  Quotes per second against generated sources of 100 kB, 1 MB and 10 MB.

    python benchmarks/bench_verify.py            # all three sizes
    python benchmarks/bench_verify.py --sizes 1  # megabytes, as many as wanted

The source is prose the script makes up: words drawn from a made-up vocabulary with a Zipf-like frequency
(a few words very common, as "the" and "of" are), sentences of 8-30 words with commas.  The quotes are
spans of the source, a quarter of each kind: exact, re-cased, with one word changed, and words found
nowhere.  Preparing the source (folding, word index) is timed apart from checking quotes, since a source is
prepared once and reused for every quote.
"""

from __future__ import annotations

import argparse
import random
import time

from quotecheck.sources import Source
from quotecheck.verify import verify

SYLLABLES = ["ba", "de", "fi", "gu", "ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "we", "za", "ho"]


def make_vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def make_source(rng: random.Random, vocab: list[str], size: int) -> str:
    weights = [1 / (rank + 1) for rank in range(len(vocab))]
    out: list[str] = []
    length = 0
    while length < size:
        n = rng.randint(8, 30)
        words = rng.choices(vocab, weights, k=n)
        words[0] = words[0].capitalize()
        for k in range(2, n - 2, 7):
            words[k] += ","
        sentence = " ".join(words) + ". "
        out.append(sentence)
        length += len(sentence)
    return "".join(out)[:size]


def make_quotes(rng: random.Random, text: str, vocab: list[str], n: int) -> list[str]:
    words = text.split()
    quotes = []
    for k in range(n):
        start = rng.randrange(0, len(words) - 40)
        span = words[start : start + rng.randint(8, 30)]
        kind = k % 4
        if kind == 1:
            span = [w.upper() if i % 3 == 0 else w for i, w in enumerate(span)]
        elif kind == 2:
            span[len(span) // 2] = rng.choice(vocab)
        elif kind == 3:
            span = [w + "x" for w in span]
        quotes.append(" ".join(span))
    return quotes


def bench(megabytes: float, n_quotes: int, seed: int = 5) -> tuple[float, float, float]:
    rng = random.Random(seed)
    vocab = make_vocabulary(rng)
    text = make_source(rng, vocab, int(megabytes * 1_000_000))
    quotes = make_quotes(rng, text, vocab, n_quotes)
    t0 = time.perf_counter()
    source = Source.from_text(text, name="bench")
    prepare = time.perf_counter() - t0
    t0 = time.perf_counter()
    for q in quotes:
        verify(q, source)
    per_quote = (time.perf_counter() - t0) / len(quotes)
    return prepare, per_quote, len(text) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1.0, 10.0], help="source sizes in MB")
    parser.add_argument("--quotes", type=int, default=2000, help="quotes checked per size")
    ns = parser.parse_args()
    print(f"{'source':>10} {'prepare':>10} {'per quote':>11} {'quotes/s':>10}")
    for size in ns.sizes:
        prepare, per_quote, mb = bench(size, ns.quotes)
        print(f"{mb:>8.1f}MB {prepare:>9.2f}s {per_quote * 1e3:>9.3f}ms {1 / per_quote:>10.0f}")


if __name__ == "__main__":
    main()
