"""How well and how fast does ``match_corpus`` cluster a corpus?  Prints the figures of issue 13.

    python benchmarks/bench_corpus.py            # the full run: 20,000 documents, scaling to 32,000
    python benchmarks/bench_corpus.py --quick    # the same figures on smaller sizes (a few minutes)
    python benchmarks/bench_corpus.py --held-out # quality also on a corpus quoting other paragraphs

The corpus is made at run time by ``benchmarks/corpus_gen.py`` from the paragraphs of the evaluation
articles (``--eval``, by default ``../shared/eval``); nothing of it is stored.  Figures:

- pairwise precision and recall of the clusters against the planted groups, and per variant kind the share
  of planted members linked to their group;
- throughput: documents matched per second with ``--jobs`` processes (2 by default), extraction included;
- scaling: the exponent of time against size, fitted on log-log over the sizes;
- peak memory of the process tree at the largest size (this process's peak RSS plus each worker's);
- a Dask LocalCluster (two single-threaded worker processes) beside the local run, and whether they agree.

Each size runs in a fresh process, so one size's memory does not carry into the next.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus_gen import KINDS, Planted, generate, load_paragraphs  # noqa: E402

from quotecheck.corpus import match_corpus  # noqa: E402
from quotecheck.corpus.model import Cluster, Document  # noqa: E402


def _quality(clusters: list[Cluster], planted: list[Planted]) -> dict[str, object]:
    by_doc: defaultdict[str, list[Planted]] = defaultdict(list)
    for p in planted:
        by_doc[p.doc].append(p)
    found: dict[Planted, str] = {}
    stray = 0
    for c in clusters:
        for m in c.members:
            hit = next((p for p in by_doc[m.doc] if p.start < m.end and m.start < p.end), None)
            if hit is None:
                stray += 1
            else:
                found[hit] = c.cluster
    groups: defaultdict[int, list[Planted]] = defaultdict(list)
    for p in planted:
        groups[p.group].append(p)
    tp = fn = 0
    for members in groups.values():
        for a, b in combinations(members, 2):
            if a in found and found.get(a) == found.get(b):
                tp += 1
            else:
                fn += 1
    predicted = 0
    by_cluster: defaultdict[str, list[Planted]] = defaultdict(list)
    for p, cid in found.items():
        by_cluster[cid].append(p)
    for members in by_cluster.values():
        predicted += len(members) * (len(members) - 1) // 2
    linked: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for members in groups.values():
        if len(members) < 2:
            continue
        for p in members:
            total[p.kind] += 1
            if p in found and any(found.get(o) == found[p] for o in members if o is not p):
                linked[p.kind] += 1
    singles = [ms[0] for ms in groups.values() if len(ms) == 1]
    return {
        "precision": tp / predicted if predicted else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "pairs": tp + fn,
        "linked": {k: (linked[k], total[k]) for k in ("original", *KINDS) if total[k]},
        "singletons_clustered": sum(1 for p in singles if p in found),
        "singletons": len(singles),
        "stray_members": stray,
        "clusters": len(clusters),
    }


def _peak_mb(jobs: int) -> tuple[float, float]:
    """This process's peak RSS and the largest child's, in MB (Linux reports kilobytes)."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def run_one(args: argparse.Namespace) -> None:
    """One size in this process: print a JSON line of its figures."""
    paragraphs = load_paragraphs(Path(args.eval))
    docs, planted = generate(paragraphs, args.one, seed=args.seed, part=args.part)
    del paragraphs  # the generator keeps the background it needs
    read_all = [0.0]

    def timed(docs: Iterator[Document]) -> Iterator[Document]:
        yield from docs
        read_all[0] = time.perf_counter()

    t0 = time.perf_counter()
    clusters = list(match_corpus(timed(docs), jobs=args.jobs))
    seconds = time.perf_counter() - t0
    me, kid = _peak_mb(args.jobs)
    # after the last document is handed over: the last batches' extraction, then linking and judging
    after = time.perf_counter() - read_all[0]
    figures = {"docs": args.one, "seconds": seconds, "after_read": after, "self_mb": me, "child_mb": kid}
    figures.update(_quality(clusters, planted))
    print(json.dumps(figures))


def _size(n: int, jobs: int, seed: int = 1, part: int = 0, eval_dir: str = "") -> dict[str, object]:
    cmd = [sys.executable, __file__, "--one", str(n), "--jobs", str(jobs), "--seed", str(seed)]
    cmd += ["--part", str(part), "--eval", eval_dir]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    result: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return result


def _print_quality(title: str, q: dict[str, object]) -> None:
    print(f"{title}: {q['docs']} documents, {q['clusters']} clusters, {q['pairs']} true pairs")
    print(f"  pairwise precision {q['precision']:.4f}   recall {q['recall']:.4f}")
    linked = q["linked"]
    assert isinstance(linked, dict)
    for kind, (n, total) in linked.items():
        print(f"  {kind:<13} linked {n:>6} of {total:>6}  {n / total:.3f}")
    print(
        f"  singletons put in a cluster: {q['singletons_clustered']} of {q['singletons']};"
        f" members matching no planted quotation: {q['stray_members']}"
    )


def _dask(paragraphs_dir: str, n: int, jobs: int) -> None:
    from distributed import Client, LocalCluster

    paragraphs = load_paragraphs(Path(paragraphs_dir))
    docs, _ = generate(paragraphs, n, seed=3)
    docs_list = list(docs)
    t0 = time.perf_counter()
    local = list(match_corpus(docs_list, jobs=jobs))
    t_local = time.perf_counter() - t0
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        t0 = time.perf_counter()
        remote = list(match_corpus(docs_list, client=client))
        t_dask = time.perf_counter() - t0
    same = [c.to_dict() for c in local] == [c.to_dict() for c in remote]
    print(
        f"Dask LocalCluster (2 workers): {n} documents in {t_dask:.1f} s;"
        f" beside it --jobs {jobs}: {t_local:.1f} s"
    )
    print(f"  clusters equal to the local run's: {same} ({len(local)} clusters)")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--eval", default=str(ROOT / ".." / "shared" / "eval"), help="the evaluation articles")
    p.add_argument("--quick", action="store_true", help="smaller sizes, a few minutes in all")
    p.add_argument(
        "--held-out", action="store_true", help="quality also on a corpus quoting other paragraphs"
    )
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--no-dask", action="store_true", help="leave out the Dask LocalCluster run")
    p.add_argument("--one", type=int, help=argparse.SUPPRESS)
    p.add_argument("--seed", type=int, default=1, help=argparse.SUPPRESS)
    p.add_argument("--part", type=int, default=0, help=argparse.SUPPRESS)
    args = p.parse_args()
    if not (Path(args.eval) / "polnear-train.jsonl").is_file():
        print(f"no evaluation articles at {args.eval}: give --eval DIR (the corpus is built from them)")
        return 2
    if args.one:
        run_one(args)
        return 0
    quality_n, throughput_n = (1000, 2000) if args.quick else (4000, 20_000)
    sizes = (500, 1000, 2000, 4000) if args.quick else (2000, 4000, 8000, 16_000, 32_000)
    q = _size(quality_n, args.jobs, 1, 0, args.eval)
    _print_quality("quality", q)
    if args.held_out:
        _print_quality(
            "held-out quality (other seed, other paragraphs)", _size(quality_n, args.jobs, 2, 1, args.eval)
        )
    t = _size(throughput_n, args.jobs, 4, 0, args.eval)
    print(
        f"throughput: {throughput_n} documents, --jobs {args.jobs}: {t['seconds']:.1f} s"
        f" ({throughput_n / t['seconds']:.0f} documents/s), {t.get('after_read', 0.0):.1f} s of it after the"
        " last document was read (the last batches, linking, judging);"
        f" precision {t['precision']:.4f} recall {t['recall']:.4f}"
    )
    points = []
    for n in sizes:
        r = _size(n, args.jobs, 5, 0, args.eval)
        points.append((n, r["seconds"]))
        assert isinstance(r["seconds"], float)
        main_mb, child_mb = float(r["self_mb"]), float(r["child_mb"])  # type: ignore[arg-type]
        print(
            f"  {n:>6} documents {r['seconds']:7.1f} s ({r.get('after_read', 0.0):.1f} s after reading)"
            f"  peak RSS: main {main_mb:.0f} MB,"
            f" largest worker {child_mb:.0f} MB, tree <= {main_mb + args.jobs * child_mb:.0f} MB"
        )
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(s) for _, s in points]  # type: ignore[arg-type]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
    print(f"scaling exponent {sizes[0]}-{sizes[-1]} documents: {slope:.3f}")
    if not args.no_dask:
        _dask(args.eval, 1000 if args.quick else 4000, args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
