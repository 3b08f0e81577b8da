"""Check that extraction output is byte-identical to a stored digest: the guard for speed work.

A performance change must not change what ``analyze`` finds on ordinary text.  This script analyses the seed
articles, the golden cases' texts and every article of the evaluation corpus beside the project (read at run
time, nothing of it is stored), hashes ``json.dumps(analyze(text).to_json(summary=True))`` for each, and
compares with ``benchmarks/data/identity_digests.json``.

    python scripts/check_identity.py --store     # record the digests of the code as it is
    python scripts/check_identity.py             # compare; exit 1 and name the texts that changed

The stored file holds one short digest per text, keyed by where the text came from, and one digest of all.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotecheck.pipeline import analyze  # noqa: E402

DIGESTS = ROOT / "benchmarks" / "data" / "identity_digests.json"
EVAL = ROOT.parent / "shared" / "eval"


def texts(eval_dir: Path) -> Iterator[tuple[str, str]]:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seed:{path.name}", path.read_text(encoding="utf-8")
    for path in sorted((ROOT / "tests" / "golden").glob("*.golden.json")):
        yield f"golden:{path.name}", json.loads(path.read_text(encoding="utf-8"))["text"]
    for split in ("dev", "train"):
        corpus = eval_dir / f"polnear-{split}.jsonl"
        if not corpus.exists():
            print(f"warning: no corpus at {corpus}", file=sys.stderr)
            continue
        with corpus.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if line.strip():
                    record = json.loads(line)
                    yield f"{split}:{n}:{record.get('id', '')}", record["text"]


def digests(eval_dir: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, text in texts(eval_dir):
        dumped = json.dumps(analyze(text).to_json(summary=True), ensure_ascii=False, sort_keys=False)
        out[key] = hashlib.sha256(dumped.encode("utf-8")).hexdigest()[:16]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", action="store_true", help="record the current output as the reference")
    ap.add_argument("--eval-dir", type=Path, default=EVAL, help="folder of polnear-{dev,train}.jsonl")
    ns = ap.parse_args()
    began = time.perf_counter()
    now = digests(ns.eval_dir)
    total = hashlib.sha256("".join(f"{k}={v}\n" for k, v in now.items()).encode()).hexdigest()
    took = time.perf_counter() - began
    if ns.store:
        DIGESTS.write_text(json.dumps({"all": total, "texts": now}, indent=0) + "\n", encoding="utf-8")
        print(f"stored {len(now)} digests ({took:.0f} s): {total[:16]}")
        return 0
    stored = json.loads(DIGESTS.read_text(encoding="utf-8"))
    if stored["all"] == total:
        print(f"identical: {len(now)} texts ({took:.0f} s), {total[:16]}")
        return 0
    changed = [k for k in sorted(set(now) | set(stored["texts"])) if now.get(k) != stored["texts"].get(k)]
    print(f"CHANGED: {len(changed)} of {len(now)} texts differ ({took:.0f} s)")
    for key in changed[:30]:
        print(f"  {key}")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
