"""How fast does the quote index grow, and answer?  Prints the index figures of issue 13.

    python benchmarks/bench_index.py                 # 1,000 new documents added to a 30,000-document index
    python benchmarks/bench_index.py --base 3000     # a quicker run on a smaller index

Goals: ``index add`` of the new documents costs no more than extracting them (``analyze``) plus 20%, and
``index find`` answers in at most 50 ms.

The corpus is made at run time by ``benchmarks/corpus_gen.py`` from the paragraphs of the evaluation
articles (``--eval``, by default ``../shared/eval``): news-length documents with planted quotations and
their variants; nothing of it is stored.  The first ``--base`` documents make the base index, built once
and kept in ``--cache`` (a folder under the system's temporary directory) for later runs, since building
30,000 documents takes minutes; the next ``--new`` documents are the day's articles.  Each run adds them
to a fresh copy of the base, so runs compare.

Figures:

- extraction: ``analyze`` over the new documents, and ``quotations_of`` (analyze plus picking the
  quotations), in documents per second;
- add: ``QuoteIndex.add`` of the same documents to the copy, split into extraction and writing, and its
  ratio to ``analyze`` alone;
- find: the time of each lookup: every quotation of a sample of the new documents as typed words, runs of
  six of its words, and phrases made of words that never stand together; median, 95th percentile, slowest;
- clusters: ``QuoteIndex.clusters()`` over the whole grown index, for information;
- the file: its size, and its rows.

The load average before and after is printed: the machine may be shared, and figures taken under load say
so.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus_gen import generate, load_paragraphs  # noqa: E402

from quotecheck.corpus.index import SCHEMA_VERSION, QuoteIndex, QuoteIndexError  # noqa: E402
from quotecheck.corpus.model import Document  # noqa: E402
from quotecheck.corpus.quotations import quotations_of  # noqa: E402
from quotecheck.pipeline import analyze  # noqa: E402

_SEED = 13


def _load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} cores"


def _base(path: Path, documents: list[Document] | None, n: int, docs_iter: object) -> None:
    """Build the base index at ``path`` from the next ``n`` documents, reporting the rate."""
    scratch = path.with_suffix(".building")
    for leftover in path.parent.glob(scratch.name + "*"):
        leftover.unlink()
    t = time.perf_counter()
    with QuoteIndex(scratch) as index:
        added = index.add(islice(docs_iter, n))  # type: ignore[call-overload]
    took = time.perf_counter() - t
    os.replace(scratch, path)
    print(
        f"built the base index: {added.documents} documents, {added.quotations} quotations in {took:.0f} s"
        f" ({added.documents / took:.0f} docs/s)"
    )


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return (
        f"median {statistics.median(ordered) * 1000:6.1f} ms   95th {p95 * 1000:6.1f} ms   "
        f"slowest {ordered[-1] * 1000:6.1f} ms"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval", help="the eval folder")
    ap.add_argument("--base", type=int, default=30_000, help="documents in the base index (30,000)")
    ap.add_argument("--new", type=int, default=1_000, help="documents added to it (1,000)")
    ap.add_argument("--finds", type=int, default=100, help="new documents whose quotations are looked up")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "quotecheck-bench-index")
    ap.add_argument("--no-clusters", action="store_true", help="skip timing clusters() on the grown index")
    args = ap.parse_args()
    if not (args.eval / "polnear-train.jsonl").exists():
        print(f"bench_index: no evaluation articles at {args.eval}; give --eval DIR", file=sys.stderr)
        return 2

    print(_load())
    paragraphs = load_paragraphs(args.eval)
    docs_iter, _ = generate(paragraphs, args.base + args.new, seed=_SEED)
    generator = (ROOT / "benchmarks" / "corpus_gen.py").read_bytes()
    tag = hashlib.blake2b(generator, digest_size=4).hexdigest()
    args.cache.mkdir(parents=True, exist_ok=True)
    base = args.cache / f"base-{args.base}-seed{_SEED}-schema{SCHEMA_VERSION}-gen{tag}.db"
    usable = base.exists()
    if usable:
        try:
            QuoteIndex(base, create=False).close()
        except QuoteIndexError as exc:
            print(f"the cached base cannot be used ({exc}); building it again")
            usable = False
    if usable:
        print(f"base index from the cache: {base}")
        for _ in islice(docs_iter, args.base):
            pass
    else:
        _base(base, None, args.base, docs_iter)
    new = list(islice(docs_iter, args.new))
    chars = sum(len(d.text) for d in new)
    print(f"{len(new)} new documents, {chars / 1e6:.2f} MB")

    # extraction alone, twice, so the spread shows how steady the machine is
    analyze(new[0].text)  # the lexicons load on first use; not the documents' cost
    t = time.perf_counter()
    for d in new:
        analyze(d.text)
    t_analyze = time.perf_counter() - t
    t = time.perf_counter()
    extracted = [quotations_of(d) for d in new]
    t_quotations = time.perf_counter() - t
    print(f"analyze         {t_analyze:6.2f} s   {len(new) / t_analyze:5.0f} docs/s")
    print(f"quotations_of   {t_quotations:6.2f} s   {len(new) / t_quotations:5.0f} docs/s")

    grown = args.cache / "grown.db"
    for old in args.cache.glob("grown.db*"):
        old.unlink()
    shutil.copyfile(base, grown)
    index = QuoteIndex(grown)
    writing = 0.0
    write = index._write

    def timed_write(batch):  # type: ignore[no-untyped-def]
        nonlocal writing
        t0 = time.perf_counter()
        try:
            return write(batch)
        finally:
            writing += time.perf_counter() - t0

    index._write = timed_write  # type: ignore[method-assign]
    t = time.perf_counter()
    added = index.add(new)
    t_add = time.perf_counter() - t
    index.close()
    print(
        f"index add       {t_add:6.2f} s   {len(new) / t_add:5.0f} docs/s   ({added.quotations} quotations;"
        f" writing {writing:.2f} s, extraction {t_add - writing:.2f} s)"
    )
    print(
        f"add / analyze   {t_add / t_analyze:6.2f}   (goal: at most 1.20)    "
        f"add / quotations_of {t_add / t_quotations:.2f}"
    )
    # the same ratio within one run of add, so a change in the machine's load between runs cancels out
    print(f"add / its own extraction {t_add / (t_add - writing):.2f}")

    rng = random.Random(_SEED)
    sample = rng.sample(range(len(new)), min(args.finds, len(new)))
    exact = [q.text for i in sample for q in extracted[i]]
    runs = []
    for i in sample:
        for q in extracted[i]:
            if len(q.words) >= 6:
                a = rng.randrange(len(q.words) - 5)
                runs.append(" ".join(q.words[a : a + 6]))
    vocab = sorted({w for qs in extracted for q in qs for w in q.words})
    absent = [" ".join(rng.sample(vocab, 7)) for _ in range(len(sample))]
    with QuoteIndex(grown) as index:
        size = len(index)
        index.find(exact[0])  # the first lookup opens the file's pages; reported apart
        for name, queries in (("quotations", exact), ("6-word runs", runs), ("absent", absent)):
            times = []
            found = 0
            for words in queries:
                t = time.perf_counter()
                found += len(index.find(words))
                times.append(time.perf_counter() - t)
            print(
                f"find {name:<12} {len(queries):4d} lookups   {_ms(times)}   "
                f"{found / max(len(queries), 1):.1f} places each"
            )
        if not args.no_clusters:
            t = time.perf_counter()
            clusters = index.clusters()
            took = time.perf_counter() - t
            print(f"clusters()      {took:6.1f} s   {len(clusters)} clusters over {size} documents")
    con = __import__("sqlite3").connect(grown)
    rows = {
        table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("documents", "quotations", "band_keys")
    }
    con.close()
    print(
        f"the file: {grown.stat().st_size / 1e6:.0f} MB; "
        + ", ".join(f"{n} {table}" for table, n in rows.items())
    )
    print(_load())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
